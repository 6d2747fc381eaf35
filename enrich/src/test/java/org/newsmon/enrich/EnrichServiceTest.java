package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventType;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** The service on a real broker: raw articles in, enriched articles out (read_committed), poison to the DLQ. */
@ExtendWith(KafkaExtension.class)
class EnrichServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void enrichesArticlesAndDeadLettersPoisonWhileStayingUp(KafkaCluster kafka, @TempDir Path stateDir) throws Exception {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(EnrichSettings.KEYS);
        Config config = Config.of(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "state.dir", stateDir.toString(),
                "topic.partitions", "1",
                "enrich.application.id", "enrich-service-test",
                "kafka.commit.interval.ms", "100"), keys);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RawArticle ru = DemoPages.load("ru-to-lam-pribyl-v-baku.html", "ru");
        RawArticle vi = DemoPages.load("vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html", "vi");
        byte[] poison = "\u0000\u0001 this is not JSON".getBytes(StandardCharsets.UTF_8);

        try (EnrichService service = new EnrichService(config, registry)) {
            service.start();
            try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
                producer.send(record(ru.id(), Topics.RAW.valueSerde().serializer().serialize("news.raw", ru))).get();
                producer.send(record("poison", poison)).get();
                producer.send(record(vi.id(), Topics.RAW.valueSerde().serializer().serialize("news.raw", vi))).get();
            }

            Map<String, EnrichedArticle> enriched = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : consume(kafka, Topics.ENRICHED.name(), 2)) {
                EnrichedArticle a = Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
                enriched.put(new String(r.key(), StandardCharsets.UTF_8), a);
            }
            assertEquals(java.util.Set.of(ru.id(), vi.id()), enriched.keySet());
            assertTrue(enriched.get(ru.id()).events().stream().anyMatch(e -> e.type() == EventType.AGREEMENT && !e.historical()));
            assertTrue(enriched.get(vi.id()).relevant());

            List<ConsumerRecord<byte[], byte[]>> dead = consume(kafka, Topics.DLQ.name(), 1);
            assertArrayEquals(poison, dead.get(0).value());
            assertEquals("enrich", DeadLetters.header(dead.get(0).headers(), DeadLetters.STAGE));
            assertEquals(1.0, service.metrics().deadLetters());
            assertEquals(2.0, service.metrics().articlesEnriched());
            KafkaStreams.State state = service.state();
            assertTrue(state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING, state::toString);
        }
    }

    private static ProducerRecord<byte[], byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>(Topics.RAW.name(), null, Instant.now().toEpochMilli(), key.getBytes(StandardCharsets.UTF_8), value);
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaCluster kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Reads {@code count} committed records from the start of {@code topic}, or fails after {@link #WAIT}. */
    private static List<ConsumerRecord<byte[], byte[]>> consume(KafkaCluster kafka, String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "enrich-service-test-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        assertEquals(count, out.size(), "records on " + topic);
        return out;
    }
}
