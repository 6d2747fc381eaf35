package org.newsmon.app.replay;

import org.newsmon.core.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.newsmon.core.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Kafka Streams topology until it has caught up with its input, then stops it: a batch run of a streaming
 * application. Caught up means that after the group's committed offset of every partition of the input topics and
 * of the application's repartition topics no committed record is left (only transaction markers may follow: with
 * exactly-once the committed offset stops one short of the end offset, at the marker).
 */
public final class StreamsCatchUp {
    private static final Logger log = LoggerFactory.getLogger(StreamsCatchUp.class);

    private StreamsCatchUp() {}

    /**
     * @param stop checked while waiting: true ends the run early (Ctrl-C)
     * @return true when caught up, false when stopped or timed out
     * @throws IllegalStateException when the streams client fails
     */
    public static boolean run(Topology topology, Properties props, List<String> inputTopics, Duration timeout,
                              BooleanSupplier stop) {
        String applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        // the admin and the probe reach the cluster as the Streams application does (address and security)
        Properties connection = KafkaClients.connection(props);
        try (KafkaStreams streams = new KafkaStreams(topology, props);
             Admin admin = Admin.create(connection);
             KafkaConsumer<byte[], byte[]> probe = probe(connection)) {
            streams.start();
            long deadline = System.nanoTime() + timeout.toNanos();
            // Not before one full check has passed twice 0.5 s apart: a rebalance can briefly show old offsets.
            int quietChecks = 0;
            while (System.nanoTime() < deadline && !stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING
                        || streams.state() == KafkaStreams.State.PENDING_ERROR) {
                    throw new IllegalStateException(applicationId + " stopped (" + streams.state() + "); see the log");
                }
                sleep(500);
                List<String> topics = new ArrayList<>(inputTopics);
                topics.addAll(repartitionTopics(admin, applicationId));
                if (streams.state() == KafkaStreams.State.RUNNING && caughtUp(admin, probe, applicationId, topics)) {
                    if (++quietChecks >= 2) {
                        return true;
                    }
                } else {
                    quietChecks = 0;
                }
            }
            return false;
        }
    }

    private static List<String> repartitionTopics(Admin admin, String applicationId) {
        try {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition")).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException | TimeoutException e) {
            throw new UserException("cannot list topics on Kafka: " + e.getMessage(), e);
        }
    }

    /** Whether group {@code groupId} has consumed every committed record of {@code topics}. */
    static boolean caughtUp(Admin admin, KafkaConsumer<byte[], byte[]> probe, String groupId, List<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            log.debug("offsets of {} not readable yet: {}", groupId, e.getMessage());
            return false;
        }
        for (String topic : topics) {
            List<PartitionInfo> infos = probe.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null) {
                continue;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> end = probe.endOffsets(partitions, Duration.ofSeconds(30));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                long from = c == null ? beginning(probe, tp) : c.offset();
                if (from < end.get(tp) && recordsBetween(probe, tp, from, end.get(tp))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long beginning(KafkaConsumer<byte[], byte[]> probe, TopicPartition tp) {
        return probe.beginningOffsets(List.of(tp), Duration.ofSeconds(30)).get(tp);
    }

    /** Whether a committed record lies in [from, end): markers and aborted records do not count. */
    private static boolean recordsBetween(KafkaConsumer<byte[], byte[]> probe, TopicPartition tp, long from, long end) {
        probe.assign(List.of(tp));
        probe.seek(tp, from);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!probe.poll(Duration.ofMillis(200)).isEmpty()) {
                return true;
            }
            if (probe.position(tp) >= end) {
                return false;
            }
        }
        return true;
    }

    private static KafkaConsumer<byte[], byte[]> probe(Properties connection) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
