package org.newsmon.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.core.RawArticle;
import org.newsmon.ingest.article.ArticleAssembler;
import org.newsmon.ingest.feed.ParsedFeed;

class PageExtractorTest {
    private static final URI PAGE = URI.create("https://example.az/news/1?utm_source=x");

    @Test
    void keepsLeadAndBodyAndDropsShareBarSidebarAndCookieBanner() {
        String html = """
                <html lang="ru-RU"><head><title>То Лам в Баку | Курьер</title>
                <link rel="canonical" href="/news/1?utm_source=tw&amp;id=7#top"></head><body>
                <div class="cookie-banner"><p>Мы используем cookies.</p></div>
                <nav><a href="/">Главная</a></nav>
                <article><header><h1>То Лам прибыл в Баку</h1>
                <time datetime="2025-05-07T18:40:00+03:00">7 мая</time>
                <div class="share-bar"><a href="#">Telegram</a></div></header>
                <p class="lead">Генсек То Лам прибыл в Баку.</p>
                <p>Ильхам Алиев провёл переговоры.</p>
                <footer class="tags">#Политика</footer></article>
                <aside><h2>Самое читаемое</h2><ul><li>Погода в Баку</li></ul></aside>
                </body></html>
                """;
        ExtractedPage page = PageExtractor.extract(html, PAGE);
        assertEquals("Генсек То Лам прибыл в Баку.\n\nИльхам Алиев провёл переговоры.", page.text());
        assertEquals("То Лам прибыл в Баку", page.title());
        assertEquals("ru", page.language());
        assertEquals(Instant.parse("2025-05-07T15:40:00Z"), page.publishedAt());
        assertEquals("https://example.az/news/1?id=7", page.canonicalUrl());
    }

    @Test
    void readsMetadataFromJsonLdWhenThePageHasNoMetaTags() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Tô Lâm thăm Azerbaijan",
                 "datePublished":"2025-05-08T19:30:00+07:00","inLanguage":"vi","author":[{"@type":"Person","name":"TTXVN"}]}]}
                </script></head><body><div class="content"><p>Tổng Bí thư Tô Lâm kết thúc chuyến thăm chính thức Azerbaijan.</p></div></body></html>
                """;
        ExtractedPage page = PageExtractor.extract(html, PAGE);
        assertEquals("Tô Lâm thăm Azerbaijan", page.title());
        assertEquals("vi", page.language());
        assertEquals("TTXVN", page.author());
        assertEquals(Instant.parse("2025-05-08T12:30:00Z"), page.publishedAt());
        assertEquals("Tổng Bí thư Tô Lâm kết thúc chuyến thăm chính thức Azerbaijan.", page.text());
    }

    @Test
    void findsTheDensestBlockWhenThereIsNoArticleElement() {
        String html = """
                <html><body><div id="menu"><p>Home</p><p>Politics</p></div>
                <div id="story"><p>Azerbaijan and Vietnam signed a joint statement in Baku on Wednesday.</p>
                <p>Documents on oil and gas, education and culture were signed as well.</p></div>
                <div class="footer"><p>© 2025 Example media, all rights reserved.</p></div></body></html>
                """;
        ExtractedPage page = PageExtractor.extract(html, PAGE);
        assertEquals("Azerbaijan and Vietnam signed a joint statement in Baku on Wednesday.\n\n"
                + "Documents on oil and gas, education and culture were signed as well.", page.text());
        assertNull(page.publishedAt());
        assertEquals("https://example.az/news/1", page.canonicalUrl());
    }

    @Test
    void survivesAPageNestedTwentyThousandDeep() {
        String html = "<html lang=\"vi\"><body>" + "<div>".repeat(20_000) + "<p>Tô Lâm thăm Baku.</p>"
                + "</div>".repeat(20_000) + "</body></html>";
        ExtractedPage page = PageExtractor.extract(html, PAGE);
        assertEquals("Tô Lâm thăm Baku.", page.text());
        assertEquals("vi", page.language());
    }

    @Test
    void survivesGarbage() {
        ExtractedPage page = PageExtractor.extract("<<<\u0000>>><p", PAGE);
        assertEquals("<<<>>>", page.text());
        assertNull(page.title());
        assertNull(page.language());
    }

    private static final String STORY = """
            <html lang="az"><head><title>Bakı forumu</title></head><body><article>
            <p>Bakıda keçirilən beynəlxalq forumda enerji təhlükəsizliyi müzakirə edilib.</p>
            <p>Forumda otuzdan çox ölkənin nümayəndələri iştirak edib.</p></article></body></html>
            """;

    @Test
    void givesUpWithEmptyTextWhenItsTimeIsUp() {
        assertEquals("Bakıda keçirilən beynəlxalq forumda enerji təhlükəsizliyi müzakirə edilib.\n\n"
                + "Forumda otuzdan çox ölkənin nümayəndələri iştirak edib.", PageExtractor.extract(STORY, PAGE).text());
        // no time at all: the first look at the clock (in the parser or in the text's search) ends it, never a throw
        assertEquals("", PageExtractor.extract(STORY, PAGE, Duration.ZERO).text());
    }

    @Test
    void givesUpWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt(); // a shutdown: the service's executor interrupts its workers
        try {
            assertEquals("", PageExtractor.extract(STORY, PAGE).text());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPageThatGaveUpLeavesTheArticleTheFeedsOwnText() {
        ExtractedPage gaveUp = PageExtractor.extract(STORY, PAGE, Duration.ZERO);
        ParsedFeed feed = new ParsedFeed("rss_2.0", "Xəbərlər", "https://example.az/", "az", null, List.of(), 0, false);
        ParsedFeed.Item item = new ParsedFeed.Item("1", "Bakı forumu", PAGE.toString(), null, null,
                "Forumda enerji təhlükəsizliyi müzakirə edilib.", null, null);
        RawArticle article = ArticleAssembler.assemble(URI.create("https://example.az/rss"), feed, item, gaveUp,
                PAGE.toString(), Instant.parse("2025-05-08T12:00:00Z"));
        assertEquals("Forumda enerji təhlükəsizliyi müzakirə edilib.", article.text());
        assertEquals("Bakı forumu", article.title());
    }
}
