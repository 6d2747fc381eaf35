package org.newsmon.alerts.notify;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.core.CloudEvents;
import org.newsmon.core.Alert;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer group reading the alerts topic on a thread of its own and handing each revision to its notifiers,
 * committing after delivery (at least once, across restarts). {@link AlertsService} gives slow notifiers that
 * retry over the network (webhook, email) a loop each, so one that is down does not hold up the console or the
 * stream. Started and stopped once.
 */
public final class DeliveryLoop {
    private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);
    static final String STAGE = "alerts-notifier";

    private final String groupId;
    private final Properties consumerProps;
    private final String topic;
    private final List<Notifier> notifiers;
    private final NotifierMetrics metrics;
    private final DeadLetterSink unreadable;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean failed;
    private KafkaConsumer<byte[], byte[]> consumer; // guarded by this

    /**
     * @param common     consumer settings (bootstrap servers, pass-through); group and the rest are set here
     * @param unreadable where a record that is no Alert goes, or null to skip it (another loop dead-letters it)
     */
    public DeliveryLoop(String groupId, Properties common, String topic, List<Notifier> notifiers, NotifierMetrics metrics,
                 DeadLetterSink unreadable) {
        this.groupId = groupId;
        this.consumerProps = new Properties();
        consumerProps.putAll(common);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group starts at the beginning: alerts raised before the first start are delivered too.
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.topic = topic;
        this.notifiers = List.copyOf(notifiers);
        this.metrics = metrics;
        this.unreadable = unreadable;
        this.thread = new Thread(this::run, "newsmon-deliver-" + groupId);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public boolean failed() {
        return failed;
    }

    /** Stops after the revision being delivered; what was not committed is delivered again after a restart. */
    public void stop(Duration wait) {
        stopping = true;
        synchronized (this) {
            if (consumer != null) {
                consumer.wakeup();
            }
        }
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("delivery loop {} did not stop within {} (a notifier is still retrying); going on", groupId, wait);
        }
    }

    private void run() {
        KafkaConsumer<byte[], byte[]> c;
        synchronized (this) {
            if (stopping) {
                return;
            }
            c = consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        try (c) {
            c.subscribe(List.of(topic));
            while (!stopping) {
                ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (stopping) {
                        return; // the rest of the batch is not committed: it is delivered after the restart
                    }
                    deliver(record);
                }
                if (!records.isEmpty()) {
                    // After delivery, not before: a crash in between delivers the batch again (at least once).
                    c.commitSync();
                }
            }
        } catch (WakeupException e) {
            // stop() woke us
        } catch (RuntimeException e) {
            if (!stopping) {
                failed = true;
                log.error("delivery loop {} stopped, its notifiers get no more alerts (fix the cause, restart): {}",
                        groupId, e.getMessage(), e);
            }
        }
    }

    private void deliver(ConsumerRecord<byte[], byte[]> record) {
        Alert alert;
        try {
            alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            if (unreadable != null) {
                metrics.deadLetter("unreadable-alert");
                log.warn("unreadable alert at {}-{}@{}: {}; sent to the DLQ", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                unreadable.deadLetter(record.key(), record.value(), DeadLetters.headers(STAGE, e.getMessage(), e,
                        record.topic(), record.partition(), record.offset()));
            }
            return;
        }
        if (alert == null) {
            return; // a tombstone deletes an event from the compacted topic; nothing to tell anyone
        }
        for (Notifier notifier : notifiers) {
            if (!notifier.accepts(alert)) {
                continue;
            }
            long start = System.nanoTime();
            try {
                notifier.deliver(alert);
                metrics.delivery(notifier.name(), "delivered", Duration.ofNanos(System.nanoTime() - start));
            } catch (DeliveryFailedException e) {
                // the notifier has retried and dead-lettered the revision itself
                metrics.delivery(notifier.name(), "dead-lettered", Duration.ofNanos(System.nanoTime() - start));
            } catch (RuntimeException e) {
                metrics.delivery(notifier.name(), "failed", Duration.ofNanos(System.nanoTime() - start));
                log.warn("notifier {} failed on {}: {}; going on with the next", notifier.name(), CloudEvents.id(alert),
                        e.toString());
            }
        }
    }
}
