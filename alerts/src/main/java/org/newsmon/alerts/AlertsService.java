package org.newsmon.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigException;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts service: the {@link AlertsTopology} on Kafka Streams (exactly once), and a consumer of news.alerts
 * (group {@code <application id>-notifiers}, read_committed) that hands every revision to the notifiers and
 * commits only after that, so each revision is delivered at least once, across restarts too.
 * {@link #start()} returns at once; {@link #close()} stops both and closes the notifiers.
 */
public final class AlertsService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AlertsService.class);
    static final String NOTIFIER_STAGE = "alerts-notifier";

    private final Config config;
    private final AlertsMetrics metrics;
    private final HttpEndpoint http;
    private final List<Notifier> notifiers;
    private final String applicationId;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile KafkaStreams streams;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile KafkaProducer<byte[], byte[]> dlqProducer;
    private volatile Thread worker;
    private volatile boolean failed;

    /**
     * @param http      the process's HTTP endpoint, or null; {@code /alerts/stream} is served on it
     * @param notifiers where revisions go; closed by {@link #close()}
     * @throws ConfigException when the watch has fewer than two countries
     */
    public AlertsService(Config config, MeterRegistry registry, HttpEndpoint http, List<Notifier> notifiers) {
        this.config = config;
        this.metrics = new AlertsMetrics(registry);
        this.http = http;
        this.notifiers = new ArrayList<>(notifiers);
        this.applicationId = config.get(AlertsSettings.APPLICATION_ID);
        if (config.get(AlertsSettings.WATCH_COUNTRIES).stream().distinct().count() < 2) {
            throw new ConfigException(List.of(AlertsSettings.WATCH_COUNTRIES.name()
                    + ": needs at least two countries, got " + config.get(AlertsSettings.WATCH_COUNTRIES)));
        }
    }

    /** Creates missing topics, starts the topology and the notifier consumer. Returns at once. */
    public synchronized void start() {
        if (worker != null) {
            throw new IllegalStateException("already started");
        }
        worker = new Thread(this::run, "newsmon-alerts-notifier");
        worker.setDaemon(true);
        worker.start();
    }

    /** Up while the topology runs and the notifier loop has not failed. */
    public boolean healthy() {
        KafkaStreams s = streams;
        return !failed && (s == null || s.state().isRunningOrRebalancing() || s.state() == KafkaStreams.State.CREATED);
    }

    private void run() {
        try {
            String bootstrap = config.get(CommonSettings.BOOTSTRAP_SERVERS);
            TopicAdmin.ensureTopics(bootstrap, Topics.ALL, config.get(CommonSettings.TOPIC_PARTITIONS),
                    config.get(CommonSettings.TOPIC_REPLICATION).shortValue());
            synchronized (this) {
                if (closing.get()) {
                    return;
                }
                streams = new KafkaStreams(AlertsTopology.topology(config.get(AlertsSettings.WATCH_COUNTRIES),
                        metrics.registry()), streamsProperties());
                streams.setUncaughtExceptionHandler(e -> {
                    log.error("alerts topology failed; the alerts service stops raising alerts (see the cause, fix, restart)", e);
                    failed = true;
                    return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                });
                streams.start();
                dlqProducer = new KafkaProducer<>(producerProperties());
                consumer = new KafkaConsumer<>(consumerProperties());
            }
            deliverLoop();
        } catch (WakeupException e) {
            // close() woke us: fine
        } catch (RuntimeException e) {
            if (!closing.get()) {
                failed = true;
                log.error("alerts service stopped: {}", e.getMessage(), e);
            }
        }
    }

    private void deliverLoop() {
        consumer.subscribe(List.of(Topics.ALERTS.name()));
        while (!closing.get()) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
            for (ConsumerRecord<byte[], byte[]> record : records) {
                deliver(record);
            }
            if (!records.isEmpty()) {
                // After delivery, not before: a crash in between delivers the batch again (at least once).
                consumer.commitSync();
            }
        }
    }

    private void deliver(ConsumerRecord<byte[], byte[]> record) {
        Alert alert;
        try {
            alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            metrics.deadLetter("unreadable-alert");
            log.warn("unreadable alert at {}-{}@{}: {}; sent to the DLQ", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            dlqProducer.send(DeadLetters.record(Topics.DLQ.name(), record.key(), record.value(),
                    DeadLetters.headers(NOTIFIER_STAGE, e.getMessage(), e, record.topic(), record.partition(), record.offset())));
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
            } catch (RuntimeException e) {
                metrics.delivery(notifier.name(), "failed", Duration.ofNanos(System.nanoTime() - start));
                log.warn("notifier {} failed on {} revision {}: {}; continuing with the next", notifier.name(),
                        alert.eventKey(), alert.revision(), e.toString());
            }
        }
    }

    Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.get(CommonSettings.STATE_DIR));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(CommonSettings.TOPIC_REPLICATION));
        // An unreadable article goes to the DLQ as it came, up to the 16 MiB the topics accept (default: 1 MiB).
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024);
        // An article's alert passes two exactly-once commits here (before and after the repartition topic), each
        // waiting for the commit interval (100 ms under EOS by default); alerts see few records, so committing
        // twice as often costs little and takes ~100 ms off the alert latency `newsmon bench` measures.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        props.putAll(config.withPrefix("kafka."));
        return props;
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.putAll(config.withPrefix("kafka."));
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-notifiers");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group starts at the beginning: alerts raised before the first start are delivered too.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(config.withPrefix("kafka."));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            if (consumer != null) {
                consumer.wakeup();
            }
        }
        Thread w = worker;
        if (w != null) {
            try {
                w.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(10));
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
        }
        if (dlqProducer != null) {
            dlqProducer.close(Duration.ofSeconds(10));
        }
        for (Notifier notifier : notifiers) {
            try {
                notifier.close();
            } catch (RuntimeException e) {
                log.warn("closing notifier {}: {}", notifier.name(), e.toString());
            }
        }
    }
}
