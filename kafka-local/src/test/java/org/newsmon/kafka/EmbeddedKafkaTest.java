package org.newsmon.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @Test
    void restartOnTheSameDirectoryKeepsTopicsAndRecords(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0, "--kafka-port")) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("visits", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            produce(kafka.bootstrapServers(), "visits", List.of("То Лам прибыл в Баку", "Tô Lâm thăm Azerbaijan"));
        }
        try (EmbeddedKafka again = EmbeddedKafka.start(dir, 0, "--kafka-port")) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", again.bootstrapServers()))) {
                assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains("visits"));
            }
            assertEquals(Set.of("То Лам прибыл в Баку", "Tô Lâm thăm Azerbaijan"),
                    Set.copyOf(consumeAll(again.bootstrapServers(), "visits", 2)));
        }
    }

    @Test
    void takenPortIsAClearErrorNamingPortAndFlag(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> EmbeddedKafka.start(dir, taken.getLocalPort(), "--kafka-port"));
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("--kafka-port"), e.getMessage());
        }
    }

    static void produce(String bootstrap, String topic, List<String> values) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    static List<String> consumeAll(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "test-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
