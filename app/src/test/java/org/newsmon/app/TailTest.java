package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.alerts.DemoArticles;
import org.newsmon.core.Alert;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
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
    void fromTheBeginningOfAlertsPrintsTheLatestRevisionOfEachEventOnce(KafkaCluster kafka) {
        String topic = "tail-state.alerts";
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), List.of(Topics.ALERTS.renamed(topic)), 2, (short) 1);
        Alert visit = new Alert("visit:VN-AZ:2025-05-07", EventType.VISIT, EventStatus.ANNOUNCED, "Tô Lâm sẽ thăm Baku",
                null, LocalDate.of(2025, 5, 7), List.of("VN", "AZ"), List.of("To Lam"), List.of("politics"), List.of(),
                1, Instant.parse("2025-05-06T06:00:00Z"), Instant.parse("2025-05-06T06:00:00Z"));
        Alert visitDone = new Alert(visit.eventKey(), EventType.VISIT, EventStatus.COMPLETED, "To Lam ends Baku visit",
                null, visit.date(), visit.parties(), visit.actors(), visit.sectors(), List.of(), 2, visit.firstSeenAt(),
                Instant.parse("2025-05-08T12:00:00Z"));
        Alert agreement = new Alert("agreement:AZ-VN:2025-05-07", EventType.AGREEMENT, EventStatus.SIGNED,
                "Joint statement signed", null, visit.date(), List.of("AZ", "VN"), visit.actors(), visit.sectors(),
                List.of(), 1, visit.firstSeenAt(), visit.firstSeenAt());
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(props, Topics.ALERTS.keySerde().serializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            for (Alert alert : List.of(visit, agreement, visitDone)) {
                producer.send(new ProducerRecord<>(topic, alert.eventKey(), alert));
            }
        }

        String out = run(kafka, topic, true, 2);

        Set<Alert> printed = out.lines().map(line -> Json.read(line, Alert.class)).collect(Collectors.toSet());
        assertEquals(Set.of(agreement, visitDone), printed, "each event once, at its latest revision");
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
