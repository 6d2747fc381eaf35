package org.newsmon.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.alerts.notify.AlertFormat;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.Alert;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.RawArticle;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.Topics;

/**
 * {@code newsmon tail}: prints what arrives on a topic. Reads every partition by assignment, read_committed, and
 * commits nothing, so tailing never disturbs a consumer group. From the beginning of an alerts topic it first prints
 * the current state (the latest revision of each event, once), then every new revision as it comes.
 */
public final class Tail {
    private Tail() {}

    /** Short names the command accepts for the pipeline's topics. */
    static final Map<String, String> SHORT_NAMES = Map.of("alerts", Topics.ALERTS.name(), "enriched",
            Topics.ENRICHED.name(), "raw", Topics.RAW.name(), "dlq", Topics.DLQ.name());

    /**
     * @param topic         a topic name, or a short name: alerts, enriched, raw, dlq
     * @param fromBeginning start at the earliest record instead of the end (for alerts: the latest revision of each)
     * @param json          print each value as it is (one JSON document per line) instead of a summary line
     * @param idleExit      return after this long without a record; null waits forever
     * @return how many records were printed
     */
    public static long run(String bootstrapServers, String topic, boolean fromBeginning, boolean json, Duration idleExit,
                           PrintStream out) {
        return run(KafkaClients.connection(bootstrapServers), topic, fromBeginning, json, idleExit, out);
    }

    /** As {@link #run(String, String, boolean, boolean, Duration, PrintStream)}, connecting with {@code connection}. */
    public static long run(Properties connection, String topic, boolean fromBeginning, boolean json, Duration idleExit,
                           PrintStream out) {
        String name = SHORT_NAMES.getOrDefault(topic, topic);
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        long printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            long idleSince = System.nanoTime();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) {
                partitions = partitions(consumer, name);
                if (partitions.isEmpty()) {
                    if (idle(idleSince, idleExit) || Thread.currentThread().isInterrupted()) {
                        return 0;
                    }
                    sleep(Duration.ofMillis(500)); // the topic may not exist yet: wait for whoever creates it
                }
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // fix the start now, not at the first poll
            if (fromBeginning && carries(name, Topics.ALERTS.name())) {
                for (ConsumerRecord<byte[], byte[]> record : currentState(consumer, partitions)) {
                    out.println(json ? text(record.value()) : line(name, record));
                    printed++;
                }
                out.flush();
            }
            idleSince = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    out.println(json ? text(record.value()) : line(name, record));
                    printed++;
                }
                out.flush();
                if (!records.isEmpty()) {
                    idleSince = System.nanoTime();
                } else if (idle(idleSince, idleExit)) {
                    break;
                }
            }
        }
        return printed;
    }

    /**
     * The latest revision of every event up to the current end of the topic, in the order they were last revised:
     * what the compacted alerts topic converges to, so each alert shows once, however many revisions it went through.
     */
    private static Collection<ConsumerRecord<byte[], byte[]>> currentState(KafkaConsumer<byte[], byte[]> consumer,
                                                                          List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<String, ConsumerRecord<byte[], byte[]>> latest = new LinkedHashMap<>();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                && !Thread.currentThread().isInterrupted()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                String key = text(record.key());
                latest.remove(key);
                if (record.value() != null) { // a tombstone deletes the event
                    latest.put(key, record);
                }
            }
        }
        List<ConsumerRecord<byte[], byte[]>> state = new ArrayList<>(latest.values());
        state.sort(Comparator.comparingLong(ConsumerRecord::timestamp)); // partitions interleave; time does not
        return state;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        // listTopics answers at once; partitionsFor would wait out its timeout for a topic that does not exist yet
        List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).get(topic);
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** The summary line of one record, by what the topic carries. */
    static String line(String topic, ConsumerRecord<byte[], byte[]> record) {
        String key = text(record.key());
        if (record.value() == null) {
            return key + " (deleted)";
        }
        try {
            if (carries(topic, Topics.ALERTS.name())) {
                Alert a = Topics.ALERTS.valueSerde().deserializer().deserialize(topic, record.value());
                return AlertFormat.human(a);
            }
            if (carries(topic, Topics.ENRICHED.name())) {
                EnrichedArticle a = Topics.ENRICHED.valueSerde().deserializer().deserialize(topic, record.value());
                return article(a.raw()) + " | " + (a.relevant() ? "relevant" : "not relevant") + " | "
                        + a.events().size() + " event(s) | sectors " + a.sectors().stream().limit(4)
                        .map(s -> s.sector()).toList();
            }
            if (carries(topic, Topics.RAW.name())) {
                return article(Topics.RAW.valueSerde().deserializer().deserialize(topic, record.value()));
            }
        } catch (SerializationException e) {
            return key + " (unreadable: " + e.getMessage() + ")";
        }
        if (topic.equals(Topics.DLQ.name())) {
            return key + " | " + DeadLetters.header(record.headers(), DeadLetters.STAGE) + " | "
                    + DeadLetters.header(record.headers(), DeadLetters.REASON) + " | " + record.value().length + " bytes";
        }
        return key + " | " + abbreviate(text(record.value()), 200);
    }

    /** {@code news.alerts} itself, or a replay's {@code NAME.alerts}. */
    private static boolean carries(String topic, String pipelineTopic) {
        return topic.equals(pipelineTopic) || topic.endsWith(pipelineTopic.substring(pipelineTopic.indexOf('.')));
    }

    private static String article(RawArticle a) {
        return a.publishedAt() + " | " + a.source() + " [" + a.language() + "] " + a.title() + " | " + a.id()
                + (a.duplicateOf() != null ? " (copy of " + a.duplicateOf() + ")" : "");
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static boolean idle(long since, Duration idleExit) {
        return idleExit != null && System.nanoTime() - since >= idleExit.toNanos();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
