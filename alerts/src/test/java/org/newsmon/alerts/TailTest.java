package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Json;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

@ExtendWith(KafkaExtension.class)
class TailTest {

    private static void produce(KafkaCluster kafka, String topic, List<EnrichedArticle> articles) {
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), List.of(Topics.ENRICHED.renamed(topic)), 2, (short) 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(props, Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer())) {
            articles.forEach(a -> producer.send(new ProducerRecord<>(topic, a.id(), a)));
        }
    }

    private static String run(KafkaCluster kafka, String topic, boolean json, long expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Tail.run(kafka.bootstrapServers(), topic, true, json, Duration.ofSeconds(2),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(expected, n);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneShortLinePerArticle(KafkaCluster kafka) {
        produce(kafka, "tail-lines.enriched", List.of(DemoArticles.R1, DemoArticles.S1));
        String out = run(kafka, "tail-lines.enriched", false, 2);
        assertEquals(2, out.lines().count(), out);
        assertTrue(out.contains("Каспийский курьер [ru] То Лам прибыл в Баку | r1 | relevant | 3 event(s)"), out);
        assertTrue(out.contains("(copy of n1)"), out);
    }

    @Test
    void printsEachValueAsOneJsonLine(KafkaCluster kafka) {
        produce(kafka, "tail-json.enriched", List.of(DemoArticles.V2));
        String out = run(kafka, "tail-json.enriched", true, 1);
        assertEquals(DemoArticles.V2, Json.read(out.strip(), EnrichedArticle.class));
    }

    @Test
    void fromTheEndPrintsOnlyWhatComesLater(KafkaCluster kafka) throws Exception {
        produce(kafka, "tail-end.enriched", List.of(DemoArticles.A1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                return;
            }
            produce(kafka, "tail-end.enriched", List.of(DemoArticles.A2));
        });
        later.start();
        long n = Tail.run(kafka.bootstrapServers(), "tail-end.enriched", false, false, Duration.ofSeconds(5),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        later.join();
        assertEquals(1, n, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| a2 |"));
    }

    @Test
    void givesUpOnAMissingTopicAfterTheIdleTime(KafkaCluster kafka) {
        assertEquals(0, Tail.run(kafka.bootstrapServers(), "tail-no-such-topic", true, false, Duration.ofSeconds(1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }
}
