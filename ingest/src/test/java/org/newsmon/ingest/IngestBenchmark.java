package org.newsmon.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.newsmon.ingest.article.TextFingerprint;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.page.ExtractedPage;
import org.newsmon.ingest.page.PageExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of ingest's pure steps on the bundled demo documents: page extraction, feed parsing, fingerprints.
 * Run from the module directory after {@code test-compile}:
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main IngestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class IngestBenchmark {
    private String page;
    private String rss;
    private String atom;
    private String text;
    private final FeedParser parser = new FeedParser(200);

    @Setup
    public void load() throws IOException {
        String base = "http://127.0.0.1:8080";
        page = Files.readString(DemoWeb.DIR.resolve("pages/newsaz-to-lam-ends-baku-visit.html"), StandardCharsets.UTF_8)
                .replace("{{base}}", base);
        rss = Files.readString(DemoWeb.DIR.resolve("feeds/analysis.xml"), StandardCharsets.UTF_8).replace("{{base}}", base);
        atom = Files.readString(DemoWeb.DIR.resolve("feeds/vna.xml"), StandardCharsets.UTF_8).replace("{{base}}", base);
        text = PageExtractor.extract(page, URI.create(base + "/pages/n1.html")).text();
    }

    @Benchmark
    public ExtractedPage extractPage() {
        return PageExtractor.extract(page, URI.create("http://127.0.0.1:8080/pages/n1.html"));
    }

    @Benchmark
    public ParsedFeed parseRss() throws FeedParser.FeedParseException {
        return parser.parse(rss);
    }

    @Benchmark
    public ParsedFeed parseAtom() throws FeedParser.FeedParseException {
        return parser.parse(atom);
    }

    @Benchmark
    public ParsedFeed recoverSloppyRss() throws FeedParser.FeedParseException {
        return parser.parse(rss.replace("<channel>", "<channel>&nbsp;"));
    }

    @Benchmark
    public long simHash() {
        return TextFingerprint.simHash(text);
    }
}
