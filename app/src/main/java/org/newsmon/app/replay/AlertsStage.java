package org.newsmon.app.replay;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.alerts.AlertsTopology;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.StreamsSettings;
import org.newsmon.core.Config;
import org.newsmon.core.UserException;

/**
 * The alerts half of a replay: today's {@link AlertsTopology} from the target's enriched topic to its alerts topic,
 * under the target's application id, run until caught up. For the live target that is the live alerts application:
 * its state store knows every event already alerted, so a replayed report revises an alert (or, adding nothing,
 * publishes nothing) and never raises a second one. If the live alerts service is running it simply shares the work.
 */
final class AlertsStage {
    /** How long the stage may take before the replay gives up (and says so); generous, it is a batch. */
    static final Duration TIMEOUT = Duration.ofHours(6);

    private AlertsStage() {}

    /** Alerts published on the target's alerts topic while the stage ran. */
    record Counts(long raised, long revised, boolean caughtUp) {}

    static Counts run(Config config, ReplayTarget target, BooleanSupplier stop) {
        Properties connection = KafkaClients.connection(config);
        Map<TopicPartition, Long> before = endOffsets(connection, target.alerts().name());
        Properties props = StreamsSettings.exactlyOnce(config, target.alertsApplication(), Map.of(
                // Its own state directory: a live alerts service on this machine holds the lock on its own; the
                // store is restored from its changelog.
                StreamsConfig.STATE_DIR_CONFIG,
                Path.of(config.get(CommonSettings.STATE_DIR), "replay-" + target.name()).toString(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200));
        var topology = AlertsTopology.topology(target.enriched(), target.alerts(), target.dlq().name(),
                config.get(AlertsSettings.WATCH_COUNTRIES), new SimpleMeterRegistry());
        boolean caughtUp = StreamsCatchUp.run(topology, props, List.of(target.enriched().name()), TIMEOUT, stop);
        long[] counts = count(connection, target, before);
        return new Counts(counts[0], counts[1], caughtUp);
    }

    private static long[] count(Properties connection, ReplayTarget target, Map<TopicPartition, Long> from) {
        long raised = 0;
        long revised = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(connection)) {
            List<TopicPartition> partitions = partitions(consumer, target.alerts().name());
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            consumer.assign(partitions);
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, from.getOrDefault(tp, 0L));
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            while (!end.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Alert alert;
                    try {
                        alert = target.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value());
                    } catch (SerializationException e) {
                        continue;
                    }
                    if (alert == null) {
                        continue;
                    }
                    if (alert.revision() <= 1) {
                        raised++;
                    } else {
                        revised++;
                    }
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        return new long[] {raised, revised};
    }

    static Map<TopicPartition, Long> endOffsets(Properties connection, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(connection)) {
            return consumer.endOffsets(partitions(consumer, topic), Duration.ofSeconds(30));
        }
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(60));
        if (infos == null || infos.isEmpty()) {
            throw new UserException("topic " + topic + " does not exist (is --bootstrap-servers the right cluster?)");
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    static KafkaConsumer<byte[], byte[]> consumer(Properties connection) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
