package org.newsmon.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.core.TopicAdmin;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ArchivedArticles;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * Replay on a real broker. The "live" pipeline here is a suffixed copy of the live topics (so other tests sharing
 * the broker keep theirs): the demo documents archived and their articles in raw, as ingest leaves them, then the
 * live enrich and alerts topologies run over them. Replays then change a rule (an entry added to the gazetteer).
 */
@ExtendWith(KafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayTest {
    private static final String BASE = "http://demo.newsmon.test";
    private static final Instant FETCHED = Instant.parse("2025-06-10T08:00:00Z");
    private static final Instant SINCE = Instant.parse("2000-01-01T00:00:00Z");

    private final PipelineTopics live = PipelineTopics.suffixed(".replaytest");
    private final ByteArrayOutputStream progressOut = new ByteArrayOutputStream();
    private String bootstrap;
    private Path state;
    private Config liveConfig;
    private int articleCount;
    private Map<String, EnrichedArticle> liveEnriched;
    private Map<String, Alert> liveAlerts;

    @BeforeAll
    void runTheLivePipeline(KafkaCluster kafka, @TempDir Path state) {
        this.bootstrap = kafka.bootstrapServers();
        this.state = state;
        liveConfig = config(Map.of());
        TopicAdmin.ensureTopics(bootstrap, live.all(), 3, (short) 1);
        List<FetchedDocument> documents = DemoDocuments.fetched(BASE, FETCHED);
        Map<String, FetchedDocument> archive = new LinkedHashMap<>();
        documents.forEach(d -> archive.put(d.url(), d));
        Records.write(bootstrap, live.archive(), archive);
        Map<String, RawArticle> raw = new LinkedHashMap<>();
        new ArchivedArticles(liveConfig).build(documents, false).articles().forEach(a -> raw.put(a.id(), a));
        articleCount = raw.size();
        Records.write(bootstrap, live.raw(), raw);
        LivePath.run(liveConfig, live, "replaytest-enrich");
        liveEnriched = Records.latest(bootstrap, live.enriched());
        liveAlerts = Records.latest(bootstrap, live.alerts());
        assertEquals(9, articleCount, "the demo's nine articles");
        assertEquals(2, liveAlerts.size(), "the demo's visit and agreement: " + liveAlerts.keySet());
        assertFalse(hasCybercrimeDesk(liveEnriched), "the bundled gazetteer has no cybercrime entry");
    }

    @Test
    void replayToNameShowsTheChangedTaggingAndLeavesTheLiveTopicsUntouched() throws Exception {
        Config changed = config(Map.of("enrich.gazetteer.file", gazetteerWithCybercrimeDesk().toString()));
        long liveEnrichedRecords = Records.all(bootstrap, live.enriched()).size();
        long liveAlertRecords = Records.all(bootstrap, live.alerts()).size();

        ReplaySummary summary = replayer(changed).replay(new Replayer.Request(Replayer.Source.RAW, SINCE, null, "cmpraw", false));

        ReplayTarget target = ReplayTarget.of("cmpraw", live, "unused");
        Map<String, EnrichedArticle> replayed = Records.latest(bootstrap, target.enriched());
        assertEquals(liveEnriched.keySet(), replayed.keySet(), "every article replayed");
        assertTrue(hasCybercrimeDesk(replayed), "the new entry tags cybercrime in N1");
        Map<String, Alert> alerts = Records.latest(bootstrap, target.alerts());
        assertEquals(liveAlerts.keySet(), alerts.keySet(), "the same two events, same stable keys");
        assertEquals(new ReplaySummary(articleCount, 0, summary.events(), 0, 2, summary.alertsRevised(), true), summary);

        assertEquals(liveEnrichedRecords, Records.all(bootstrap, live.enriched()).size(), "live enriched untouched");
        assertEquals(liveAlertRecords, Records.all(bootstrap, live.alerts()).size(), "live alerts untouched");
        assertFalse(hasCybercrimeDesk(Records.latest(bootstrap, live.enriched())));
    }

    @Test
    void replayFromTheArchiveReparsesTheDocuments() throws Exception {
        Config changed = config(Map.of("enrich.gazetteer.file", gazetteerWithCybercrimeDesk().toString()));
        ReplaySummary summary = replayer(changed).replay(
                new Replayer.Request(Replayer.Source.ARCHIVE, SINCE, null, "cmparchive", false));

        ReplayTarget target = ReplayTarget.of("cmparchive", live, "unused");
        Map<String, EnrichedArticle> replayed = Records.latest(bootstrap, target.enriched());
        assertEquals(liveEnriched.keySet(), replayed.keySet());
        assertTrue(hasCybercrimeDesk(replayed));
        assertEquals(liveAlerts.keySet(), Records.latest(bootstrap, target.alerts()).keySet());
        assertEquals(articleCount, summary.articles());
        assertTrue(summary.completed());
    }

    @Test
    void replayToLiveTwiceRevisesNothingAndDuplicatesNothing() {
        ReplaySummary first = replayer(liveConfig).replay(new Replayer.Request(Replayer.Source.RAW, SINCE, null, "live", false));
        Map<String, Alert> afterFirst = Records.latest(bootstrap, live.alerts());
        ReplaySummary second = replayer(liveConfig).replay(new Replayer.Request(Replayer.Source.RAW, SINCE, null, "live", true));
        Map<String, Alert> afterSecond = Records.latest(bootstrap, live.alerts());

        assertEquals(articleCount, first.articles());
        assertEquals(articleCount, second.articles(), "--fresh replays the whole window again");
        assertEquals(0, first.alertsNew() + second.alertsNew(), "the live alerts state knows both events");
        assertEquals(liveAlerts.keySet(), afterFirst.keySet());
        assertEquals(liveAlerts, afterSecond, "same alerts, same revisions: nothing new was reported");
        long records = Records.all(bootstrap, live.alerts()).stream().map(Map.Entry::getKey).distinct().count();
        assertEquals(2, records, "no third key ever written");
    }

    @Test
    void theSameReplayAgainFindsItsWorkDoneAndAnInterruptedOneResumes() {
        Replayer.Request request = new Replayer.Request(Replayer.Source.ARCHIVE, SINCE, null, "resume", false);
        Replayer[] running = new Replayer[1];
        // stop as soon as the first batch is committed: the progress display hears of each commit
        PrintStream stopper = new PrintStream(progressOut, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                super.println(line);
                if (line.startsWith("replay") && !line.contains(" 0/")) {
                    running[0].stop();
                }
            }
        };
        running[0] = new Replayer(liveConfig, live, Tagger.fromSettings(liveConfig),
                (label, total) -> new ProgressBar(label, total, stopper, false, Duration.ZERO, System::nanoTime)).batchSize(2);
        ReplaySummary partial = running[0].replay(request);
        assertFalse(partial.completed());
        assertEquals(2, partial.articles(), "one batch of two");

        ReplaySummary resumed = replayer(liveConfig).replay(request);
        assertEquals(2, resumed.alreadyDone());
        assertEquals(articleCount - 2, resumed.articles());
        assertTrue(resumed.completed());

        // "--since 30d" names a later instant on every run: the same command must still find its work done
        ReplaySummary again = replayer(liveConfig).replay(
                new Replayer.Request(Replayer.Source.ARCHIVE, SINCE.plusSeconds(60), null, "resume", false));
        assertEquals(0, again.articles(), "a finished window has nothing left");
        assertEquals(Set.copyOf(liveEnriched.keySet()),
                Records.latest(bootstrap, ReplayTarget.of("resume", live, "x").enriched()).keySet());
    }

    @Test
    void plainProgressLinesWhenNotOnATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] now = {0};
        ProgressBar bar = new ProgressBar("replay", 100, new PrintStream(out, true, StandardCharsets.UTF_8), false,
                Duration.ofSeconds(5), () -> now[0]);
        now[0] = Duration.ofSeconds(6).toNanos();
        bar.advance(30);
        now[0] = Duration.ofSeconds(7).toNanos();
        bar.advance(10);
        bar.finish();
        assertEquals("replay 30/100  30% 5/s ETA 0:14\nreplay 40/100  40% 6/s ETA 0:11\n",
                out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void aBarRedrawnInPlaceOnATerminal() {
        assertEquals("replay [###############...............] 50/100  50% 10/s ETA 0:05",
                ProgressBar.render("replay", 50, 100, 10, true));
    }

    @Test
    void timesAreInstantsDatesOrAges() {
        Instant now = Instant.parse("2025-06-10T08:00:00Z");
        assertEquals(Instant.parse("2025-05-11T08:00:00Z"), TimeArg.parse("30d", now));
        assertEquals(Instant.parse("2025-05-01T00:00:00Z"), TimeArg.parse("2025-05-01", now));
        assertEquals(Instant.parse("2025-05-01T10:00:00Z"), TimeArg.parse("2025-05-01T12:00:00+02:00", now));
    }

    private Replayer replayer(Config config) {
        return new Replayer(config, live, Tagger.fromSettings(config), (label, total) -> new ProgressBar(label, total,
                new PrintStream(progressOut, true, StandardCharsets.UTF_8), false, Duration.ofSeconds(5), System::nanoTime));
    }

    private Config config(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(extra);
        values.put(CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrap);
        values.put(CommonSettings.STATE_DIR.name(), state.toString());
        values.put("alerts.application.id", "replaytest-alerts");
        return TestConfigs.of(values);
    }

    private Path gazetteerWithCybercrimeDesk() throws Exception {
        Path file = state.resolve("gazetteer.txt");
        Files.writeString(file, DemoDocuments.resource("/org/newsmon/enrich/gazetteer.txt")
                + "\nORGANIZATION|org:cybercrime-desk|Cybercrime desk|-|cybercrime; ~киберпреступность\n", StandardCharsets.UTF_8);
        return file;
    }

    private static boolean hasCybercrimeDesk(Map<String, EnrichedArticle> articles) {
        return articles.values().stream().flatMap(a -> a.entities().stream()).map(Entity::id).anyMatch("org:cybercrime-desk"::equals);
    }
}
