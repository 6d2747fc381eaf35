package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsmon.alerts.DemoArticles.A2;
import static org.newsmon.alerts.DemoArticles.N1;
import static org.newsmon.alerts.DemoArticles.R1;
import static org.newsmon.alerts.DemoArticles.S1;
import static org.newsmon.alerts.DemoArticles.S2;
import static org.newsmon.alerts.DemoArticles.TO_LAM;
import static org.newsmon.alerts.DemoArticles.V2;
import static org.newsmon.alerts.DemoArticles.Z1;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.Json;
import org.newsmon.core.JsonSerde;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.StatusChange;
import org.newsmon.core.Topics;

class AlertsTopologyTest {
    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> articles;
    private TestOutputTopic<String, Alert> alerts;
    private Instant clock = Instant.parse("2025-05-09T00:00:00Z");

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private void open() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(AlertsTopology.topology(List.of("AZ", "VN"), registry), props);
        articles = driver.createInputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
    }

    private void pipe(EnrichedArticle article) {
        clock = clock.plusSeconds(60);
        articles.pipeInput(article.id(), article, clock);
    }

    /** Latest alert per event key, checking on the way that revisions rise by one and status never goes back. */
    private static Map<String, Alert> latest(List<Alert> revisions) {
        Map<String, Alert> out = new LinkedHashMap<>();
        for (Alert a : revisions) {
            Alert before = out.get(a.eventKey());
            if (before == null) {
                assertEquals(1, a.revision(), "first revision of " + a.eventKey());
            } else {
                assertEquals(before.revision() + 1, a.revision(), "revision of " + a.eventKey());
                assertTrue(a.status().progress() >= before.status().progress(),
                        a.eventKey() + " went back from " + before.status() + " to " + a.status());
                // By URL: a source can turn out to be a copy (copyOf set) once its earlier original arrives.
                assertTrue(urls(a).containsAll(urls(before)), "sources only grow");
            }
            out.put(a.eventKey(), a);
        }
        return out;
    }

    private static Alert ofKind(Map<String, Alert> alerts, EventType kind) {
        List<Alert> found = alerts.values().stream().filter(a -> a.kind() == kind).toList();
        assertEquals(1, found.size(), "one " + kind + " alert in " + alerts.keySet());
        return found.get(0);
    }

    private static Set<String> urls(Alert alert) {
        return alert.sources().stream().map(AlertSource::url).collect(Collectors.toSet());
    }

    private static Set<String> sourceIds(Alert alert) {
        // pages are named after the article, so the slug identifies it
        return alert.sources().stream().map(s -> s.url().replaceAll(".*/pages/", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void demoGivesExactlyTwoAlertsWhateverTheOrder() {
        List<List<EnrichedArticle>> orders = new ArrayList<>();
        List<EnrichedArticle> byPublication = new ArrayList<>(DemoArticles.ALL);
        byPublication.sort(Comparator.comparing(a -> a.raw().publishedAt()));
        orders.add(byPublication);
        List<EnrichedArticle> reversed = new ArrayList<>(byPublication);
        Collections.reverse(reversed);
        orders.add(reversed);
        Random random = new Random(20250507);
        for (int i = 0; i < 12; i++) {
            List<EnrichedArticle> shuffled = new ArrayList<>(DemoArticles.ALL);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        for (List<EnrichedArticle> order : orders) {
            String names = order.stream().map(EnrichedArticle::id).collect(Collectors.joining(","));
            open();
            order.forEach(this::pipe);
            Map<String, Alert> result = latest(alerts.readValuesToList());
            assertEquals(2, result.size(), "order " + names + " gave " + result.keySet());

            Alert visit = ofKind(result, EventType.VISIT);
            assertEquals(EventStatus.COMPLETED, visit.status(), names);
            assertEquals(6, visit.sources().size(), names + ": " + sourceIds(visit));
            assertEquals(6, visit.revision(), "one revision per source, order " + names);
            assertEquals(List.of("VN", "AZ"), visit.parties());
            assertEquals(LocalDate.of(2025, 5, 7), visit.date());
            assertTrue(visit.actors().contains(TO_LAM) && visit.actors().contains(DemoArticles.ALIYEV), visit.actors().toString());
            assertEquals(Set.of("en", "az", "ru", "vi"), visit.sources().stream().map(s -> s.language()).collect(Collectors.toSet()));
            assertEquals("To Lam ends Baku visit; Azerbaijan and Vietnam sign joint statement", visit.headline(),
                    "the English report of the completed visit speaks for it, order " + names);
            assertEquals("Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025", visit.title(),
                    "the office from V2's headline, order " + names);
            assertEquals(DemoArticles.MAY_8, visit.dateEnd(), names);
            assertEquals("Baku, Azerbaijan", visit.location(), names);
            assertEquals(5, visit.independentSources(), "S1 is N1's copy, order " + names);
            assertEquals(List.of(EventStatus.ANNOUNCED, EventStatus.ONGOING, EventStatus.COMPLETED),
                    visit.history().stream().map(StatusChange::status).toList(), names);
            assertEquals(List.of(A2.raw().url(), Z1.raw().url(), N1.raw().url()),
                    visit.history().stream().map(StatusChange::source).toList(),
                    "each step told by the first report to publish it, order " + names);

            Alert agreement = ofKind(result, EventType.AGREEMENT);
            assertEquals(EventStatus.SIGNED, agreement.status());
            assertEquals(5, agreement.sources().size(), names + ": " + sourceIds(agreement));
            assertEquals(4, agreement.independentSources(), names);
            assertEquals(agreement.sources().stream().filter(x -> x.url().contains("newsaz-")).findFirst().orElseThrow().url(),
                    agreement.sources().stream().filter(x -> x.url().contains("analysis-news-")).findFirst().orElseThrow().copyOf(),
                    "S1 marked a copy of N1, order " + names);
            assertEquals(List.of("AZ", "VN"), agreement.parties());
            assertTrue(sourceIds(agreement).stream().noneMatch(s -> s.startsWith("azertac") || s.contains("old-friendship")),
                    "A2 and S2 are no sources of the agreement: " + sourceIds(agreement));
            driver.close();
            driver = null;
        }
    }

    /**
     * The nine demo pages as the enrich module's Tagger tagged them (its TagDemoTest input, dumped as JSON lines,
     * S1 marked as N1's copy as ingest marks it): the real input of the demo, in many orders.
     */
    @Test
    void theEnrichModulesTaggingOfTheDemoGivesExactlyTwoAlerts() throws Exception {
        List<EnrichedArticle> tagged;
        try (var in = getClass().getResourceAsStream("/enriched/demo-tagged-by-enrich.jsonl")) {
            tagged = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> Json.read(line, EnrichedArticle.class)).toList();
        }
        assertEquals(9, tagged.size());
        Random random = new Random(7);
        for (int round = 0; round < 8; round++) {
            List<EnrichedArticle> order = new ArrayList<>(tagged);
            Collections.shuffle(order, random);
            open();
            order.forEach(this::pipe);
            Map<String, Alert> result = latest(alerts.readValuesToList());
            assertEquals(Set.of("visit:VN-AZ:2025-05-07", "agreement:AZ-VN:2025-05-07"), result.keySet());
            Alert visit = result.get("visit:VN-AZ:2025-05-07");
            assertEquals(EventStatus.COMPLETED, visit.status());
            assertEquals(6, visit.sources().size(), sourceIds(visit).toString());
            Alert agreement = result.get("agreement:AZ-VN:2025-05-07");
            assertEquals(EventStatus.SIGNED, agreement.status());
            assertEquals(5, agreement.sources().size(), sourceIds(agreement).toString());
            assertEquals("Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025", visit.title());
            assertEquals("Azerbaijan and Vietnam sign a joint statement and cooperation documents — 7 May 2025",
                    agreement.title());
            assertEquals(List.of("joint statement", "cooperation documents"), agreement.documents());
            assertEquals("Baku, Azerbaijan", visit.location());
            assertEquals(LocalDate.of(2025, 5, 8), visit.dateEnd());
            assertEquals(5, visit.independentSources(), "S1 copies N1");
            assertEquals(4, agreement.independentSources(), "S1 copies N1");
            assertEquals(List.of(EventStatus.ANNOUNCED, EventStatus.ONGOING, EventStatus.COMPLETED),
                    visit.history().stream().map(StatusChange::status).toList());
            assertTrue(visit.sources().stream().allMatch(x -> x.sentence() != null && x.firstSeenAt() != null
                    && x.language() != null), "every source has its sentence, language and first-seen time");
            driver.close();
            driver = null;
        }
    }

    @Test
    void statusNeverGoesBackWhenTheCompletedReportComesFirst() {
        open();
        pipe(N1);
        pipe(Z1);
        pipe(A2);
        Map<String, Alert> result = latest(alerts.readValuesToList());
        Alert visit = ofKind(result, EventType.VISIT);
        assertEquals(EventStatus.COMPLETED, visit.status());
        assertEquals(3, visit.revision());
    }

    @Test
    void syndicatedCopyAddsOnlyASource() {
        open();
        pipe(A2);
        Alert before = alerts.readValue();
        EnrichedArticle copyClaimingMore = DemoArticles.article("s1", "copy-of-a2", "Silk Meridian", "en",
                "2025-05-06T12:00Z", "a2", "copy", List.of("finance"),
                DemoArticles.event(EventType.VISIT, EventStatus.COMPLETED, false, DemoArticles.MAY_7, DemoArticles.MAY_8,
                        List.of("VN", "AZ"), List.of(TO_LAM, "Somebody Else")));
        pipe(copyClaimingMore);
        Alert after = alerts.readValue();
        assertEquals(before.eventKey(), after.eventKey());
        assertEquals(2, after.revision());
        assertEquals(2, after.sources().size());
        assertEquals(before.status(), after.status(), "a copy does not move the status");
        assertEquals(before.actors(), after.actors());
        assertEquals(before.sectors(), after.sectors());
        assertEquals(before.title(), after.title());
    }

    @Test
    void historicalEventsNeverAlert() {
        open();
        pipe(S2);
        pipe(DemoArticles.A1);
        pipe(DemoArticles.V1);
        assertTrue(alerts.isEmpty());
    }

    @Test
    void aReportThatChangesNothingEmitsNothing() {
        open();
        pipe(N1);
        assertEquals(2, alerts.readValuesToList().size(), "the visit and the agreement");
        pipe(N1); // redelivered
        assertTrue(alerts.isEmpty());
    }

    @Test
    void twoVisitsInTheSameMonthStayApart() {
        open();
        pipe(N1);
        pipe(DemoArticles.article("pm", "pm-visit", "Baku Morning", "en", "2025-05-26T10:00Z", null,
                "Vietnamese Prime Minister arrives in Baku", List.of("politics"),
                DemoArticles.event(EventType.VISIT, EventStatus.ONGOING, false, LocalDate.of(2025, 5, 26), null,
                        List.of("VN", "AZ"), List.of("Pham Minh Chinh"))));
        // The other direction on the same days is another visit too.
        pipe(DemoArticles.article("back", "return-visit", "Baku Morning", "en", "2025-05-08T10:00Z", null,
                "Aliyev to visit Hanoi", List.of("politics"),
                DemoArticles.event(EventType.VISIT, EventStatus.ANNOUNCED, false, DemoArticles.MAY_8, null,
                        List.of("AZ", "VN"), List.of(DemoArticles.ALIYEV))));
        Map<String, Alert> result = latest(alerts.readValuesToList());
        List<String> visits = result.values().stream().filter(a -> a.kind() == EventType.VISIT).map(Alert::eventKey).toList();
        assertEquals(3, visits.size(), visits.toString());
    }

    @Test
    void theSameVisitorAYearLaterIsANewVisit() {
        open();
        pipe(N1);
        pipe(DemoArticles.article("later", "to-lam-again", "Baku Morning", "en", "2026-05-07T10:00Z", null,
                "To Lam in Baku again", List.of("politics"),
                DemoArticles.event(EventType.VISIT, EventStatus.ONGOING, false, null, null, List.of("VN", "AZ"),
                        List.of(TO_LAM))));
        Map<String, Alert> result = latest(alerts.readValuesToList());
        assertEquals(Set.of("visit:VN-AZ:2025-05-07", "agreement:AZ-VN:2025-05-07", "visit:VN-AZ:2026-05-07"),
                result.keySet());
    }

    @Test
    void alertsCarryCloudEventsHeaders() {
        open();
        pipe(A2);
        TestRecord<String, Alert> record = alerts.readRecord();
        Alert alert = record.value();
        assertEquals(alert.eventKey(), record.key());
        assertEquals("visit:VN-AZ:2025-05-07", alert.eventKey());
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals(alert.eventKey() + ":1", header(record, "ce_id"));
        assertEquals("newsmon.alert.visit", header(record, "ce_type"));
        assertNotNull(header(record, "ce_source"));
        assertEquals(alert.updatedAt(), Instant.parse(header(record, "ce_time")));
        assertEquals(1.0, registry.get("newsmon.alerts.raised").tag("kind", "VISIT").counter().count());
    }

    private static String header(TestRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterQueueAndProcessingGoesOn() {
        open();
        TestInputTopic<byte[], byte[]> rawIn = driver.createInputTopic(Topics.ENRICHED.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.DLQ.name(), Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
        byte[] poison = "{\"id\": \"x\", \"events\": [ not json".getBytes(StandardCharsets.UTF_8);
        rawIn.pipeInput("x".getBytes(StandardCharsets.UTF_8), poison);
        pipe(A2);

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("x", new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(new String(poison, StandardCharsets.UTF_8), new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("alerts", DeadLetters.header(dead.headers(), DeadLetters.STAGE));
        assertEquals(Topics.ENRICHED.name(), DeadLetters.header(dead.headers(), DeadLetters.SOURCE_TOPIC));
        assertTrue(DeadLetters.header(dead.headers(), DeadLetters.REASON).contains("EnrichedArticle"));
        assertTrue(dlq.isEmpty());
        assertEquals(1, alerts.readValuesToList().size(), "the good record after the bad one still alerts");
        assertEquals(1.0, registry.get("newsmon.alerts.dlq").tag("reason", "unreadable").counter().count());
    }

    @Test
    void keepsItsStateAcrossARestart() {
        open();
        pipe(A2);
        pipe(Z1);
        Alert beforeRestart = latest(alerts.readValuesToList()).values().stream()
                .filter(a -> a.kind() == EventType.VISIT).findFirst().orElseThrow();
        // The test driver drops its local state on close; a restarted instance restores it from the changelog,
        // so that is what this test replays into the new store.
        var changelog = driver.createOutputTopic("alerts-test-" + AlertsTopology.STORE + "-changelog",
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer()).readKeyValuesToList();
        driver.close();

        open();
        KeyValueStore<String, Object> store = driver.getKeyValueStore(AlertsTopology.STORE);
        assertTrue(store.approximateNumEntries() == 0 || !store.all().hasNext(), "a fresh store");
        var trackedSerde = new JsonSerde<>(TrackedEvent.class);
        changelog.forEach(kv -> store.put(kv.key, trackedSerde.deserialize("changelog", kv.value)));
        pipe(Z1); // seen before the restart: nothing new
        pipe(R1);
        pipe(V2);
        List<Alert> after = alerts.readValuesToList();
        Alert visit = after.stream().filter(a -> a.kind() == EventType.VISIT).reduce((a, b) -> b).orElseThrow();
        assertEquals(beforeRestart.eventKey(), visit.eventKey());
        assertEquals(4, visit.revision());
        assertEquals(4, visit.sources().size());
        assertEquals(EventStatus.COMPLETED, visit.status());
        assertEquals(Set.of(beforeRestart.eventKey(), "agreement:AZ-VN:2025-05-07"),
                after.stream().map(Alert::eventKey).collect(Collectors.toSet()));
    }

    @Test
    void copyBeforeItsOriginalStillCountsBoth() {
        open();
        pipe(S1);
        pipe(N1);
        Map<String, Alert> result = latest(alerts.readValuesToList());
        assertEquals(2, result.size());
        result.values().forEach(a -> assertEquals(2, a.sources().size(), a.eventKey()));
        // Marked copies of each other by the text fingerprint, whichever came first: N1 published first.
        result.values().forEach(a -> assertEquals(1, a.independentSources(), a.eventKey()));
        result.values().forEach(a -> assertEquals(List.of(N1.raw().url()),
                a.sources().stream().map(AlertSource::copyOf).filter(c -> c != null).toList(), a.eventKey()));
    }
}
