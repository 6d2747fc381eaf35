package org.newsmon.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.core.Alert;
import org.newsmon.core.Topics;
import org.newsmon.core.UserException;

/**
 * The current state of an alerts topic: the latest revision of every event, read once from the beginning to the
 * end as of the call (read_committed, no consumer group, nothing committed). What the compacted topic converges to.
 */
final class AlertsSnapshot {
    private AlertsSnapshot() {}

    /**
     * @throws UserException when the topic does not exist (nothing has been alerted there yet)
     */
    static List<Alert> read(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024); // one alert can be near 1 MiB
        var values = Topics.ALERTS.valueSerde().deserializer();
        Map<String, Alert> latest = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            // listTopics answers at once; partitionsFor would wait out its timeout for a missing topic
            List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(30)).get(topic);
            if (infos == null) {
                throw new UserException("topic " + topic + " does not exist on " + bootstrapServers
                        + ": nothing has been alerted there yet (is this the right --bootstrap-servers or --topic?)");
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String key = r.key() == null ? "" : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
                    if (r.value() == null) {
                        latest.remove(key); // a tombstone deletes the event
                    } else {
                        latest.put(key, values.deserialize(topic, r.value()));
                    }
                }
            }
        }
        return new ArrayList<>(latest.values());
    }
}
