package org.newsmon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FeedParserTest {
    private static final Path MALICIOUS = Path.of("../../shared/testdata/malicious-xml");
    private final FeedParser parser = new FeedParser(200);

    static String resource(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void refusesDeeplyNestedElementsInLinearTime() {
        // jdom2's builder took 7 s for 80,000 levels and did not finish 1,000,000 in two minutes
        int levels = 500_000;
        String xml = "<rss version=\"2.0\"><channel><title>Sâu</title>" + "<x>".repeat(levels) + "</x>".repeat(levels)
                + "</channel></rss>";
        long start = System.nanoTime();
        FeedParser.FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(FeedParser.FeedParseException.class, () -> parser.parse(xml)));
        assertEquals("not a readable feed: elements nested deeper than 1000", e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused within 2 s");
    }

    @Test
    void readsAFeedNestedToTheLimit() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>Sâu</title><item><title>Tô Lâm</title><description>"
                + "<x>".repeat(990) + "</x>".repeat(990) + "</description></item></channel></rss>";
        assertEquals("Tô Lâm", parser.parse(xml).items().get(0).title());
    }

    @Test
    void stopsParsingWhenItsThreadIsInterrupted() {
        String xml = "<rss version=\"2.0\"><channel><title>Bakı</title></channel></rss>";
        Thread.currentThread().interrupt();
        try {
            FeedParser.FeedParseException e = assertThrows(FeedParser.FeedParseException.class, () -> parser.parse(xml));
            assertTrue(e.getMessage().contains("parsing interrupted"), e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    @Timeout(10)
    void neutralisesBillionLaughsAndExternalEntities() throws Exception {
        ParsedFeed feed = parser.parse(resource("billion-laughs-rss.xml"));
        assertTrue(feed.recovered(), "Rome refuses the DOCTYPE; the lenient parser reads it without expanding");
        assertFalse(feed.title().contains("lollol"), feed.title());
        ParsedFeed.Item item = feed.items().get(0);
        assertFalse(item.title().contains("root:"), item.title());
        assertEquals("https://evil.example/1", item.link());
    }

    @Test
    void recoversASloppyFeedWithHtmlEntitiesBareAmpersandsAndTrailingJunk() throws Exception {
        assertThrows(FeedParser.FeedParseException.class, () -> parser.parseStrict(resource("sloppy-rss.xml")));
        ParsedFeed feed = parser.parse(resource("sloppy-rss.xml"));
        assertTrue(feed.recovered());
        assertEquals("rss_2.0+recovered", feed.format());
        assertEquals("Baku & Hanoi News \u00a0— daily".replace('\u00a0', ' ').replaceAll("\\s+", " "),
                feed.title().replace('\u00a0', ' ').replaceAll("\\s+", " "));
        assertEquals("en", feed.language());
        ParsedFeed.Item item = feed.items().get(0);
        assertEquals("sloppy-1", item.id());
        assertEquals("Trade & energy: Azerbaijan and Vietnam", item.title());
        assertEquals("https://sloppy.example/a?x=1&y=2", item.link());
        assertEquals(Instant.parse("2025-05-08T12:10:00Z"), item.publishedAt());
        assertEquals("Oil & gas … and more", item.summary());
    }

    @Test
    void refusesADocumentThatIsNoFeed() {
        FeedParser.FeedParseException e = assertThrows(FeedParser.FeedParseException.class,
                () -> parser.parse("<html><body><p>Привет</p></body></html>"));
        assertTrue(e.getMessage().startsWith("not a readable feed"), e.getMessage());
    }

    @Test
    void capsTheItemsReadFromOneFeed() throws Exception {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Много</title>");
        for (int i = 0; i < 50; i++) {
            xml.append("<item><title>№").append(i).append("</title><guid>g").append(i).append("</guid></item>");
        }
        ParsedFeed feed = new FeedParser(10).parse(xml.append("</channel></rss>").toString());
        assertEquals(10, feed.items().size());
        assertEquals(40, feed.itemsDropped());
    }

    @Test
    void readsWindows1252BytesThatClaimToBeUtf8AndSaysSo() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        FeedParser.Decoded decoded = FeedParser.decode(body, "application/rss+xml");
        assertTrue(decoded.malformed());
        assertTrue(decoded.text().contains("café"), decoded.text());
    }

    static Stream<Path> maliciousFiles() throws IOException {
        if (!Files.isDirectory(MALICIOUS)) {
            return Stream.of(Path.of("absent"));
        }
        return Stream.concat(Files.list(MALICIOUS.resolve("defusedxml/xmltestdata")), Files.list(MALICIOUS.resolve("payloadsallthethings")))
                .filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    private static final Pattern DOCTYPE = Pattern.compile("(?s)<!DOCTYPE.*?(\\]\\s*>|>)");
    private static final Pattern ENTITY_REF = Pattern.compile("&(\\w+);");

    /** Each payload's DOCTYPE wrapped into an RSS feed whose title and item use its entity (EXPECTED.md). */
    @ParameterizedTest
    @MethodSource("maliciousFiles")
    @Timeout(10)
    void neutralisesEveryMaliciousXmlPayloadWrappedInAFeed(Path file) throws Exception {
        assumeTrue(Files.isDirectory(MALICIOUS), "../shared/testdata is absent");
        String payload = Files.readString(file, StandardCharsets.UTF_8);
        Matcher doctype = DOCTYPE.matcher(payload);
        if (!doctype.find()) {
            return; // a benign control without DOCTYPE: nothing to wrap
        }
        Matcher ref = ENTITY_REF.matcher(payload.substring(doctype.end()));
        String entity = ref.find() ? "&" + ref.group(1) + ";" : "";
        String feed = "<?xml version=\"1.0\"?>\n" + doctype.group() + "\n<rss version=\"2.0\"><channel><title>T "
                + entity + "</title><item><title>I " + entity + "</title><guid>g</guid></item></channel></rss>";
        try {
            ParsedFeed parsed = parser.parse(feed);
            String text = parsed.title() + " " + parsed.items().get(0).title();
            for (String leak : List.of("1234567890", "dosdos", "root:", "lollol", "<note>", "123 123")) {
                assertFalse(text.contains(leak), file + " expanded: " + text);
            }
            assertTrue(text.length() < 200, file + " expanded: " + text.length() + " chars");
        } catch (FeedParser.FeedParseException refused) {
            // refusing is as good as neutralising
        }
    }
}
