package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.RawArticle;

/**
 * Ingest may hand over the main text in other shapes than the demo test's: headline included or missing, paragraphs
 * joined by single spaces. The watch events must not change.
 */
class ExtractionVariantsTest {
    private static final Tagger TAGGER = Tagger.defaults();
    private static final Map<String, EventStatus> VISIT_STATUS = Map.of(
            "azertac-aliyev-interview-vna-to-lam-visit.html", EventStatus.ANNOUNCED,
            "az-to-lam-azerbaycana-resmi-sefer.html", EventStatus.ONGOING,
            "ru-to-lam-pribyl-v-baku.html", EventStatus.ONGOING,
            "newsaz-to-lam-ends-baku-visit.html", EventStatus.COMPLETED,
            "vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html", EventStatus.COMPLETED);

    private static List<Event> watchEvents(EnrichedArticle a) {
        return a.events().stream().filter(e -> !e.historical() && e.parties().containsAll(List.of("AZ", "VN"))).toList();
    }

    private static RawArticle withText(RawArticle r, String text) {
        return withTitleAndText(r, r.title(), text);
    }

    private static RawArticle withTitleAndText(RawArticle r, String title, String text) {
        return new RawArticle(r.id(), r.url(), r.canonicalUrl(), r.feedUrl(), r.source(), title, r.summary(), r.author(),
                r.language(), r.publishedAt(), r.fetchedAt(), text, r.contentHash(), r.duplicateOf());
    }

    @Test
    void headlineInTheTextOrMissingAndParagraphsJoinedBySpacesGiveTheSameEvents() {
        VISIT_STATUS.forEach((page, status) -> {
            RawArticle raw = DemoPages.load(page, "x");
            for (RawArticle variant : List.of(withText(raw, raw.title() + "\n\n" + raw.text()), withTitleAndText(raw, null, raw.text()),
                    withText(raw, raw.text().replace("\n\n", " ")), withText(raw, raw.title() + " " + raw.text().replace("\n\n", " ")))) {
                List<Event> events = watchEvents(TAGGER.tag(variant));
                List<Event> visits = events.stream().filter(e -> e.type() == EventType.VISIT).toList();
                assertEquals(1, visits.size(), () -> page + ": " + events);
                assertEquals(status, visits.get(0).status(), page);
                assertEquals(status == EventStatus.ANNOUNCED ? 0 : 1,
                        events.stream().filter(e -> e.type() == EventType.AGREEMENT && e.status() == EventStatus.SIGNED).count(), page);
            }
        });
    }
}
