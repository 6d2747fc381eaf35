package org.newsmon.app.replay;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.core.TopicAdmin;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ArchivedArticles;
import org.newsmon.kafka.EmbeddedKafka;

/**
 * The replay rate on the embedded broker: N archived articles (the demo web's nine pages and six feeds, copied under
 * N/9 hosts), replayed {@code --from archive} and {@code --from raw} to a named target, end to end (reading, parsing,
 * tagging, transactional writes, the alerts stage until caught up). A benchmark, not a test: run it by hand, with
 * the test classpath ({@code mvn -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test}):
 * <pre>java -cp "app/target/test-classes:app/target/classes:$(cat cp.txt)" org.newsmon.app.replay.ReplayBenchmark 10000 [WATCH]</pre>
 */
public final class ReplayBenchmark {
    private ReplayBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("newsmon-bench");
        PrintStream out = System.out;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, "port")) {
            // The copies all report the demo's two events: watched as they are, 1,100 reports of one event would
            // grow its alerts state record past Kafka's 1 MiB limit (the alerts store keeps every report). Watching
            // a pair nobody mentions keeps the tagging work identical and the alerts stage a pass-through.
            String watch = args.length > 1 ? args[1] : "CN,BY";
            Config config = TestConfigs.of(Map.of(CommonSettings.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers(),
                    CommonSettings.STATE_DIR.name(), dir.resolve("streams").toString(), "watch.countries", watch));
            PipelineTopics live = PipelineTopics.live();
            TopicAdmin.ensureTopics(kafka.bootstrapServers(), live.all(), 3, (short) 1);
            Instant at = Instant.parse("2025-06-10T08:00:00Z");
            List<FetchedDocument> documents = new ArrayList<>();
            for (int host = 0; host * DemoDocuments.PAGES.size() < articles; host++) {
                documents.addAll(DemoDocuments.fetched("http://outlet" + host + ".newsmon.test", at));
            }
            Map<String, FetchedDocument> archive = new LinkedHashMap<>();
            documents.forEach(d -> archive.put(d.url(), d));
            Records.write(kafka.bootstrapServers(), live.archive(), archive);
            Map<String, RawArticle> raw = new LinkedHashMap<>();
            new ArchivedArticles(config).build(documents, false).articles().forEach(a -> raw.put(a.id(), a));
            Records.write(kafka.bootstrapServers(), live.raw(), raw);
            out.printf("%d archived documents, %d articles%n", archive.size(), raw.size());
            documents = null;
            archive.clear();

            for (Replayer.Source source : List.of(Replayer.Source.ARCHIVE, Replayer.Source.RAW)) {
                Replayer replayer = new Replayer(config, live, Tagger.fromSettings(config), (label, total) ->
                        new ProgressBar(label, total, System.err, false, Duration.ofSeconds(5), System::nanoTime));
                long start = System.nanoTime();
                ReplaySummary summary = replayer.replay(new Replayer.Request(source, Instant.EPOCH, null,
                        "bench-" + source.name().toLowerCase(), false));
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("replay --from %s: %d articles in %.1f s = %.0f articles/s (%s)%n", source.name().toLowerCase(),
                        summary.articles(), seconds, summary.articles() / seconds, summary.describe("bench"));
            }
        }
    }
}
