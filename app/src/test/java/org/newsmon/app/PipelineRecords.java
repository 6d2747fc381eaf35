package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.newsmon.app.bench.SyntheticArticles;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.Topics;

/**
 * What the fault tests share: writing synthetic articles to {@code news.raw}, fencing, and reading the pipeline's
 * output topics to their committed end to count what each article produced.
 */
final class PipelineRecords {
    static final Duration WAIT = Duration.ofMinutes(3);

    private PipelineRecords() {}

    static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        // A broker restart must not lose a test record: retry for as long as the test may wait.
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static void send(KafkaProducer<byte[], byte[]> producer, String topic, SyntheticArticles articles, int n) {
        producer.send(new ProducerRecord<>(topic, articles.key(n), articles.value(n)));
    }

    /**
     * Article numbers from {@code from} on, one per partition of {@code partitions} (by Kafka's default key hash):
     * sent after everything else, an article reaching its output means everything before it in that partition was
     * processed and committed.
     */
    static List<Integer> fences(SyntheticArticles articles, int from, int partitions) {
        Map<Integer, Integer> byPartition = new TreeMap<>();
        for (int n = from; byPartition.size() < partitions; n++) {
            if (articles.alerts(n)) {
                byPartition.putIfAbsent(Utils.toPositive(Utils.murmur2(articles.key(n))) % partitions, n);
            }
        }
        return List.copyOf(byPartition.values());
    }

    /**
     * Every record of {@code topic} up to its last committed offset, read_committed, from the beginning; alerts and
     * enriched articles checked against the published schemas.
     */
    static List<ConsumerRecord<byte[], byte[]>> readToEnd(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, WAIT)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertTrue(System.nanoTime() < deadline, "reading " + topic + " to its end took too long");
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    ContractSchemas.assertValidRecord(r.topic(), r.value()); // every alert and article tests read
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** How many times each key occurs on news.enriched. */
    static Map<String, Integer> enrichedCounts(String bootstrapServers) {
        Map<String, Integer> counts = new HashMap<>();
        for (var r : readToEnd(bootstrapServers, Topics.ENRICHED.name())) {
            counts.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum);
        }
        return counts;
    }

    /** The alert records on news.alerts, in order per partition. */
    static List<Alert> alerts(String bootstrapServers) {
        List<Alert> out = new ArrayList<>();
        for (var r : readToEnd(bootstrapServers, Topics.ALERTS.name())) {
            if (r.value() != null) {
                out.add(Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
        }
        return out;
    }

    /**
     * The property every fault test checks: each article {@code numbers} holds is on news.enriched exactly once,
     * and each alerting one raised exactly one alert record (one event, revision 1, naming it as its only source).
     */
    static void assertEachExactlyOnce(String bootstrapServers, SyntheticArticles articles, List<Integer> numbers) {
        Map<String, Integer> enriched = enrichedCounts(bootstrapServers);
        List<String> notOnce = numbers.stream().map(articles::id).filter(id -> enriched.getOrDefault(id, 0) != 1)
                .map(id -> id + "×" + enriched.getOrDefault(id, 0)).limit(20).toList();
        assertEquals(List.of(), notOnce, "articles not enriched exactly once (of " + numbers.size() + ")");

        List<Alert> alerts = alerts(bootstrapServers);
        Map<String, Long> perEvent = alerts.stream().collect(Collectors.groupingBy(Alert::eventKey, Collectors.counting()));
        List<String> repeated = perEvent.entrySet().stream().filter(e -> e.getValue() != 1).map(e -> e.getKey() + "×" + e.getValue())
                .limit(20).toList();
        assertEquals(List.of(), repeated, "events alerted more than once");
        Map<String, Long> perArticle = alerts.stream().flatMap(a -> a.sources().stream()).map(AlertSource::url)
                .map(SyntheticArticles::idFromUrl).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        Set<String> expected = numbers.stream().filter(articles::alerts).map(articles::id).collect(Collectors.toSet());
        assertEquals(expected, perArticle.keySet(), "the articles alerts name");
        assertTrue(perArticle.values().stream().allMatch(c -> c == 1), "an article named by two alert records");
        assertTrue(alerts.stream().allMatch(a -> a.revision() == 1 && a.sources().size() == 1),
                "every bench event has one report, so one revision");
    }
}
