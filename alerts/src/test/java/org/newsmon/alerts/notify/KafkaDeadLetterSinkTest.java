package org.newsmon.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.alerts.AlertsMetrics;
import org.newsmon.core.Alert;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.Json;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

@ExtendWith(KafkaExtension.class)
public class KafkaDeadLetterSinkTest {

    @Test
    void aRevisionTheWebhookNeverTakesLandsOnTheDlq(KafkaCluster kafka) throws Exception {
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), Topics.ALL, 3, (short) 1);
        HttpServer down = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        down.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
        });
        down.start();
        Alert alert = new Alert("dlq-test:" + System.nanoTime(), WebhookNotifierTest.alert().kind(),
                WebhookNotifierTest.alert().status(), "Tô Lâm", null, null, List.of("VN", "AZ"), List.of(), List.of(),
                List.of(), 1, null, null);
        try (WebhookNotifier webhook = new WebhookNotifier(
                URI.create("http://127.0.0.1:" + down.getAddress().getPort() + "/hook"), WebhookNotifierTest.SECRET,
                new Backoff(1, Duration.ofMillis(10), Duration.ofMillis(10)), Duration.ofSeconds(5), NotifierFilter.ANY,
                new KafkaDeadLetterSink(kafka.bootstrapServers(), Map.of()), new AlertsMetrics(new SimpleMeterRegistry()))) {
            assertThrows(DeliveryFailedException.class, () -> webhook.deliver(alert));
        } finally {
            down.stop(0);
        }

        ConsumerRecord<byte[], byte[]> dead = find(kafka, alert.eventKey());
        assertEquals(alert, Json.read(new String(dead.value(), StandardCharsets.UTF_8), Alert.class));
        assertEquals(WebhookNotifier.STAGE, DeadLetters.header(dead.headers(), DeadLetters.STAGE));
        assertTrue(DeadLetters.header(dead.headers(), DeadLetters.REASON).contains("HTTP 502"));
    }

    /** The DLQ record with this key; the DLQ is shared by every test, so it is searched, not counted. */
    public static ConsumerRecord<byte[], byte[]> find(KafkaCluster kafka, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.DLQ.name()).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8))) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no DLQ record with key " + key);
    }
}
