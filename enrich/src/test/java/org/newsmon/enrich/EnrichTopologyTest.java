package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventType;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topics;

class EnrichTopologyTest {
    private static final Instant T0 = Instant.parse("2025-05-08T12:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EnrichMetrics metrics = new EnrichMetrics(registry);
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void setUp() {
        var topology = EnrichTopology.topology(Tagger.defaults(), "news.raw", "news.enriched", "news.dlq", metrics);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic("news.raw", Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic("news.enriched", Serdes.String().deserializer(), Topics.ENRICHED.valueSerde().deserializer());
        dlq = driver.createOutputTopic("news.dlq", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private void send(String key, byte[] value, Instant time) {
        raw.pipeInput(new TestRecord<>(key.getBytes(StandardCharsets.UTF_8), value, time));
    }

    @Test
    void tagsARawArticleKeyedByIdAtItsRecordTime() {
        RawArticle article = DemoPages.load("ru-to-lam-pribyl-v-baku.html", "ru");
        send(article.id(), Topics.RAW.valueSerde().serializer().serialize("news.raw", article), T0);

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals(article.id(), out.key());
        assertEquals(T0, out.getRecordTime());
        assertEquals(article.text(), out.value().raw().text());
        assertTrue(out.value().relevant());
        assertTrue(out.value().events().stream().anyMatch(e -> e.type() == EventType.VISIT && !e.historical()));
        assertTrue(dlq.isEmpty());
        assertEquals(1.0, metrics.articlesEnriched());
        assertEquals(1, registry.find("newsmon.enrich.tag.time").timer().count());
        assertTrue(registry.find("newsmon.enrich.entities").tag("type", "PERSON").counter().count() > 0);
        assertTrue(registry.find("newsmon.enrich.events").tag("type", "AGREEMENT").tag("status", "SIGNED").counter().count() > 0);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillTagged() {
        byte[] poison = "{not json at all \u0000\u00ff".getBytes(StandardCharsets.UTF_8);
        send("bad-key", poison, T0);
        RawArticle good = DemoPages.load("vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html", "vi");
        send(good.id(), Topics.RAW.valueSerde().serializer().serialize("news.raw", good), T0.plusSeconds(1));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertArrayEquals(poison, dead.value());
        assertArrayEquals("bad-key".getBytes(StandardCharsets.UTF_8), dead.key());
        assertEquals("enrich", DeadLetters.header(dead.headers(), DeadLetters.STAGE));
        assertEquals("news.raw", DeadLetters.header(dead.headers(), DeadLetters.SOURCE_TOPIC));
        assertEquals("0", DeadLetters.header(dead.headers(), DeadLetters.SOURCE_OFFSET));
        assertTrue(DeadLetters.header(dead.headers(), DeadLetters.REASON).startsWith("not a RawArticle"));
        assertEquals(1.0, metrics.deadLetters());

        assertEquals(good.id(), enriched.readRecord().key());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void articleWithoutAnyTimeIsDeadLetteredAsUntaggable() {
        RawArticle timeless = new RawArticle("abc", "http://x/a", "http://x/a", null, "x", "t", null, null, "en",
                null, null, "Baku", "h", null);
        send("abc", Topics.RAW.valueSerde().serializer().serialize("news.raw", timeless), T0);

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertTrue(DeadLetters.header(dead.headers(), DeadLetters.REASON).contains("neither publishedAt nor fetchedAt"));
        assertEquals(1.0, registry.find("newsmon.enrich.dlq").tag("reason", "untaggable").counter().count());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void emptyValueIsDeadLetteredNotDropped() {
        send("k", new byte[0], T0);
        assertEquals(1, dlq.readRecordsToList().size());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void aReloadedTaggerTakesEffectFromTheNextRecord(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("g.txt");
        java.nio.file.Files.writeString(file, "PLACE|place:lahij|Lahij|AZ|Lahij\n");
        var current = new java.util.concurrent.atomic.AtomicReference<>(Tagger.defaults());
        try (TopologyTestDriver reloading = new TopologyTestDriver(
                EnrichTopology.topology(current::get, "in", "out", "dlq", EnrichMetrics.none()), props())) {
            var in = reloading.createInputTopic("in", Serdes.String().serializer(), Topics.RAW.valueSerde().serializer());
            var out = reloading.createOutputTopic("out", Serdes.String().deserializer(), Topics.ENRICHED.valueSerde().deserializer());
            RawArticle article = Articles.of("Guests arrived in Lahij.", "2025-05-07T10:00:00Z");
            in.pipeInput("a", article, T0);
            assertTrue(out.readValue().entities().isEmpty());
            current.set(Tagger.fromSettings(Config.of(Map.of("enrich.gazetteer.file", file.toString()), EnrichSettings.KEYS)));
            in.pipeInput("a", article, T0.plusSeconds(1));
            assertEquals("Lahij", out.readValue().entities().get(0).name());
        }
    }

    private static Properties props() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return props;
    }

    @Test
    void streamsConfigIsExactlyOnceWithTheConfiguredStateDirAndPassThroughSettings() {
        Config config = Config.of(Map.of("bootstrap.servers", "k1:9092", "state.dir", "/tmp/enrich-state",
                "kafka.commit.interval.ms", "250"), CommonSettings.KEYS);
        Properties props = EnrichTopology.streamsConfig(config, "newsmon-enrich");
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("/tmp/enrich-state", props.get(StreamsConfig.STATE_DIR_CONFIG));
        assertEquals("k1:9092", props.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("newsmon-enrich", props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        assertEquals("250", props.get("commit.interval.ms"));
    }
}
