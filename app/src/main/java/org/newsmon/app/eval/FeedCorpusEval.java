package org.newsmon.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsmon.core.Json;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.page.PageExtractor;

/**
 * How many of the world's feeds ingest reads: runs {@link FeedParser} over the feedparser test suite
 * ({@code ../shared/testdata/feedparser}, see its README) and counts documents read by Rome, recovered by the lenient
 * parser, refused with a {@code FeedParseException}, and uncaught (any other exception: a bug, counted and printed,
 * never the end of the run); then scores the checks of {@code rome_core_subset.jsonl} that have a {@link ParsedFeed}
 * equivalent against what was read. Usage: {@code FeedCorpusEval [testdata/feedparser dir]}; {@code -Deval.verbose=true}
 * prints every refused document and every failed check.
 *
 * <p>Two checks are not met, on purpose: an Atom 0.3 entry with both {@code <issued>} and a (0.3-foreign)
 * {@code <published>}, where feedparser takes whichever comes last and Rome, like the 0.3 spec, reads {@code issued};
 * and an RSS item with a non-standard {@code <summary>} beside its {@code <description>}, where feedparser makes the
 * summary the summary and Rome keeps the description (RSS's own field).
 */
public final class FeedCorpusEval {
    private FeedCorpusEval() {}

    /**
     * One run's counts. {@code documents = readByRome + recovered + refused + uncaught}.
     *
     * @param checksPassed of {@code checksTotal}, the rome_core_subset expectations met
     */
    public record Result(int documents, int readByRome, int recovered, int refused, int uncaught, int checksPassed,
                         int checksTotal) {
        /** checksPassed / checksTotal, 0 when there are no checks. */
        public double checkShare() {
            return checksTotal == 0 ? 0 : (double) checksPassed / checksTotal;
        }
    }

    /** feedparser's test server serves the suite here: the documents' URI, against which relative links resolve. */
    private static final URI SERVED_AT = URI.create("http://127.0.0.1:8097/");

    private static final boolean VERBOSE = Boolean.getBoolean("eval.verbose");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/testdata/feedparser");
        Result r = run(dir);
        System.out.printf("feedparser corpus: %d documents: %d Rome, %d recovered, %d refused, %d uncaught%n",
                r.documents(), r.readByRome(), r.recovered(), r.refused(), r.uncaught());
        System.out.printf("rome_core_subset checks on what we read: %d of %d pass (%.1f %%)%n",
                r.checksPassed(), r.checksTotal(), 100 * r.checkShare());
    }

    /**
     * Reads every document of {@code dir/manifest.jsonl} and scores {@code dir/rome_core_subset.jsonl}.
     *
     * @throws IOException when the manifest or the subset file cannot be read
     */
    public static Result run(Path dir) throws IOException {
        FeedParser parser = new FeedParser(1000);
        int rome = 0;
        int recovered = 0;
        int refused = 0;
        int uncaught = 0;
        Map<String, ParsedFeed> parsed = new HashMap<>();
        List<String> manifest = Files.readAllLines(dir.resolve("manifest.jsonl"));
        for (String line : manifest) {
            JsonNode m = Json.MAPPER.readTree(line);
            String file = m.get("file").asText();
            try {
                ParsedFeed feed = read(parser, dir, file, m.path("http_headers"));
                if (feed.recovered()) {
                    recovered++;
                } else {
                    rome++;
                }
                parsed.put(file, feed);
            } catch (FeedParser.FeedParseException e) {
                refused++;
                if (VERBOSE) {
                    System.out.println("REFUSED " + file + ": " + e.getMessage());
                }
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // a bug in the parser (or an unreadable file): count it and go on with the next document
                uncaught++;
                System.out.println("UNCAUGHT " + file + ": " + e);
            }
        }
        int passed = 0;
        int total = 0;
        for (String line : Files.readAllLines(dir.resolve("rome_core_subset.jsonl"))) {
            JsonNode m = Json.MAPPER.readTree(line);
            ParsedFeed feed = parsed.get(m.get("file").asText());
            for (JsonNode check : m.path("checks")) {
                String getter = check.path("rome_getter").asText();
                if (!MAPPED.contains(getter)) {
                    continue;
                }
                total++;
                String expected = check.has("equals_utc_iso") ? check.get("equals_utc_iso").asText()
                        : check.get("equals").asText();
                String actual = actual(feed, getter, check.path("entry_index").asInt(0));
                if (meets(getter, expected, actual)) {
                    passed++;
                } else if (VERBOSE) {
                    System.out.println("MISMATCH " + m.get("file").asText() + " " + getter + " expected=" + expected
                            + " actual=" + actual);
                }
            }
        }
        return new Result(manifest.size(), rome, recovered, refused, uncaught, passed, total);
    }

    /** A document decoded and parsed as a poller would: HTTP Content-Type, Content-Location and Content-Language. */
    private static ParsedFeed read(FeedParser parser, Path dir, String file, JsonNode headers)
            throws IOException, FeedParser.FeedParseException {
        String contentType = headers.path("Content-type").asText(null);
        String xml = FeedParser.decode(Files.readAllBytes(dir.resolve(file)), contentType).text();
        URI documentUri = SERVED_AT.resolve(file);
        String location = headers.path("Content-Location").asText(null);
        return parser.parse(xml, FeedParser.baseUri(documentUri, location), headers.path("Content-Language").asText(null));
    }

    /**
     * The Rome getters ParsedFeed has an equivalent for. The others in the subset (feed description, copyright,
     * author, image, entry categories, contents, updated date, ...) are fields ingest does not keep, so they do not
     * count.
     */
    private static final List<String> MAPPED = List.of("SyndFeed.getTitle()", "SyndFeed.getLink()",
            "SyndFeed.getLanguage()", "SyndEntry.getTitle()", "SyndEntry.getLink()", "SyndEntry.getUri()",
            "SyndEntry.getAuthor()", "SyndEntry.getPublishedDate()", "SyndEntry.getDescription().getValue()");

    private static final List<String> TEXT = List.of("SyndFeed.getTitle()", "SyndEntry.getTitle()",
            "SyndEntry.getAuthor()", "SyndEntry.getDescription().getValue()");

    /**
     * Whether what we read meets feedparser's expectation. Links, ids, dates and languages must be equal (languages
     * compared by primary subtag, "en-us" → "en": that is what ingest keeps). Titles, summaries and authors are plain
     * text in ParsedFeed, while feedparser's value is HTML for an HTML-typed element and the raw text for a text-typed
     * one, and the manifest does not say which; so the expected value may be read either way, and ours is compared
     * with spaces collapsed.
     */
    private static boolean meets(String getter, String expected, String actual) {
        if (getter.equals("SyndFeed.getLanguage()")) {
            return Objects.equals(PageExtractor.language(expected), actual);
        }
        if (!TEXT.contains(getter)) {
            return Objects.equals(expected, actual);
        }
        String ours = collapse(actual);
        String asHtml = FeedParser.plain(expected);
        return ours.equals(asHtml == null ? "" : asHtml) || ours.equals(collapse(expected));
    }

    private static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** The value we hold for a Rome getter; null when we hold none. */
    private static String actual(ParsedFeed feed, String getter, int index) {
        if (feed == null) {
            return null;
        }
        if (getter.startsWith("SyndFeed")) {
            return switch (getter) {
                case "SyndFeed.getTitle()" -> feed.title();
                case "SyndFeed.getLink()" -> feed.link();
                default -> feed.language();
            };
        }
        if (feed.items().size() <= index) {
            return null;
        }
        ParsedFeed.Item item = feed.items().get(index);
        return switch (getter) {
            case "SyndEntry.getTitle()" -> item.title();
            case "SyndEntry.getLink()" -> item.link();
            case "SyndEntry.getUri()" -> item.id();
            case "SyndEntry.getAuthor()" -> item.author();
            case "SyndEntry.getPublishedDate()" -> item.publishedAt() == null ? null : item.publishedAt().toString();
            default -> item.summary();
        };
    }
}
