package org.newsmon.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.app.ConfigOptions;
import org.newsmon.app.eval.FeedCorpusEval;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.Json;
import org.newsmon.enrich.EnrichSettings;
import org.newsmon.kafka.EmbeddedKafka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the pipeline (a benchmark, not a test) and prints a table and one JSON line: "
                + "throughput through enrich and alerts against a bare producer on the same broker, added latency at a "
                + "low and at half the maximum rate, extraction speed and F1 on each corpus, feed-parsing score, tagger MB/s per core, feed polls per minute.",
                "With no --bootstrap-servers it starts a fresh embedded broker in a temporary directory. On a cluster of "
                        + "your own it writes to the pipeline's topics under application ids of its own: use a test cluster."})
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--quick", description = "a run under a minute (small samples: figures are rough)")
    boolean quick;

    @Option(names = "--extraction-dev", defaultValue = "../shared/testdata/extraction-dev",
            description = "extraction corpus (html/<id>.html.gz + ground-truth.json); skipped when absent (default: ${DEFAULT-VALUE})")
    Path extractionDev;

    @Option(names = "--extraction-dev2", defaultValue = "../shared/testdata/extraction-dev2",
            description = "second extraction corpus (html/<id>.html.gz + expectations.jsonl, trafilatura's snippet "
                    + "metric); skipped when absent (default: ${DEFAULT-VALUE})")
    Path extractionDev2;

    @Option(names = "--feedparser", defaultValue = "../shared/testdata/feedparser",
            description = "feed corpus (manifest.jsonl + rome_core_subset.jsonl) that ingest's feed parser is scored on; "
                    + "skipped when absent (default: ${DEFAULT-VALUE})")
    Path feedparser;

    @Option(names = "--articles", description = "articles in the throughput phase (default: 200 with --quick, 3000 without)")
    Integer articles;

    /** Sizes of one run. */
    record Plan(PipelineBench.Plan pipeline, Duration tagger, int extractionRounds, int feeds, Duration polling) {
        static final Plan QUICK = new Plan(new PipelineBench.Plan(200, 20, Duration.ofSeconds(2), 10),
                Duration.ofSeconds(1), 0, 1_000, Duration.ofSeconds(3));
        static final Plan FULL = new Plan(new PipelineBench.Plan(3_000, 20, Duration.ofSeconds(20), 10),
                Duration.ofSeconds(10), 3, 10_000, Duration.ofSeconds(30));
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = quick ? Plan.QUICK : Plan.FULL;
        if (articles != null) {
            var p = plan.pipeline();
            plan = new Plan(new PipelineBench.Plan(articles, p.lowRate(), p.latencyPhase(), p.alertEvery()), plan.tagger(),
                    plan.extractionRounds(), plan.feeds(), plan.polling());
        }
        PrintStream out = System.out;
        String runId = "b" + Long.toString(System.currentTimeMillis(), 36);
        Path work = Files.createTempDirectory("newsmon-bench");
        EmbeddedKafka kafka = null;
        try {
            Map<String, String> defaults = new HashMap<>();
            if (options.bootstrapServers == null) {
                kafka = EmbeddedKafka.start(work.resolve("kafka"), 0, "--bootstrap-servers");
                defaults.put(CommonSettings.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers());
            }
            defaults.put(CommonSettings.STATE_DIR.name(), work.resolve("streams").toString());
            defaults.put(EnrichSettings.APPLICATION_ID.name(), "newsmon-bench-" + runId + "-enrich");
            defaults.put(AlertsSettings.APPLICATION_ID.name(), "newsmon-bench-" + runId + "-alerts");
            Config config = options.load(defaults);
            out.println("newsmon bench" + (quick ? " --quick" : "") + " on Kafka " + config.get(CommonSettings.BOOTSTRAP_SERVERS)
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores");

            ComponentBench.TaggerResult tagger = ComponentBench.tagger(plan.tagger());
            List<ComponentBench.ExtractionResult> extraction = new ArrayList<>();
            for (Path corpus : List.of(extractionDev, extractionDev2)) {
                ComponentBench.extraction(corpus, id -> true, 1 + plan.extractionRounds(), true).ifPresent(extraction::add);
            }
            Optional<FeedCorpusEval.Result> feeds = Files.isRegularFile(feedparser.resolve("manifest.jsonl"))
                    ? Optional.of(FeedCorpusEval.run(feedparser)) : Optional.empty();
            PipelineBench.Result pipeline = new PipelineBench(config, runId, plan.pipeline().alertEvery()).run(plan.pipeline());
            PollingBench.Result polling = PollingBench.run(config.get(CommonSettings.BOOTSTRAP_SERVERS), plan.feeds(), plan.polling());

            printTable(out, pipeline, tagger, extraction, feeds, polling);
            out.println(json(quick, pipeline, tagger, extraction, feeds, polling));
            return 0;
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            deleteTree(work);
        }
    }

    static void printTable(PrintStream out, PipelineBench.Result p, ComponentBench.TaggerResult t,
                           List<ComponentBench.ExtractionResult> x, Optional<FeedCorpusEval.Result> c,
                           PollingBench.Result f) {
        out.println();
        row(out, "measure", "value");
        row(out, "-------", "-----");
        row(out, "bare producer, 5 KB records", fmt("%.0f records/s, %.2f ms CPU each", p.baselinePerSecond(),
                p.baselineCpuMs()));
        row(out, "pipeline raw→enriched→alerts", fmt("%.0f articles/s, %.2f ms CPU each (%d articles)",
                p.pipelinePerSecond(), p.pipelineCpuMs(), p.articles()));
        row(out, "  bare producer CPU per record", cpuByPart(p.baselineCpuByPart()));
        row(out, "  pipeline CPU per article", cpuByPart(p.pipelineCpuByPart()));
        row(out, "throughput ratio (goal ≥ 0.5)", fmt("%.3f", p.ratio()));
        latencyRows(out, "low rate", p.low());
        latencyRows(out, "half max rate", p.half());
        if (x.isEmpty()) {
            row(out, "extraction", "skipped (no extraction corpus)");
        }
        for (ComponentBench.ExtractionResult e : x) {
            row(out, "extraction (" + e.corpus() + ")", fmt("%.0f pages/s, %s %.3f (P %.3f, R %.3f, %d pages, %d failed)",
                    e.pagesPerSecond(), e.metric(), e.f1(), e.precision(), e.recall(), e.pages(), e.failed()));
        }
        row(out, "feed parsing (feedparser corpus)", c.map(r -> fmt("%d of %d read (%d Rome, %d recovered), %d uncaught; "
                + "%d of %d checks met (%.1f%%)", r.readByRome() + r.recovered(), r.documents(), r.readByRome(),
                r.recovered(), r.uncaught(), r.checksPassed(), r.checksTotal(), 100 * r.checkShare()))
                .orElse("skipped (no feedparser corpus)"));
        row(out, "tagger", fmt("%.2f MB/s per core (%d articles of 5 KB)", t.megabytesPerCoreSecond(), t.articles()));
        row(out, "feed polling", fmt("%.0f feeds/min of %d feeds (%.0f%% answered 304), heap used %.0f MB",
                f.feedsPerMinute(), f.feeds(), 100 * f.notModifiedShare(), f.heapUsedMb()));
    }

    private static String cpuByPart(Map<String, Double> ms) {
        StringBuilder b = new StringBuilder();
        ms.forEach((part, v) -> b.append(b.isEmpty() ? "" : " · ").append(fmt("%s %.2f", part, v)));
        return b.append(" ms").toString();
    }

    private static void latencyRows(PrintStream out, String label, PipelineBench.Latency l) {
        row(out, "latency to enriched, " + label, fmt("p50 %.0f / p95 %.0f / p99 %.0f ms at %.0f/s", l.enriched().p50(),
                l.enriched().p95(), l.enriched().p99(), l.rate()));
        row(out, "latency to alerts, " + label, fmt("p50 %.0f / p95 %.0f / p99 %.0f ms at %.0f/s", l.alerts().p50(),
                l.alerts().p95(), l.alerts().p99(), l.rate()));
    }

    private static void row(PrintStream out, String name, String value) {
        out.printf("| %-36s | %s |%n", name, value);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String json(boolean quick, PipelineBench.Result p, ComponentBench.TaggerResult t,
                       List<ComponentBench.ExtractionResult> x, Optional<FeedCorpusEval.Result> c,
                       PollingBench.Result f) throws JsonProcessingException {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("bench", quick ? "quick" : "full");
        j.put("baselineRecordsPerSecond", round(p.baselinePerSecond()));
        j.put("pipelineArticlesPerSecond", round(p.pipelinePerSecond()));
        j.put("throughputRatio", Math.round(p.ratio() * 1000) / 1000.0);
        j.put("baselineCpuMsPerRecord", Math.round(p.baselineCpuMs() * 100) / 100.0);
        j.put("pipelineCpuMsPerArticle", Math.round(p.pipelineCpuMs() * 100) / 100.0);
        j.put("baselineCpuMsByPart", rounded(p.baselineCpuByPart()));
        j.put("pipelineCpuMsByPart", rounded(p.pipelineCpuByPart()));
        j.put("latencyLow", latency(p.low()));
        j.put("latencyHalfMax", latency(p.half()));
        // the first corpus under the keys it always had, each corpus in "extractionCorpora"
        if (!x.isEmpty()) {
            j.put("extractionPagesPerSecond", round(x.get(0).pagesPerSecond()));
            j.put("extractionF1", Math.round(x.get(0).f1() * 1000) / 1000.0);
            j.put("extractionCorpora", x.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("corpus", e.corpus());
                m.put("metric", e.metric());
                m.put("pages", e.pages());
                m.put("failed", e.failed());
                m.put("pagesPerSecond", round(e.pagesPerSecond()));
                m.put("f1", Math.round(e.f1() * 1000) / 1000.0);
                m.put("precision", Math.round(e.precision() * 1000) / 1000.0);
                m.put("recall", Math.round(e.recall() * 1000) / 1000.0);
                return m;
            }).toList());
        }
        c.ifPresent(r -> {
            j.put("feedCorpusDocumentsRead", r.readByRome() + r.recovered());
            j.put("feedCorpusDocuments", r.documents());
            j.put("feedCorpusUncaught", r.uncaught());
            j.put("feedCorpusCheckShare", Math.round(r.checkShare() * 1000) / 1000.0);
        });
        j.put("taggerMegabytesPerCoreSecond", Math.round(t.megabytesPerCoreSecond() * 100) / 100.0);
        j.put("feedsPolledPerMinute", round(f.feedsPerMinute()));
        j.put("feeds", f.feeds());
        j.put("pollingHeapUsedMb", round(f.heapUsedMb()));
        return Json.MAPPER.writeValueAsString(j);
    }

    private static Map<String, Object> latency(PipelineBench.Latency l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rate", round(l.rate()));
        m.put("enrichedP50Ms", round(l.enriched().p50()));
        m.put("enrichedP95Ms", round(l.enriched().p95()));
        m.put("enrichedP99Ms", round(l.enriched().p99()));
        m.put("alertsP50Ms", round(l.alerts().p50()));
        m.put("alertsP95Ms", round(l.alerts().p95()));
        m.put("alertsP99Ms", round(l.alerts().p99()));
        return m;
    }

    private static Map<String, Double> rounded(Map<String, Double> ms) {
        Map<String, Double> out = new LinkedHashMap<>();
        ms.forEach((part, v) -> out.put(part, Math.round(v * 100) / 100.0));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
