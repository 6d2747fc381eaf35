package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventType;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

@ExtendWith(KafkaExtension.class)
class AlertsServiceTest {
    @TempDir
    Path stateDir;

    /** Keeps every revision it is given. */
    static final class Recording implements Notifier {
        final List<Alert> delivered = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void deliver(Alert alert) {
            delivered.add(alert);
        }
    }

    static Config config(KafkaCluster kafka, Path stateDir, String appId) {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(AlertsSettings.KEYS);
        return Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "state.dir", stateDir.toString(),
                "alerts.application.id", appId, "topic.partitions", "3", "kafka.commit.interval.ms", "100"), keys);
    }

    static void produce(KafkaCluster kafka, List<EnrichedArticle> articles) {
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), Topics.ALL, 3, (short) 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(props, Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer())) {
            articles.forEach(a -> producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), a.id(), a)));
        }
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void raisesTheDemoAlertsAndDeliversEveryRevision(KafkaCluster kafka) throws Exception {
        produce(kafka, DemoArticles.ALL);
        Recording recording = new Recording();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (AlertsService service = new AlertsService(config(kafka, stateDir, "alerts-service-test"),
                new SimpleMeterRegistry(), null, List.of(recording,
                new ConsoleNotifier(new PrintStream(console, true, StandardCharsets.UTF_8))))) {
            service.start();
            await(() -> recording.delivered.size() >= 11, Duration.ofSeconds(90), "6 visit and 5 agreement revisions");
            assertTrue(service.healthy());
        }
        assertEquals(11, recording.delivered.size());
        Alert visit = recording.delivered.stream().filter(a -> a.kind() == EventType.VISIT)
                .reduce((a, b) -> a.revision() > b.revision() ? a : b).orElseThrow();
        assertEquals(6, visit.sources().size());
        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("[VISIT COMPLETED]"), printed);

        ByteArrayOutputStream tailed = new ByteArrayOutputStream();
        long n = Tail.run(kafka.bootstrapServers(), "alerts", true, false, Duration.ofSeconds(2),
                new PrintStream(tailed, true, StandardCharsets.UTF_8));
        assertEquals(11, n);
        assertTrue(tailed.toString(StandardCharsets.UTF_8).contains("6 sources (en, az, ru, vi)")
                || tailed.toString(StandardCharsets.UTF_8).contains("6 sources ("), tailed.toString(StandardCharsets.UTF_8));
    }
}
