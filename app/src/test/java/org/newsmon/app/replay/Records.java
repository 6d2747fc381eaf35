package org.newsmon.app.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsmon.app.ContractSchemas;
import org.newsmon.core.Topic;

/**
 * Reads and writes whole topics in tests: read_committed, start to the end as of the call. Alerts and enriched
 * articles read are checked against the published schemas on the way.
 */
public final class Records {
    private Records() {}

    /** Every committed record's key and value, in partition order. */
    public static <K, V> List<Map.Entry<K, V>> all(String bootstrap, Topic<K, V> topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        List<Map.Entry<K, V>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic.name(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            while (!end.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    ContractSchemas.assertValidRecord(r.topic(), r.value()); // every alert and article tests read
                    out.add(Map.entry(topic.keySerde().deserializer().deserialize(r.topic(), r.key()),
                            topic.valueSerde().deserializer().deserialize(r.topic(), r.value())));
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        return out;
    }

    /** The latest value of every key. */
    public static <K, V> Map<K, V> latest(String bootstrap, Topic<K, V> topic) {
        Map<K, V> out = new LinkedHashMap<>();
        all(bootstrap, topic).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public static <K, V> void write(String bootstrap, Topic<K, V> topic, Map<K, V> records) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("max.request.size", 16 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            records.forEach((k, v) -> producer.send(new ProducerRecord<>(topic.name(),
                    topic.keySerde().serializer().serialize(topic.name(), k),
                    topic.valueSerde().serializer().serialize(topic.name(), v))));
        }
    }
}
