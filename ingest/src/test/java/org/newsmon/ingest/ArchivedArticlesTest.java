package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmon.core.Config;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;

class ArchivedArticlesTest {
    private static final Instant FEED_AT = Instant.parse("2025-05-08T13:00:00Z");
    private static final Instant PAGE_AT = Instant.parse("2025-05-08T13:00:02Z");
    private static final String FEED_URL = "https://baku.example/rss.xml";
    private static final String PAGE_URL = "https://baku.example/news/to-lam.html";

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Bakı Xəbər</title><link>https://baku.example/</link>
            <item><guid>1</guid><title>To Lam Bakıda</title><link>https://baku.example/news/to-lam.html</link>
              <pubDate>Thu, 08 May 2025 12:10:00 GMT</pubDate><description>Qısa xülasə.</description></item>
            <item><guid>2</guid><title>Hava</title><link>https://baku.example/news/weather.html</link>
              <pubDate>Thu, 08 May 2025 09:00:00 GMT</pubDate><description>Abşeronda isti hava.</description></item>
            </channel></rss>
            """;

    private static final String PAGE = """
            <html lang="az"><head><title>To Lam Bakıda</title>
            <meta property="article:published_time" content="2025-05-08T16:10:00+04:00"></head>
            <body><nav>Menyu</nav><article><h1>To Lam Bakıda</h1>
            <p>Vyetnam Kommunist Partiyası MK-nın Baş katibi To Lam Bakıda Prezident İlham Əliyevlə görüşüb.</p>
            <p>Tərəflər Birgə Bəyanat imzalayıblar.</p></article></body></html>
            """;

    private static FetchedDocument feed(Instant at) {
        return new FetchedDocument(FetchedDocument.Kind.FEED, FEED_URL, FEED_URL, FEED_URL, 200, "application/rss+xml",
                Map.of(), at, FEED);
    }

    private static FetchedDocument page() {
        return new FetchedDocument(FetchedDocument.Kind.PAGE, PAGE_URL, PAGE_URL, FEED_URL, 200, "text/html", Map.of(),
                PAGE_AT, PAGE);
    }

    private static ArchivedArticles builder() {
        return new ArchivedArticles(Config.of(Map.of(), IngestSettings.KEYS));
    }

    @Test
    void itemWithItsArchivedPageTakesThePagesTextAndTimes() {
        List<RawArticle> articles = builder().build(List.of(feed(FEED_AT), page()), false).articles();

        assertEquals(1, articles.size(), "the weather item's page is not archived: not an article of this window");
        RawArticle a = articles.get(0);
        assertEquals(PAGE_URL, a.url());
        assertEquals("To Lam Bakıda", a.title());
        assertTrue(a.text().contains("Vyetnam Kommunist Partiyası") && !a.text().contains("Menyu"), a.text());
        assertEquals(Instant.parse("2025-05-08T12:10:00Z"), a.publishedAt());
        assertEquals(PAGE_AT, a.fetchedAt(), "fetched when the page was, not now");
        assertEquals("Bakı Xəbər", a.source());
        assertEquals("az", a.language());
    }

    @Test
    void savedFeedsWithoutPagesGiveTheFeedsText() {
        List<RawArticle> articles = builder().build(List.of(feed(FEED_AT)), true).articles();

        assertEquals(2, articles.size());
        RawArticle weather = articles.stream().filter(a -> a.title().equals("Hava")).findFirst().orElseThrow();
        assertEquals("Abşeronda isti hava.", weather.text());
        assertEquals(FEED_AT, weather.fetchedAt());
    }

    @Test
    void anItemListedByTwoPollsIsOneArticle() {
        List<RawArticle> articles = builder().build(List.of(feed(FEED_AT), page(), feed(FEED_AT.plusSeconds(900))), false)
                .articles();
        assertEquals(1, articles.size());
    }

    @Test
    void aSyndicatedCopyIsMarkedAsSuch() {
        String copyUrl = "https://other.example/copy.html";
        FetchedDocument copy = new FetchedDocument(FetchedDocument.Kind.PAGE, copyUrl, copyUrl, null, 200, "text/html",
                Map.of(), PAGE_AT.plusSeconds(60), PAGE.replace("To Lam Bakıda</title>", "To Lam Bakıda | Other</title>"));
        List<RawArticle> articles = builder().build(List.of(feed(FEED_AT), page(), copy), false).articles();

        assertEquals(2, articles.size());
        assertNull(articles.get(0).duplicateOf());
        assertEquals(articles.get(0).id(), articles.get(1).duplicateOf());
        assertEquals("other.example", articles.get(1).source(), "a page no feed links to stands alone");
    }

    @Test
    void savedBytesAreAFeedOrAPageByTheirContent() {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        FetchedDocument feed = ArchivedArticles.saved("file:/saved/rss.xml", FEED.getBytes(StandardCharsets.UTF_8), null, at)
                .orElseThrow();
        FetchedDocument page = ArchivedArticles.saved("file:/saved/p.html",
                PAGE.replace("<head>", "<head><link rel=\"canonical\" href=\"" + PAGE_URL + "\">")
                        .getBytes(StandardCharsets.UTF_8), null, at).orElseThrow();

        assertEquals(FetchedDocument.Kind.FEED, feed.kind());
        assertEquals(FetchedDocument.Kind.PAGE, page.kind());
        assertEquals(PAGE_URL, page.url(), "a saved page is filed under the URL it names, so feed items find it");
        assertTrue(ArchivedArticles.saved("file:/x.bin", new byte[] {0, 1, 2}, null, at).isEmpty());
    }

    @Test
    void anUnreadableFeedIsAProblemNotACrash() {
        FetchedDocument broken = new FetchedDocument(FetchedDocument.Kind.FEED, FEED_URL, FEED_URL, FEED_URL, 200,
                "application/xml", Map.of(), FEED_AT, "this is not xml at all");
        ArchivedArticles.Result result = builder().build(List.of(broken), true);
        assertEquals(0, result.articles().size());
        assertEquals(1, result.problems().size());
        assertEquals(FEED_URL, result.problems().get(0).url());
    }
}
