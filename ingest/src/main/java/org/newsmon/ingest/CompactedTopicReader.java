package org.newsmon.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.core.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a whole (compacted) bookkeeping topic once, start to end, without a consumer group. */
final class CompactedTopicReader {
    private static final Logger log = LoggerFactory.getLogger(CompactedTopicReader.class);

    private CompactedTopicReader() {}

    /** Hands every readable record, oldest first, to {@code sink}; unreadable ones are logged and skipped. */
    static <K, V> int readAll(Properties connection, Topic<K, V> topic, BiConsumer<K, V> sink) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        int count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(60)));
            end.entrySet().removeIf(e -> e.getValue() == 0);
            while (!end.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() != null) {
                        try {
                            sink.accept(topic.keySerde().deserializer().deserialize(topic.name(), r.key()),
                                    topic.valueSerde().deserializer().deserialize(topic.name(), r.value()));
                            count++;
                        } catch (SerializationException e) {
                            log.warn("skipping unreadable record {}-{}@{}: {}", r.topic(), r.partition(), r.offset(),
                                    e.getMessage());
                        }
                    }
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        return count;
    }
}
