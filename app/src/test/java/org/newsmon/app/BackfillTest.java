package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.app.replay.Backfill;
import org.newsmon.app.replay.DemoDocuments;
import org.newsmon.app.replay.LivePath;
import org.newsmon.app.replay.PipelineTopics;
import org.newsmon.app.replay.ProgressBar;
import org.newsmon.app.replay.Records;
import org.newsmon.app.replay.ReplaySummary;
import org.newsmon.app.replay.TestConfigs;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.RawArticle;
import org.newsmon.core.TopicAdmin;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.IngestService;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * Backfill on a real broker, against a live run of the same documents: the demo web polled by a real ingest (on
 * suffixed copies of the live topics) and run through the live enrich and alerts topologies. The same documents
 * saved as a directory and as a WARC file, backfilled into fresh topic sets, must give the same alerts.
 */
@ExtendWith(KafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillTest {
    private static final Instant SAVED_AT = Instant.parse("2025-06-10T08:00:00Z");
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private String bootstrap;
    private Path state;
    private DemoWeb demo;
    private Map<String, Alert> liveAlerts;
    private int liveArticles;

    @BeforeAll
    void runTheDemoLive(KafkaCluster kafka, @TempDir Path state) throws Exception {
        bootstrap = kafka.bootstrapServers();
        this.state = state;
        demo = DemoWeb.start();
        PipelineTopics live = PipelineTopics.suffixed(".bf-live");
        Config config = config("bf-live");
        TopicAdmin.ensureTopics(bootstrap, live.all(), 3, (short) 1);
        try (IngestService ingest = IngestService.withTopicSuffix(config, demo.feeds(), new SimpleMeterRegistry(), ".bf-live")) {
            ingest.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (Records.all(bootstrap, live.raw()).size() < DemoDocuments.PAGES.size() && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
        }
        liveArticles = Records.all(bootstrap, live.raw()).size();
        LivePath.run(config, live, "bf-live-enrich");
        liveAlerts = Records.latest(bootstrap, live.alerts());
        assertEquals(2, liveAlerts.size(), "the live run's two demo alerts: " + liveAlerts.keySet());
    }

    @AfterAll
    void stopTheDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void backfillOfSavedFeedsAndPagesGivesTheLiveRunsAlerts(@TempDir Path saved) throws Exception {
        DemoDocuments.writeDirectory(saved, demo.base());
        PipelineTopics topics = PipelineTopics.suffixed(".bf-dir");

        ReplaySummary summary = backfill("bf-dir", topics).run(List.of(saved), p -> {});

        assertEquals(liveArticles, summary.articles(), summary.toString());
        assertEquals(2, summary.alertsNew());
        assertSameAlerts(liveAlerts, Records.latest(bootstrap, topics.alerts()));
        assertPublicationTimesFromTheDocuments(topics);
    }

    @Test
    void backfillOfAWarcFileGivesTheLiveRunsAlerts(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("demo.warc.gz");
        DemoDocuments.writeWarc(warc, demo.base(), SAVED_AT);
        PipelineTopics topics = PipelineTopics.suffixed(".bf-warc");

        ReplaySummary summary = backfill("bf-warc", topics).run(List.of(warc), p -> {});

        assertEquals(liveArticles, summary.articles(), summary.toString());
        assertSameAlerts(liveAlerts, Records.latest(bootstrap, topics.alerts()));
        List<RawArticle> raw = Records.all(bootstrap, topics.raw()).stream().map(Map.Entry::getValue).toList();
        assertTrue(raw.stream().allMatch(a -> a.fetchedAt().equals(SAVED_AT)), "fetched at the WARC-Date, not now");
        assertPublicationTimesFromTheDocuments(topics);
    }

    @Test
    void backfillTwiceWritesNothingTheSecondTime(@TempDir Path saved) throws Exception {
        DemoDocuments.writeDirectory(saved, demo.base());
        PipelineTopics topics = PipelineTopics.suffixed(".bf-twice");
        ReplaySummary first = backfill("bf-twice", topics).run(List.of(saved), p -> {});
        int raw = Records.all(bootstrap, topics.raw()).size();
        int alerts = Records.all(bootstrap, topics.alerts()).size();

        ReplaySummary second = backfill("bf-twice", topics).run(List.of(saved), p -> {});

        assertEquals(liveArticles, first.articles());
        assertEquals(0, second.articles());
        assertEquals(liveArticles, second.alreadyDone());
        assertEquals(raw, Records.all(bootstrap, topics.raw()).size(), "no article written twice");
        assertEquals(alerts, Records.all(bootstrap, topics.alerts()).size(), "no alert revised or raised");
    }

    private void assertPublicationTimesFromTheDocuments(PipelineTopics topics) {
        Map<String, Instant> published = Records.all(bootstrap, topics.raw()).stream().map(Map.Entry::getValue)
                .collect(Collectors.toMap(RawArticle::url, RawArticle::publishedAt, (a, b) -> a, TreeMap::new));
        assertEquals(Instant.parse("2025-05-08T12:10:00Z"),
                published.get(demo.base() + "/pages/newsaz-to-lam-ends-baku-visit.html"), published.toString());
    }

    /** The same events with the same content; revision counts and times depend on arrival order and clock. */
    private static void assertSameAlerts(Map<String, Alert> expected, Map<String, Alert> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String key : expected.keySet()) {
            Alert e = expected.get(key);
            Alert a = actual.get(key);
            assertEquals(e.kind(), a.kind(), key);
            assertEquals(e.status(), a.status(), key);
            assertEquals(e.date(), a.date(), key);
            assertEquals(e.parties(), a.parties(), key);
            assertEquals(Set.copyOf(e.actors()), Set.copyOf(a.actors()), key);
            assertEquals(Set.copyOf(e.sectors()), Set.copyOf(a.sectors()), key);
            assertEquals(urls(e), urls(a), key);
            assertEquals(e.title(), a.title(), key);
        }
    }

    private static Set<String> urls(Alert alert) {
        return alert.sources().stream().map(AlertSource::url).collect(Collectors.toSet());
    }

    private Backfill backfill(String name, PipelineTopics topics) {
        Config config = config(name);
        return new Backfill(config, topics, Tagger.fromSettings(config), (label, total) -> new ProgressBar(label, total,
                new PrintStream(progress, true, StandardCharsets.UTF_8), false, Duration.ofSeconds(5), System::nanoTime));
    }

    private Config config(String name) {
        Map<String, String> values = new HashMap<>();
        values.put(CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrap);
        values.put(CommonSettings.STATE_DIR.name(), state.resolve(name).toString());
        values.put(CommonSettings.HTTP_PORT.name(), "0");
        values.put("alerts.application.id", name + "-alerts");
        values.put("ingest.host.min.delay", "0s");
        return TestConfigs.of(values);
    }
}
