package org.newsmon.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.core.RawArticle;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.page.ExtractedPage;

/** Item + page → article → admitted or skipped, with no server and no broker. */
class ArticleAdmissionTest {
    private static final URI FEED = URI.create("https://xeber.az/rss");
    private static final Instant NOW = Instant.parse("2025-05-08T12:00:00Z");
    private static final ParsedFeed PARSED = new ParsedFeed("rss_2.0", "Xəbər", "https://xeber.az/", "az", null,
            List.of(), 0, false);
    private static final String TEXT = "Tô Lâm Bakıya rəsmi səfərə gəlib. Prezident İlham Əliyev Vyetnam Kommunist "
            + "Partiyasının Baş katibini qarşılayıb. Tərəflər enerji və ticarət sahəsində sənədlər imzalayıb.";

    private static RawArticle article(String link, String text) {
        ParsedFeed.Item item = new ParsedFeed.Item(link, "Tô Lâm Bakıda", link, null, null, null, null, null);
        ExtractedPage page = new ExtractedPage(null, text, null, null, null, null, null);
        return ArticleAssembler.assemble(FEED, PARSED, item, page, link, NOW);
    }

    @Test
    void admitsANewArticleWithItsFingerprint() {
        ArticleAdmission admission = new ArticleAdmission(List.of(), 8);
        RawArticle article = article("https://xeber.az/1", TEXT);
        ArticleAdmission.Decision decision = admission.admit(article);
        assertEquals(ArticleAdmission.Outcome.NEW, decision.outcome());
        assertEquals(article, decision.article());
        assertEquals(new Fingerprint(article.id(), article.contentHash(), TextFingerprint.simHash(TEXT),
                "https://xeber.az/1", NOW), decision.fingerprint());
    }

    @Test
    void marksACopyOfAnEarlierTextAsItsDuplicate() {
        ArticleAdmission admission = new ArticleAdmission(List.of(), 8);
        RawArticle original = article("https://xeber.az/1", TEXT);
        admission.admit(original);
        ArticleAdmission.Decision copy = admission.admit(article("https://other.az/copy", TEXT));
        assertEquals(ArticleAdmission.Outcome.DUPLICATE, copy.outcome());
        assertEquals(original.id(), copy.article().duplicateOf());
    }

    @Test
    void skipsAnArticleWhoseIdWasAdmittedBefore() {
        ArticleAdmission admission = new ArticleAdmission(List.of(), 8);
        admission.admit(article("https://xeber.az/1", TEXT));
        ArticleAdmission.Decision again = admission.admit(article("https://xeber.az/1", TEXT));
        assertEquals(ArticleAdmission.Outcome.SAME_ID, again.outcome());
        assertFalse(again.admitted());
        assertNull(again.article().duplicateOf());
    }

    @Test
    void aReleasedArticleIsJudgedAfreshNextTime() {
        ArticleAdmission admission = new ArticleAdmission(List.of(), 8);
        admission.release(admission.admit(article("https://xeber.az/1", TEXT)));
        assertEquals(ArticleAdmission.Outcome.NEW, admission.admit(article("https://xeber.az/1", TEXT)).outcome());
    }

    @Test
    void refusesAnArticleWithNeitherTitleNorText() {
        ParsedFeed.Item item = new ParsedFeed.Item("7", null, null, null, null, null, null, null);
        RawArticle empty = ArticleAssembler.assemble(FEED, PARSED, item, null, null, NOW);
        ArticleAdmission.Decision decision = new ArticleAdmission(List.of(), 8).admit(empty);
        assertEquals(ArticleAdmission.Outcome.EMPTY, decision.outcome());
        assertNull(decision.fingerprint());
    }

    @Test
    void dropsWhatTheWatchFilterDoesNotMatch() {
        ArticleAdmission admission = new ArticleAdmission(List.of("azərbaycan|bakı", "vyetnam|việt nam"), 8);
        assertEquals(ArticleAdmission.Outcome.OFF_TOPIC,
                admission.admit(article("https://xeber.az/2", "Bakıda hava istidir.")).outcome());
        assertTrue(admission.admit(article("https://xeber.az/1", TEXT)).admitted());
    }

    @Test
    void aPageNamesItsCanonicalUrlOnlyOnItsOwnHost() {
        ParsedFeed.Item item = new ParsedFeed.Item("1", "Tô Lâm Bakıda", "https://xeber.az/1", null, null, null,
                null, null);
        ExtractedPage hostile = new ExtractedPage(null, TEXT, null, null, "https://other.az/their-story", null, null);
        ExtractedPage own = new ExtractedPage(null, TEXT, null, null, "https://xeber.az/story-1", null, null);
        assertEquals("https://xeber.az/1",
                ArticleAssembler.assemble(FEED, PARSED, item, hostile, "https://xeber.az/1", NOW).canonicalUrl());
        assertEquals("https://xeber.az/story-1",
                ArticleAssembler.assemble(FEED, PARSED, item, own, "https://xeber.az/1", NOW).canonicalUrl());
    }
}
