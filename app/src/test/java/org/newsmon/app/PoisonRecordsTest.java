package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.app.bench.SyntheticArticles;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.enrich.EnrichTopology;
import org.newsmon.enrich.Tagger;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * A thousand poison records (invalid JSON, JSON of the wrong shape, empty values, 10 MB values) mixed among good
 * articles on the raw topic: every poison record lands on the DLQ with a reason, every good article is enriched
 * once, and the enrich streams keep running. The production topology and Streams settings, on topics of its own.
 */
@ExtendWith(KafkaExtension.class)
class PoisonRecordsTest {
    private static final int POISON = 1_000;
    private static final int GOOD = 200;
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Test
    @Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
    void everyPoisonRecordIsDeadLetteredAndEveryGoodOneEnriched(KafkaCluster kafka, @TempDir Path state) throws Exception {
        String run = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        String raw = run + ".raw";
        String enriched = run + ".enriched";
        String dlq = run + ".dlq";
        String bootstrap = kafka.bootstrapServers();
        TopicAdmin.ensureTopics(bootstrap, List.of(Topics.RAW.renamed(raw), Topics.ENRICHED.renamed(enriched),
                Topics.DLQ.renamed(dlq)), 3, (short) 1);
        Config config = Config.of(Map.of(CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrap,
                CommonSettings.STATE_DIR.name(), state.toString()), ConfigOptions.ALL_KEYS);

        SyntheticArticles articles = new SyntheticArticles(run, 10);
        Map<String, byte[]> poison = new HashMap<>();
        try (KafkaStreams streams = new KafkaStreams(EnrichTopology.topology(Tagger.defaults(), raw, enriched, dlq),
                EnrichTopology.streamsConfig(config, run));
             KafkaProducer<byte[], byte[]> producer = PipelineRecords.producer(bootstrap)) {
            streams.start();
            int good = 0;
            for (int i = 0; i < POISON; i++) {
                String key = run + "-poison-" + i;
                byte[] value = poison(i);
                poison.put(key, value);
                producer.send(new ProducerRecord<>(raw, key.getBytes(StandardCharsets.UTF_8), value));
                if (i % (POISON / GOOD) == 0) {
                    PipelineRecords.send(producer, raw, articles, good++);
                }
            }
            producer.flush();
            int sent = good;

            Map<String, Integer> enrichedCounts = awaitKeys(bootstrap, enriched, sent);
            for (int n = 0; n < sent; n++) {
                assertEquals(1, enrichedCounts.getOrDefault(articles.id(n), 0), "article " + n + " enriched");
            }
            var dead = PipelineRecords.readToEnd(bootstrap, dlq);
            long deadline = System.nanoTime() + PipelineRecords.WAIT.toNanos();
            while (dead.size() < POISON && System.nanoTime() < deadline) {
                Thread.sleep(500);
                dead = PipelineRecords.readToEnd(bootstrap, dlq);
            }
            assertEquals(POISON, dead.size(), "dead letters");
            Set<String> deadKeys = new HashSet<>();
            for (var r : dead) {
                String key = new String(r.key(), StandardCharsets.UTF_8);
                assertTrue(deadKeys.add(key), "dead-lettered twice: " + key);
                assertTrue(Arrays.equals(poison.get(key), r.value()), "the DLQ keeps the bytes as they came: " + key);
                assertEquals("enrich", DeadLetters.header(r.headers(), DeadLetters.STAGE));
                assertFalse(DeadLetters.header(r.headers(), DeadLetters.REASON).isBlank(), "a reason for " + key);
                assertEquals(raw, DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC));
            }
            assertEquals(poison.keySet(), deadKeys);
            assertTrue(streams.state().isRunningOrRebalancing(), "enrich streams " + streams.state());
        }
    }

    /** Invalid JSON, JSON that is not an article, articles that cannot be tagged, empty and 10 MB values. */
    private static byte[] poison(int i) {
        String text = switch (i % 10) {
            case 0, 1 -> "{\"id\": \"broken-" + i + "\", \"title\": ";                      // truncated JSON
            case 2 -> "\u0000\u0001 binary garbage " + i;                                   // not JSON at all
            case 3 -> "[1, 2, " + i + "]";                                                  // wrong shape
            case 4 -> "\"just a string " + i + "\"";
            case 5 -> "{\"title\": \"an article without id " + i + "\"}";                     // no id
            case 6 -> "{\"id\": \"bad-date-" + i + "\", \"publishedAt\": \"last Tuesday\"}";  // wrong type
            case 7 -> "{\"id\": \"timeless-" + i + "\", \"text\": \"Azerbaijan and Vietnam\"}"; // no time to tag against
            default -> "";                                                                   // empty value
        };
        if (i == 9 || i == 509) {
            byte[] big = new byte[TEN_MB];
            Arrays.fill(big, (byte) 'a');
            big[0] = '{';
            return big; // 10 MB that never closes its object
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> awaitKeys(String bootstrap, String topic, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PipelineRecords.WAIT.toNanos();
        while (true) {
            Map<String, Integer> counts = new HashMap<>();
            for (var r : PipelineRecords.readToEnd(bootstrap, topic)) {
                counts.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
            if (counts.size() >= count || System.nanoTime() > deadline) {
                return counts;
            }
            Thread.sleep(500);
        }
    }
}
