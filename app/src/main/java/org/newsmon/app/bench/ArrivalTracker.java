package org.newsmon.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.Topics;

/**
 * Watches {@code news.enriched} and {@code news.alerts} from their current end (read_committed, as a subscriber
 * sees them) and notes when each bench article first shows up on each: on enriched by its key, on alerts by the
 * source URLs of the alert. Times are {@link System#nanoTime()} of this JVM, comparable with the producer's.
 * Thread-safe; one background thread.
 */
public final class ArrivalTracker implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> enriched = new ConcurrentHashMap<>();
    private final Map<String, Long> alerted = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    public ArrivalTracker(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Wake up for every record at once: we measure latency, not our own batching.
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ENRICHED.name(), Topics.ALERTS.name())) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(60))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is produced
        thread = new Thread(this::run, "newsmon-bench-tracker");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    long now = System.nanoTime();
                    if (r.topic().equals(Topics.ENRICHED.name()) && r.key() != null) {
                        enriched.putIfAbsent(new String(r.key(), StandardCharsets.UTF_8), now);
                    } else if (r.topic().equals(Topics.ALERTS.name()) && r.value() != null) {
                        Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
                        for (AlertSource source : alert.sources()) {
                            String id = SyntheticArticles.idFromUrl(source.url());
                            if (id != null) {
                                alerted.putIfAbsent(id, now);
                            }
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** When the article first appeared on news.enriched, or null. */
    public Long enrichedAt(String id) {
        return enriched.get(id);
    }

    /** When an alert first named the article as a source, or null. */
    public Long alertedAt(String id) {
        return alerted.get(id);
    }

    /**
     * Waits until {@code done} holds, checking every few milliseconds.
     *
     * @return whether it held before {@code timeout}
     * @throws IllegalStateException when the tracker's consumer failed
     */
    public boolean await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (failure != null) {
                throw new IllegalStateException("bench consumer failed: " + failure.getMessage(), failure);
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
