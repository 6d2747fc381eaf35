package org.newsmon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsmon.ingest.page.Dates;

/**
 * How feed fields are read where formats leave room (feedparser's behaviour is the reference): Atom text constructs by
 * type, base64, persons, Dublin Core extras, DOCTYPE entities, relative links, HTTP language. Each Atom case is also
 * read through the lenient path (trailing junk makes Rome refuse the document) and must come out the same.
 */
class FeedReadingRulesTest {
    private final FeedParser parser = new FeedParser(50);

    private static final String ATOM = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Цены &lt;b&gt; и тарифы</title>
            <entry><id>urn:1</id><title type="html">Рынок &lt;b&gt;растёт&lt;/b&gt;</title>
            <summary type="application/octet-stream">
              0JrRgNCw0YLQutC+IDxiPtC/0YDQvjwvYj4=
            </summary>
            <author><name>Анна Петрова</name><email>anna@example.az</email></author></entry>
            <entry><id>urn:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Курс &lt;USD&gt; <i>стабилен</i></div></title></entry>
            </feed>""";

    @Test
    void readsAtomTextConstructsByTheirTypeInBothPaths() throws Exception {
        for (String junk : new String[] {"", "<trailing>junk</trailing>"}) {
            ParsedFeed feed = parser.parse(ATOM + junk);
            assertEquals(!junk.isEmpty(), feed.recovered());
            // type="text": the brackets are text
            assertEquals("Цены <b> и тарифы", feed.title());
            ParsedFeed.Item first = feed.items().get(0);
            assertEquals("Рынок растёт", first.title(), "html: markup dropped");
            assertEquals("Кратко <b>про</b>", first.summary(), "a non-text media type is base64, read as text");
            assertEquals("Анна Петрова (anna@example.az)", first.author());
            assertEquals("Курс <USD> стабилен", feed.items().get(1).title(), "xhtml: escaped brackets are text");
        }
    }

    @Test
    void decodesAtom03Base64ThatRomeCannot() throws Exception {
        // Rome's base64 decoder fails on the indentation; the lenient path decodes it
        ParsedFeed feed = parser.parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>x</id>
                  <title mode="base64">
                    0JrRg9GA0YEgPFVTRD4=
                  </title>
                </entry></feed>""");
        assertEquals("Курс <USD>", feed.items().get(0).title());
    }

    @Test
    void readsDublinCoreAuthorAndTermsDates() throws Exception {
        ParsedFeed feed = parser.parse("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
                <channel><title>Xəbərlər</title><item><guid>g1</guid><title>Bakı</title>
                <dc:author>Leyla Məmmədova</dc:author><dcterms:issued>2003-12-31T10:14:55+04:00</dcterms:issued>
                </item></channel></rss>""");
        ParsedFeed.Item item = feed.items().get(0);
        assertEquals("Leyla Məmmədova", item.author());
        assertEquals(Instant.parse("2003-12-31T06:14:55Z"), item.publishedAt());
    }

    @Test
    void expandsPlainTextDoctypeEntitiesAndReadsStrictly() throws Exception {
        ParsedFeed feed = parser.parse("""
                <!DOCTYPE rss [
                  <!ENTITY id "tag:example.com,">
                  <!ENTITY nbsp "&#160;">
                ]>
                <rss version="2.0"><channel><title>Tin&nbsp;tức</title>
                <item><guid isPermaLink="false">&id;2006-05-04:/blog/</guid></item></channel></rss>""");
        assertFalse(feed.recovered());
        assertEquals("tag:example.com,2006-05-04:/blog/", feed.items().get(0).id());
        assertEquals("Tin\u00a0tức", feed.title());
    }

    @Test
    void leavesADoctypeWithAnyOtherDeclarationAlone() {
        String external = """
                <!DOCTYPE rss [ <!ENTITY id "tag:"> <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>&id;&xxe;</title></channel></rss>""";
        assertEquals(external, SafeEntities.expand(external));
        String nested = """
                <!DOCTYPE rss [ <!ENTITY a "lol"> <!ENTITY b "&a;&a;"> ]>
                <rss version="2.0"><channel><title>&b;</title></channel></rss>""";
        assertEquals(nested, SafeEntities.expand(nested));
    }

    @Test
    void abandonsAnExpansionThatWouldGrowTheDocumentTooMuch() {
        String value = "x".repeat(1000);
        String doc = "<!DOCTYPE rss [ <!ENTITY v \"" + value + "\"> ]><rss><channel><title>" + "&v;".repeat(200)
                + "</title></channel></rss>";
        assertEquals(doc, SafeEntities.expand(doc));
    }

    @Test
    void resolvesRelativeLinksAgainstContentLocationOrTheDocument() throws Exception {
        String rss = """
                <rss version="2.0"><channel><title>Haberler</title><link>/relative/uri</link>
                <item><guid isPermaLink="false">12345</guid><link>item?id=7</link></item></channel></rss>""";
        URI document = URI.create("https://news.example.tr/feeds/main.xml");
        ParsedFeed feed = parser.parse(rss, FeedParser.baseUri(document, null), null);
        assertEquals("https://news.example.tr/relative/uri", feed.link());
        assertEquals("https://news.example.tr/feeds/item?id=7", feed.items().get(0).link());
        assertEquals("12345", feed.items().get(0).id(), "a guid that is not a path stays the key it was");
        ParsedFeed moved = parser.parse(rss, FeedParser.baseUri(document, "https://cdn.example.tr/x/"), null);
        assertEquals("https://cdn.example.tr/relative/uri", moved.link());
        ParsedFeed atRoot = parser.parse(rss, URI.create("https://news.example.tr"), null);
        assertEquals("https://news.example.tr/item?id=7", atRoot.items().get(0).link());
    }

    @Test
    void takesTheHttpLanguageOnlyWhenTheFeedNamesNone() throws Exception {
        String none = "<rss version=\"2.0\"><channel><title>Tin tức</title><item><guid>1</guid></item></channel></rss>";
        ParsedFeed feed = parser.parse(none, null, "vi-VN, en");
        assertEquals("vi", feed.language());
        assertEquals("vi", feed.items().get(0).language());
        String declared = none.replace("<title>", "<language>az</language><title>");
        assertEquals("az", parser.parse(declared, null, "vi").language());
    }

    @Test
    void keepsALoneMarkupOpenerAsText() {
        assertEquals("<!DOCTYPE", FeedParser.plain(" <!DOCTYPE "));
        assertEquals("<!' link", FeedParser.plain("<!' <a href=\"foo\">link</a>"));
        assertEquals("Текст", FeedParser.plain("<!-- комментарий -->Текст"));
        assertEquals("Текст", FeedParser.plain("<!DOCTYPE html><p>Текст</p>"));
    }

    @Test
    void datesInTheFormsFeedsCarry() {
        assertEquals(Instant.parse("2004-01-01T19:48:21Z"), Dates.parse("Thu, 01 Jan 04 19:48:21 GMT").orElseThrow());
        assertEquals(Instant.parse("2004-01-26T21:31:00Z"), Dates.parse("Mon, 26 January 2004 16:31:00 ET").orElseThrow());
        assertEquals(Instant.parse("2012-07-15T01:16:00Z"), Dates.parse("Sun Jul 15 01:16:00 +0000 2012").orElseThrow());
        assertEquals(Instant.parse("2004-07-09T00:16:58Z"), Dates.parse("2004-07-08 23:56:58 -00:20").orElseThrow());
        assertEquals(Instant.parse("2003-12-01T00:00:00Z"), Dates.parse("2003-12").orElseThrow());
        assertEquals(Instant.parse("2004-07-11T17:00:00Z"), Dates.parse("Κυρ, 11 Ιούλ 2004 12:00:00 EST").orElseThrow());
        assertEquals(Instant.parse("2004-05-25T14:23:17Z"), Dates.parse("2004-05-25 오후 11:23:17").orElseThrow());
        assertTrue(Dates.parse("2003-12-31T25:14:55Z").isEmpty());
        assertTrue(Dates.parse("2013-01-28T11:30:00-06:00Textra").isEmpty());
        assertTrue(Dates.parse("Sun, 99 Jun 2009 12:00:00 GMT").isEmpty());
    }
}
