package org.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.RawArticle;
import org.newsmon.enrich.Tagger;

/** The bench's input is what the bench and the fault tests count on: one new agreement per alerting article, no other. */
class SyntheticArticlesTest {
    private final SyntheticArticles articles = new SyntheticArticles("t", 10);
    private final Tagger tagger = Tagger.defaults();

    @Test
    void everyAlertingArticleReportsOneSignedAgreementAndNoOtherArticleAnyNewEvent() {
        for (int n = 0; n < 200; n++) {
            EnrichedArticle a = tagger.tag(articles.article(n));
            List<Event> fresh = a.events().stream().filter(e -> !e.historical()).toList();
            assertTrue(a.relevant(), "article " + n + " concerns Azerbaijan and Vietnam");
            if (articles.alerts(n)) {
                assertEquals(1, fresh.size(), "article " + n + ": " + fresh);
                assertEquals(EventType.AGREEMENT, fresh.get(0).type());
                assertEquals(EventStatus.SIGNED, fresh.get(0).status());
            } else {
                assertEquals(List.of(), fresh, "article " + n + ": " + a.raw().text());
            }
        }
    }

    @Test
    void articlesAreAboutFiveKilobytesAndCompressNearerRealTextThanARepeatedParagraph() throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int n = 0; n < 50; n++) {
            RawArticle a = articles.article(n);
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= SyntheticArticles.TEXT_BYTES && bytes < SyntheticArticles.TEXT_BYTES + 300, n + ": " + bytes);
            assertTrue(!a.text().equals(articles.article(n + 50).text()));
            all.write(a.text().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(6))) {
            all.writeTo(out);
        }
        // A seed article deflates 2.6:1; fifty of these about 6:1 (their templates repeat from article to article);
        // one repeated paragraph, the bench's input before, did over 100:1.
        double ratio = (double) all.size() / packed.size();
        assertTrue(ratio < 8, "50 articles compress " + ratio + ":1");
    }
}
