package org.newsmon.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsmon.core.Json;

/**
 * How many of the world's feeds ingest reads: runs {@link FeedParser} over the feedparser test suite in
 * {@code ../shared/testdata/feedparser} and counts, per suite, documents read by Rome, recovered by the lenient
 * parser, and refused; then scores the Rome-mappable checks of {@code rome_core_subset.jsonl} against what we read.
 * Usage: {@code FeedCorpusEval [testdata/feedparser]}.
 */
public final class FeedCorpusEval {
    /** Counts per suite: strict, recovered, failed; plus checks passed / total. */
    record Result(Map<String, int[]> bySuite, int checksPassed, int checksTotal) {
        int total(int column) {
            return bySuite.values().stream().mapToInt(c -> c[column]).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/testdata/feedparser");
        Result r = run(dir);
        r.bySuite().forEach((suite, c) -> System.out.printf("%-11s %5d documents: %5d Rome, %4d recovered, %4d refused%n",
                suite, c[0] + c[1] + c[2], c[0], c[1], c[2]));
        System.out.printf("all         %5d documents: %5d Rome, %4d recovered, %4d refused%n",
                r.total(0) + r.total(1) + r.total(2), r.total(0), r.total(1), r.total(2));
        System.out.printf("rome_core_subset checks on what we read: %d of %d pass%n", r.checksPassed(), r.checksTotal());
    }

    private static final boolean VERBOSE = Boolean.getBoolean("eval.verbose");

    static Result run(Path dir) throws IOException {
        FeedParser parser = new FeedParser(1000);
        Map<String, int[]> bySuite = new TreeMap<>();
        Map<String, ParsedFeed> parsed = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.jsonl"))) {
            JsonNode m = Json.MAPPER.readTree(line);
            String file = m.get("file").asText();
            JsonNode headers = m.get("http_headers");
            String contentType = headers == null ? null : headers.path("Content-type").asText(null);
            int[] counts = bySuite.computeIfAbsent(m.get("suite").asText(), s -> new int[3]);
            String xml = FeedParser.decode(Files.readAllBytes(dir.resolve(file)), contentType).text();
            try {
                ParsedFeed feed = parser.parse(xml);
                counts[feed.recovered() ? 1 : 0]++;
                parsed.put(file, feed);
            } catch (FeedParser.FeedParseException e) {
                counts[2]++;
                if (VERBOSE) {
                    System.out.println("REFUSED " + file + ": " + e.getMessage());
                }
            }
        }
        int passed = 0;
        int total = 0;
        for (String line : Files.readAllLines(dir.resolve("rome_core_subset.jsonl"))) {
            JsonNode m = Json.MAPPER.readTree(line);
            ParsedFeed feed = parsed.get(m.get("file").asText());
            for (JsonNode check : m.get("checks")) {
                String getter = check.path("rome_getter").asText();
                Object actual = actual(feed, getter, check.path("entry_index").asInt(0));
                if (actual == Unmapped.INSTANCE) {
                    continue;
                }
                total++;
                String expected = check.has("equals_utc_iso") ? check.get("equals_utc_iso").asText()
                        : check.get("equals").asText();
                if (getter.equals("SyndFeed.getLanguage()")) {
                    // ingest keeps the primary subtag only ("en-us" → "en"): that is what RawArticle carries
                    expected = PageExtractor.language(expected);
                }
                if (actual instanceof Instant instant) {
                    actual = instant.toString();
                }
                if (Objects.equals(normalise(expected), normalise((String) actual))) {
                    passed++;
                } else if (VERBOSE) {
                    System.out.println("MISMATCH " + m.get("file").asText() + " " + getter + " expected=" + expected
                            + " actual=" + actual);
                }
            }
        }
        return new Result(bySuite, passed, total);
    }

    private enum Unmapped { INSTANCE }

    /** The value we hold for a Rome getter; {@link Unmapped} for getters ingest does not read. */
    private static Object actual(ParsedFeed feed, String getter, int index) {
        List<String> mapped = List.of("SyndFeed.getTitle()", "SyndFeed.getLink()", "SyndFeed.getLanguage()",
                "SyndEntry.getTitle()", "SyndEntry.getLink()", "SyndEntry.getUri()", "SyndEntry.getAuthor()",
                "SyndEntry.getPublishedDate()", "SyndEntry.getDescription().getValue()");
        if (!mapped.contains(getter)) {
            return Unmapped.INSTANCE;
        }
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
            case "SyndEntry.getPublishedDate()" -> item.publishedAt();
            default -> item.summary();
        };
    }

    /** Our titles and summaries are plain text with spaces collapsed; compare the expected value the same way. */
    private static String normalise(String s) {
        return s == null ? null : FeedParser.plain(s) == null ? "" : FeedParser.plain(s);
    }
}
