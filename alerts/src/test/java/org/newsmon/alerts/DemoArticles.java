package org.newsmon.alerts;

import static org.newsmon.core.EventStatus.ANNOUNCED;
import static org.newsmon.core.EventStatus.COMPLETED;
import static org.newsmon.core.EventStatus.ONGOING;
import static org.newsmon.core.EventStatus.PLANNED;
import static org.newsmon.core.EventStatus.SIGNED;
import static org.newsmon.core.EventType.AGREEMENT;
import static org.newsmon.core.EventType.VISIT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.RawArticle;
import org.newsmon.core.SectorTag;

/**
 * The demo's nine articles as a good tagger would enrich them (app/src/main/resources/demo/EXPECTED.md): the events
 * with their status, dates, parties and actors, and the historical mentions that must not alert.
 */
public final class DemoArticles {
    private DemoArticles() {}

    static final String TO_LAM = "To Lam";
    static final String ALIYEV = "Ilham Aliyev";
    static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);
    static final LocalDate MAY_8 = LocalDate.of(2025, 5, 8);

    public static final EnrichedArticle A1 = article("a1", "azertac-azerbaijan-kazakhstan-middle-corridor", "AZERTAC (newsmon demo)",
            "en", "2025-05-05T14:20+04:00", null, "Azerbaijan and Kazakhstan discuss Middle Corridor freight",
            List.of("transport", "trade", "ict"),
            event(VISIT, ONGOING, false, LocalDate.of(2025, 5, 5), null, List.of("KZ", "AZ"), List.of()),
            event(AGREEMENT, PLANNED, false, null, null, List.of("AZ", "KZ"), List.of()));

    public static final EnrichedArticle A2 = article("a2", "azertac-aliyev-interview-vna-to-lam-visit", "AZERTAC (newsmon demo)",
            "en", "2025-05-06T09:45+04:00", null, "Ilham Aliyev: To Lam's state visit will open a new page",
            List.of("politics", "oil-gas", "trade", "education", "culture", "tourism"),
            event(VISIT, ANNOUNCED, false, MAY_7, MAY_8, List.of("VN", "AZ"), List.of(TO_LAM)),
            event(VISIT, COMPLETED, true, LocalDate.of(1959, 1, 1), null, List.of("VN", "AZ"), List.of("Ho Chi Minh")),
            event(VISIT, COMPLETED, true, LocalDate.of(1983, 1, 1), null, List.of("AZ", "VN"), List.of("Heydar Aliyev")),
            event(VISIT, COMPLETED, true, LocalDate.of(2014, 1, 1), null, List.of("AZ", "VN"), List.of(ALIYEV)),
            event(VISIT, COMPLETED, true, LocalDate.of(2015, 1, 1), null, List.of("VN", "AZ"), List.of("Truong Tan Sang")),
            event(AGREEMENT, SIGNED, true, LocalDate.of(2019, 1, 1), null, List.of("AZ", "VN"), List.of()));

    static final EnrichedArticle V1 = article("v1", "vna-tong-bi-thu-to-lam-tham-kazakhstan", "TTXVN (newsmon demo)",
            "vi", "2025-05-06T20:15+07:00", null, "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Kazakhstan",
            List.of("politics", "energy", "agriculture", "transport"),
            event(VISIT, ONGOING, false, LocalDate.of(2025, 5, 6), null, List.of("VN", "KZ"), List.of(TO_LAM, "Kassym-Jomart Tokayev")),
            event(AGREEMENT, SIGNED, false, LocalDate.of(2025, 5, 6), null, List.of("VN", "KZ"), List.of(TO_LAM, "Kassym-Jomart Tokayev")),
            event(VISIT, ANNOUNCED, false, null, null, List.of("KZ", "VN"), List.of("Kassym-Jomart Tokayev")));

    static final EnrichedArticle Z1 = article("z1", "az-to-lam-azerbaycana-resmi-sefer", "Xəbər Saatı", "az",
            "2025-05-07T17:05+04:00", null, "Tô Lâm Azərbaycana rəsmi səfərə gəlib",
            List.of("politics", "oil-gas", "energy", "education", "culture", "trade"),
            event(VISIT, ONGOING, false, MAY_7, null, List.of("VN", "AZ"), List.of(TO_LAM, ALIYEV)),
            event(AGREEMENT, SIGNED, false, MAY_7, null, List.of("AZ", "VN"), List.of(TO_LAM, ALIYEV)),
            event(VISIT, COMPLETED, true, LocalDate.of(1959, 1, 1), null, List.of("VN", "AZ"), List.of("Ho Chi Minh")),
            event(VISIT, COMPLETED, true, LocalDate.of(2014, 1, 1), null, List.of("AZ", "VN"), List.of(ALIYEV)));

    public static final EnrichedArticle R1 = article("r1", "ru-to-lam-pribyl-v-baku", "Каспийский курьер", "ru",
            "2025-05-07T18:40+03:00", null, "То Лам прибыл в Баку",
            List.of("politics", "oil-gas", "energy", "education", "culture", "trade", "transport", "defense-security"),
            event(VISIT, ONGOING, false, MAY_7, null, List.of("VN", "AZ"), List.of(TO_LAM, ALIYEV)),
            event(AGREEMENT, SIGNED, false, MAY_7, null, List.of("VN", "AZ"), List.of(TO_LAM, ALIYEV)),
            event(VISIT, COMPLETED, true, LocalDate.of(1983, 1, 1), null, List.of("AZ", "VN"), List.of("Heydar Aliyev")));

    static final EnrichedArticle N1 = article("n1", "newsaz-to-lam-ends-baku-visit", "Baku Morning", "en",
            "2025-05-08T16:10+04:00", null, "To Lam ends Baku visit; Azerbaijan and Vietnam sign joint statement",
            List.of("politics", "oil-gas", "energy", "trade", "education", "culture", "transport", "defense-security", "ict"),
            event(VISIT, COMPLETED, false, MAY_7, MAY_8, List.of("VN", "AZ"), List.of(TO_LAM, ALIYEV)),
            event(AGREEMENT, SIGNED, false, MAY_7, null, List.of("AZ", "VN"), List.of(TO_LAM, ALIYEV)),
            event(VISIT, ANNOUNCED, false, null, null, List.of("VN", "RU"), List.of(TO_LAM)));

    public static final EnrichedArticle V2 = article("v2", "vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan", "TTXVN (newsmon demo)",
            "vi", "2025-05-08T19:30+07:00", null, "Tổng Bí thư Tô Lâm kết thúc chuyến thăm chính thức Azerbaijan",
            List.of("politics", "oil-gas", "energy", "education", "culture", "trade", "defense-security"),
            event(VISIT, COMPLETED, false, MAY_7, MAY_8, List.of("VN", "AZ"), List.of(TO_LAM)),
            event(AGREEMENT, SIGNED, false, MAY_7, null, List.of("VN", "AZ"), List.of(TO_LAM, ALIYEV)),
            event(VISIT, COMPLETED, true, LocalDate.of(1959, 1, 1), null, List.of("VN", "AZ"), List.of("Ho Chi Minh")));

    /** A syndicated copy of N1 under another URL: the same text, so the same events. */
    public static final EnrichedArticle S1 = article("s1", "analysis-news-azerbaijan-vietnam-sign-joint-statement", "Silk Meridian",
            "en", "2025-05-08T18:05Z", "n1", "To Lam ends Baku visit; Azerbaijan and Vietnam sign joint statement",
            N1.sectors().stream().map(SectorTag::sector).toList(), N1.events().toArray(Event[]::new));

    /** An opinion piece a month later: everything in it, the May visit included, is history. */
    static final EnrichedArticle S2 = article("s2", "analysis-azerbaijan-vietnam-old-friendship-must-deliver", "Silk Meridian",
            "en", "2025-06-10T07:30Z", null, "Azerbaijan and Vietnam: an old friendship must deliver",
            List.of("politics", "oil-gas", "trade", "education", "transport"),
            event(VISIT, COMPLETED, true, MAY_7, MAY_8, List.of("VN", "AZ"), List.of(TO_LAM)),
            event(AGREEMENT, SIGNED, true, MAY_7, null, List.of("AZ", "VN"), List.of(TO_LAM, ALIYEV)),
            event(AGREEMENT, SIGNED, true, LocalDate.of(2019, 1, 1), null, List.of("AZ", "VN"), List.of()),
            event(VISIT, COMPLETED, true, LocalDate.of(1959, 1, 1), null, List.of("VN", "AZ"), List.of("Ho Chi Minh")));

    static final List<EnrichedArticle> ALL = List.of(A1, A2, V1, Z1, R1, N1, V2, S1, S2);

    static EnrichedArticle article(String id, String slug, String source, String language, String published,
                                   String duplicateOf, String title, List<String> sectors, Event... events) {
        String url = "http://127.0.0.1:8088/pages/" + slug + ".html";
        Instant publishedAt = OffsetDateTime.parse(published.replace("Z", "+00:00")).toInstant();
        return new EnrichedArticle(new RawArticle(id, url, url, "http://127.0.0.1:8088/feeds/x.xml", source, title,
                null, null, language, publishedAt, publishedAt.plusSeconds(600), "text of " + id, "hash-" + id,
                duplicateOf), List.of(), List.of("AZ", "VN"), true, 0.9,
                sectors.stream().map(s -> new SectorTag(s, 0.5, List.of())).toList(), Arrays.asList(events));
    }

    static Event event(EventType type, EventStatus status, boolean historical, LocalDate date, LocalDate dateEnd,
                       List<String> parties, List<String> actors) {
        return new Event(type, status, historical, date, dateEnd, parties, actors, "Baku",
                type + " " + status + " " + parties, 0.9);
    }
}
