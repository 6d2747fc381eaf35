package org.newsmon.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topics;

/**
 * Benchmark input: RawArticles of about {@link #TEXT_BYTES} bytes of text about Azerbaijan–Vietnam trade. Every
 * {@code alertEvery}-th article also reports a signed agreement on a day of its own, so it raises exactly one new
 * alert (no two bench events share a date, so none is clustered into another). Deterministic for a given run id.
 * Immutable and thread-safe.
 */
final class SyntheticArticles {
    static final int TEXT_BYTES = 5 * 1024;
    static final String URL_BASE = "https://bench.newsmon.invalid/a/";
    private static final LocalDate FIRST_EVENT_DAY = LocalDate.of(2031, 1, 1);
    private static final DateTimeFormatter EVENT_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String[] FILLER = {
        "Trade between Baku and Hanoi grew as companies from both countries explored tourism, agriculture and logistics. ",
        "Exporters of tea, coffee and rice met importers of machinery, fertiliser and petrochemicals at the fair. ",
        "Analysts said shipping along the Middle Corridor could shorten delivery times for electronics and textiles. ",
        "Universities in both capitals are expanding exchange programmes in engineering, medicine and languages. ",
        "Bankers discussed payment links, insurance for cargo and credit lines for small manufacturers. ",
    };

    private final String runId;
    private final int alertEvery;
    private final String filler;

    /**
     * @param runId      prefix of every article id, so runs on one cluster never share keys
     * @param alertEvery every how many articles one reports a signed agreement (1 = all)
     */
    SyntheticArticles(String runId, int alertEvery) {
        if (alertEvery < 1) {
            throw new IllegalArgumentException("alertEvery must be at least 1, got " + alertEvery);
        }
        this.runId = runId;
        this.alertEvery = alertEvery;
        StringBuilder text = new StringBuilder(TEXT_BYTES + 200);
        for (int i = 0; text.length() < TEXT_BYTES - 200; i++) {
            text.append(FILLER[i % FILLER.length]);
        }
        this.filler = text.toString();
    }

    String id(int n) {
        return runId + "-" + n;
    }

    /** Whether article {@code n} raises an alert. */
    boolean alerts(int n) {
        return n % alertEvery == 0;
    }

    /** The article id an alert's source URL names, or null for a URL that is not a bench article. */
    static String idFromUrl(String url) {
        return url != null && url.startsWith(URL_BASE) ? url.substring(URL_BASE.length()) : null;
    }

    RawArticle article(int n) {
        String id = id(n);
        String url = URL_BASE + id;
        Instant published;
        String title;
        String lead;
        if (alerts(n)) {
            // Three days apart: more than the clusterer's one-day slack, so each is an event of its own.
            LocalDate day = FIRST_EVENT_DAY.plusDays(3L * (n / alertEvery));
            published = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
            title = "Azerbaijan and Vietnam sign agreement " + n;
            lead = "Azerbaijan and Vietnam signed an agreement on cooperation in education in Baku on "
                    + EVENT_DAY.format(day) + ". ";
        } else {
            published = Instant.parse("2030-06-01T10:00:00Z");
            title = "Azerbaijan–Vietnam business notes " + n;
            lead = "Azerbaijan and Vietnam keep talking about trade, energy and transport. ";
        }
        String text = lead + filler.substring((n * 37) % 200);
        return new RawArticle(id, url, url, URL_BASE + "feed", "bench", title, null, null, "en", published,
                published, text, Integer.toHexString(text.hashCode()), null);
    }

    byte[] value(int n) {
        return Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), article(n));
    }

    byte[] key(int n) {
        return id(n).getBytes(StandardCharsets.UTF_8);
    }
}
