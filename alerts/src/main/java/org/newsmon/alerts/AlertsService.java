package org.newsmon.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.newsmon.alerts.notify.DeadLetterSink;
import org.newsmon.alerts.notify.DeliveryLoop;
import org.newsmon.alerts.notify.Notifier;
import org.newsmon.alerts.notify.Notifiers;
import org.newsmon.alerts.notify.SseBroadcaster;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigException;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.Topic;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.StreamsSettings;
import org.newsmon.core.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts service: the {@link AlertsTopology} on Kafka Streams (exactly once), and consumers of news.alerts
 * (read_committed) that hand every revision to the notifiers and commit only after that, so each revision is
 * delivered at least once, across restarts too. The notifiers given to the constructor and the SSE stream share the
 * group {@code <application id>-notifiers}; each notifier from the configuration (webhook, email) gets a group of
 * its own ({@code <application id>-notifiers-webhook}), so one that is down delays no other.
 * {@link #start()} returns at once; {@link #close()} stops everything and closes the notifiers.
 */
public final class AlertsService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AlertsService.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Config config;
    private final AlertsSettings settings;
    private final AlertsMetrics metrics;
    private final List<Notifier> localNotifiers;
    private final List<Notifier> configuredNotifiers;
    private final SseBroadcaster sse;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final List<DeliveryLoop> loops = new CopyOnWriteArrayList<>();
    private volatile KafkaStreams streams;
    private volatile KafkaStreamsMetrics streamsMetrics;
    private volatile KafkaProducer<byte[], byte[]> dlqProducer;
    private volatile Thread starter;
    private volatile boolean failed;

    /**
     * @param http      the process's HTTP endpoint, or null; {@code /alerts/stream} (server-sent events, see
     *                  {@link SseBroadcaster}) is served on it
     * @param notifiers where revisions go besides those the configuration asks for ({@link Notifiers#fromConfig},
     *                  added here: do not pass them again); all closed by {@link #close()}
     * @throws ConfigException when the watch has fewer than two countries, or the notifier settings are wrong
     */
    public AlertsService(Config config, MeterRegistry registry, HttpEndpoint http, List<Notifier> notifiers) {
        this.settings = AlertsSettings.from(config);
        try {
            new AlertableEvents(settings.watchCountries()); // checked now, not when the thread starts
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of(AlertsSettings.WATCH_COUNTRIES.name() + ": " + e.getMessage()));
        }
        this.config = config;
        this.metrics = new AlertsMetrics(registry);
        this.configuredNotifiers = Notifiers.fromConfig(config, metrics);
        this.localNotifiers = new ArrayList<>(notifiers);
        if (http != null) {
            sse = new SseBroadcaster(settings.sseBuffer());
            http.handle("/alerts/stream", sse::handle);
            localNotifiers.add(sse);
        } else {
            sse = null;
        }
    }

    /** Creates missing topics, starts the topology and the delivery loops. Returns at once. */
    public synchronized void start() {
        if (starter != null) {
            throw new IllegalStateException("already started");
        }
        starter = new Thread(this::run, "newsmon-alerts-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** Up while the topology runs and no delivery loop has failed. */
    public boolean healthy() {
        KafkaStreams s = streams;
        return !failed && loops.stream().noneMatch(DeliveryLoop::failed)
                && (s == null || s.state().isRunningOrRebalancing() || s.state() == KafkaStreams.State.CREATED);
    }

    private void run() {
        try {
            String inputTopic = settings.inputTopic();
            String outputTopic = settings.outputTopic();
            Map<String, Topic<?, ?>> topics = new LinkedHashMap<>();
            Topics.ALL.forEach(t -> topics.put(t.name(), t));
            topics.putIfAbsent(inputTopic, Topics.ENRICHED.renamed(inputTopic));
            topics.putIfAbsent(outputTopic, Topics.ALERTS.renamed(outputTopic));
            TopicAdmin.ensureTopics(config, topics.values());
            synchronized (this) {
                if (closing.get()) {
                    return;
                }
                streams = new KafkaStreams(AlertsTopology.topology(Topics.ENRICHED.renamed(inputTopic),
                        Topics.ALERTS.renamed(outputTopic), Topics.DLQ.name(), settings.watchCountries(),
                        metrics.registry()), streamsProperties());
                streams.setUncaughtExceptionHandler(e -> {
                    log.error("alerts topology failed; the alerts service stops raising alerts (see the cause, fix, restart)", e);
                    failed = true;
                    return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                });
                streamsMetrics = new KafkaStreamsMetrics(streams);
                streamsMetrics.bindTo(metrics.registry());
                streams.start();
                dlqProducer = new KafkaProducer<>(producerProperties());
            }
            if (sse != null) {
                primeStream();
            }
            startLoops();
        } catch (RuntimeException e) {
            if (!closing.get()) {
                failed = true;
                log.error("alerts service did not start (fix the cause, restart): {}", e.getMessage(), e);
            }
        }
    }

    private synchronized void startLoops() {
        if (closing.get()) {
            return;
        }
        Properties common = kafkaClientProperties();
        String applicationId = settings.applicationId();
        String outputTopic = settings.outputTopic();
        DeadLetterSink toDlq = (key, value, headers) ->
                dlqProducer.send(DeadLetters.record(Topics.DLQ.name(), key, value, headers));
        if (!localNotifiers.isEmpty()) {
            // This loop alone dead-letters unreadable records, so each goes to the DLQ once.
            loops.add(new DeliveryLoop(applicationId + "-notifiers", common, outputTopic, localNotifiers, metrics, toDlq));
        }
        for (Notifier notifier : configuredNotifiers) {
            loops.add(new DeliveryLoop(applicationId + "-notifiers-" + notifier.name(), common, outputTopic,
                    List.of(notifier), metrics, localNotifiers.isEmpty() && loops.isEmpty() ? toDlq : null));
        }
        loops.forEach(DeliveryLoop::start);
    }

    /**
     * Fills the SSE buffer with the latest revision of the most recently updated events on the alerts topic
     * (compacted, so small), for clients that come back after a restart.
     */
    private void primeStream() {
        String outputTopic = settings.outputTopic();
        Properties props = kafkaClientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Alert> latest = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(outputTopic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(outputTopic, p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(reader.endOffsets(partitions, Duration.ofSeconds(30)));
            end.entrySet().removeIf(e -> reader.position(e.getKey()) >= e.getValue());
            while (!end.isEmpty() && !closing.get()) {
                for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(500))) {
                    try {
                        Alert a = Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
                        if (a != null) {
                            latest.merge(a.eventKey(), a, (x, y) -> y.revision() >= x.revision() ? y : x);
                        }
                    } catch (SerializationException e) {
                        // the delivery loop dead-letters it when it gets there
                    }
                }
                end.entrySet().removeIf(e -> reader.position(e.getKey()) >= e.getValue());
            }
        } catch (RuntimeException e) {
            log.warn("could not prime the alert stream from {} ({}); it starts empty", outputTopic, e.toString());
            return;
        }
        latest.values().stream()
                .sorted(Comparator.comparing(Alert::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .skip(Math.max(0, latest.size() - settings.sseBuffer()))
                .forEach(sse::deliver);
    }

    Properties streamsProperties() {
        // An article's alert passes two exactly-once commits here (before and after the repartition topic), each
        // waiting for the commit interval (100 ms under EOS by default); alerts see few records, so committing
        // twice as often costs little and takes ~100 ms off the alert latency `newsmon bench` measures.
        return StreamsSettings.exactlyOnce(config, settings.applicationId(), Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50));
    }

    /** The pass-through {@code kafka.*} settings and the cluster: what every client of this service starts from. */
    private Properties kafkaClientProperties() {
        Properties props = new Properties();
        props.putAll(config.withPrefix("kafka."));
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        return props;
    }

    private Properties producerProperties() {
        Properties props = kafkaClientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        Thread s = starter;
        if (s != null) {
            try {
                s.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            loops.forEach(loop -> loop.stop(STOP_WAIT));
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        if (streams != null) {
            // Leave the group, so a restarted instance gets its tasks at once rather than after the session timeout.
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(STOP_WAIT));
        }
        if (dlqProducer != null) {
            dlqProducer.close(Duration.ofSeconds(10));
        }
        List<Notifier> all = new ArrayList<>(localNotifiers);
        all.addAll(configuredNotifiers);
        for (Notifier notifier : all) {
            try {
                notifier.close();
            } catch (RuntimeException e) {
                log.warn("closing notifier {}: {}", notifier.name(), e.toString());
            }
        }
    }
}
