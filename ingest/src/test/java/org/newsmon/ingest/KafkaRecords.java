package org.newsmon.ingest;

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
import org.newsmon.core.Topic;

/** Test reader: every record of a topic, from the beginning. */
final class KafkaRecords {
    private KafkaRecords() {}

    /** Reads until {@code atLeast} records arrived or {@code timeout} passed, then everything up to the end. */
    static List<ConsumerRecord<byte[], byte[]>> read(String bootstrap, Topic<?, ?> topic, int atLeast, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                boolean atEnd = end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                if (out.size() >= atLeast && atEnd) {
                    break;
                }
            }
        }
        return out;
    }

    static <V> List<V> values(List<ConsumerRecord<byte[], byte[]>> records, Topic<?, V> topic) {
        return records.stream().map(r -> topic.valueSerde().deserializer().deserialize(topic.name(), r.value())).toList();
    }
}
