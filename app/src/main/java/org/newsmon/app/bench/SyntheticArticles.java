package org.newsmon.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topics;

/**
 * Benchmark input: RawArticles of about {@link #TEXT_BYTES} bytes of text about Azerbaijan–Vietnam trade. Every
 * {@code alertEvery}-th article also reports a signed agreement on a day of its own, so it raises exactly one new
 * alert (no two bench events share a date, so none is clustered into another). Deterministic for a given run id.
 * Immutable and thread-safe.
 */
public final class SyntheticArticles {
    static final int TEXT_BYTES = 5 * 1024;
    static final String URL_BASE = "https://bench.newsmon.invalid/a/";
    private static final LocalDate FIRST_EVENT_DAY = LocalDate.of(2031, 1, 1);
    private static final DateTimeFormatter EVENT_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    // Body sentences are drawn per article from these, with names and figures of their own, so a batch of articles
    // compresses about 6:1 (real news: about 3:1) rather than over 100:1 as one repeated paragraph did, with which a
    // bare producer moved a few dozen bytes per record. No body sentence reports a visit or an agreement.
    private static final String[] TEMPLATES = {
        "%ORG% said exports of %PRODUCT% from %CITY% to %CITY% rose %PCT% percent to %NUM% million dollars %CLAUSE%. ",
        "%TITLE% %PERSON% told reporters in %CITY% that %NUM% firms had applied to trade %PRODUCT% and %PRODUCT%. ",
        "A cargo of %NUM% tonnes of %PRODUCT% left %CITY% by the Middle Corridor and is due in %CITY% in %SMALL% days. ",
        "Economists at %BANK% expect %NUM% million manats of investment in %FIELD% within %SMALL% years %CLAUSE%. ",
        "%ORG% and %ORG% are studying a joint venture in %FIELD% near %CITY%, %PERSON% said. ",
        "Students from %CITY% began %SMALL%-week courses in %FIELD% at a college in %CITY% %CLAUSE%. ",
        "Freight rates between %CITY% and %CITY% fell %PCT% percent, according to %PERSON% of %BANK%. ",
        "Tour operators in %CITY% counted %NUM% bookings from %CITY%, up %PCT% percent %CLAUSE%. ",
        "Prices of %PRODUCT% in %CITY% markets reached %NUM% dong per kilogram, %PERSON% wrote. ",
        "%PERSON%, who runs a %FIELD% start-up in %CITY%, hired %SMALL% engineers from %CITY%. ",
    };
    private static final String[] CLAUSES = {"despite delays at the ports", "as demand recovered", "on higher prices",
        "after a slow winter", "thanks to new rail links", "amid currency swings", "in the first half",
        "compared with a year earlier", "as insurers cut premiums", "while freight costs eased", "on stronger orders",
        "after customs checks were simplified", "as warehouses filled up", "with help from local banks"};
    private static final String[] ORGS = {"SOCAR", "PetroVietnam", "Vietsovpetro", "Azersun", "Viettel", "Vinamilk",
        "Azerbaijan Airlines", "Vietnam Airlines", "Binh Son Refining", "Azercosmos", "Baku Steel", "Hoa Phat",
        "Masan Group", "Gilan Holding", "Vingroup", "Azerenerji", "FPT", "Azerishiq", "Sovico", "Bakcell"};
    private static final String[] CITIES = {"Baku", "Hanoi", "Ganja", "Ho Chi Minh City", "Sumgait", "Da Nang",
        "Haiphong", "Lankaran", "Can Tho", "Shamakhi", "Hue", "Nakhchivan", "Quang Ninh", "Shaki", "Nha Trang",
        "Mingachevir", "Vung Tau", "Guba", "Quy Nhon", "Shirvan"};
    private static final String[] PRODUCTS = {"tea", "coffee", "rice", "cashews", "pepper", "textiles", "electronics",
        "fertiliser", "machinery", "petrochemicals", "seafood", "cotton", "steel pipes", "solar panels", "medicines",
        "hazelnuts", "pomegranates", "furniture", "footwear", "rubber"};
    private static final String[] FIELDS = {"logistics", "tourism", "agriculture", "engineering", "medicine",
        "renewable energy", "shipbuilding", "software", "banking", "food processing", "telecommunications"};
    private static final String[] BANKS = {"PASHA Bank", "Kapital Bank", "Vietcombank", "BIDV", "Techcombank"};
    private static final String[] TITLES = {"Director", "Chief Executive", "Trade Representative", "Analyst",
        "Economist", "Chairman"};
    private static final String[] FIRST_NAMES = {"Elchin", "Nguyen", "Rashad", "Tran", "Leyla", "Pham", "Samir",
        "Le", "Aysel", "Hoang", "Farid", "Vu"};
    private static final String[] SYLLABLES = {"ba", "ka", "li", "mo", "ra", "su", "te", "vy", "zo", "an", "ev",
        "ov", "in", "ul", "ha", "do", "ng", "qu", "ye", "xi"};

    private final String runId;
    private final int alertEvery;

    /**
     * @param runId      prefix of every article id, so runs on one cluster never share keys
     * @param alertEvery every how many articles one reports a signed agreement (1 = all)
     */
    public SyntheticArticles(String runId, int alertEvery) {
        if (alertEvery < 1) {
            throw new IllegalArgumentException("alertEvery must be at least 1, got " + alertEvery);
        }
        this.runId = runId;
        this.alertEvery = alertEvery;
    }

    public String id(int n) {
        return runId + "-" + n;
    }

    /** Whether article {@code n} raises an alert. */
    public boolean alerts(int n) {
        return n % alertEvery == 0;
    }

    /** The article id an alert's source URL names, or null for a URL that is not a bench article. */
    public static String idFromUrl(String url) {
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
        String text = body(lead, new Random(runId.hashCode() * 31L + n));
        return new RawArticle(id, url, url, URL_BASE + "feed", "bench", title, null, null, "en", published,
                published, text, Integer.toHexString(text.hashCode()), null);
    }

    /** The lead, then template sentences with their slots filled at random, up to {@link #TEXT_BYTES}. */
    private static String body(String lead, Random random) {
        StringBuilder text = new StringBuilder(TEXT_BYTES + 300).append(lead);
        while (text.length() < TEXT_BYTES) {
            String sentence = TEMPLATES[random.nextInt(TEMPLATES.length)];
            int at;
            while ((at = sentence.indexOf('%')) >= 0) {
                int end = sentence.indexOf('%', at + 1);
                sentence = sentence.substring(0, at) + slot(sentence.substring(at + 1, end), random) + sentence.substring(end + 1);
            }
            text.append(sentence);
        }
        return text.toString();
    }

    private static String slot(String name, Random random) {
        return switch (name) {
            case "ORG" -> pick(ORGS, random);
            case "CITY" -> pick(CITIES, random);
            case "PRODUCT" -> pick(PRODUCTS, random);
            case "FIELD" -> pick(FIELDS, random);
            case "BANK" -> pick(BANKS, random);
            case "TITLE" -> pick(TITLES, random);
            case "PERSON" -> pick(FIRST_NAMES, random) + " " + surname(random);
            case "NUM" -> Integer.toString(10 + random.nextInt(9_990));
            case "PCT" -> (1 + random.nextInt(40)) + "." + random.nextInt(10);
            case "SMALL" -> Integer.toString(2 + random.nextInt(10));
            case "CLAUSE" -> pick(CLAUSES, random);
            default -> throw new IllegalStateException("no slot " + name);
        };
    }

    /** A surname of random syllables: names are where real text is least repetitive. */
    private static String surname(Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            name.append(pick(SYLLABLES, random));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.append("ov").toString();
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    public byte[] value(int n) {
        return Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), article(n));
    }

    public byte[] key(int n) {
        return id(n).getBytes(StandardCharsets.UTF_8);
    }
}
