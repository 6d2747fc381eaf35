package org.newsmon.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.newsmon.core.Config;
import org.newsmon.core.Topic;
import org.newsmon.core.Topics;
import org.newsmon.core.TopicAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: {@link EnrichTopology} over {@code news.raw} → {@code news.enriched} / {@code news.dlq},
 * run by Kafka Streams. Configuration is read and the tagger built in the constructor, so a bad setting fails
 * before anything starts. {@link #start()} creates missing topics and returns once the streams threads run;
 * {@link #close()} stops them. Metrics go to the registry passed in. Thread-safe.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Config config;
    private final List<Topic<?, ?>> topics;
    private final EnrichMetrics metrics;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final AtomicReference<Tagger> tagger;

    /**
     * @throws IllegalArgumentException when the gazetteer file is malformed
     */
    public EnrichService(Config config, MeterRegistry registry) {
        this(config, registry, Topics.RAW.name(), Topics.ENRICHED.name(), EnrichSettings.from(config).applicationId());
    }

    /**
     * The service on other topics, for replay ({@code news.raw} → {@code NAME.enriched} under its own application id).
     * Dead letters still go to {@code news.dlq}.
     *
     * @param applicationId the Streams application id; null for {@link EnrichSettings#APPLICATION_ID}'s default
     */
    public EnrichService(Config config, MeterRegistry registry, String inTopic, String outTopic, String applicationId) {
        this.config = config;
        this.topics = List.of(Topics.RAW.renamed(inTopic), Topics.ENRICHED.renamed(outTopic), Topics.DLQ);
        this.metrics = new EnrichMetrics(registry);
        this.tagger = new AtomicReference<>(Tagger.fromSettings(config));
        var topology = EnrichTopology.topology(tagger::get, inTopic, outTopic, Topics.DLQ.name(), metrics);
        this.streams = new KafkaStreams(topology, EnrichTopology.streamsConfig(config,
                applicationId != null ? applicationId : EnrichSettings.APPLICATION_ID.defaultValue()));
        // a failure the topology did not catch (broker trouble past retries) costs a thread restart, not the service
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich stream thread failed, replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("enrich streams {} -> {}", before, now));
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    /**
     * Creates the topics it reads and writes if missing, then starts processing in the background.
     *
     * @throws IllegalStateException when Kafka cannot be reached to create the topics
     */
    public void start() {
        TopicAdmin.ensureTopics(config, topics);
        streams.start();
        log.info("enrich started: {} -> {}", topics.get(0).name(), topics.get(1).name());
    }

    /**
     * Re-reads the gazetteer file ({@link EnrichSettings#GAZETTEER_FILE}); records after this call are tagged with it.
     * A file that does not load leaves the current tagger in place.
     *
     * @throws IllegalArgumentException when the file is malformed (every bad line listed)
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public void reloadGazetteer() {
        tagger.set(Tagger.fromSettings(config));
        log.info("enrich gazetteer reloaded");
    }

    /** The state of the streams client (RUNNING, REBALANCING, ERROR, …), for health checks. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Up while the streams client runs, rebalances or is still starting; down once its threads are gone. */
    public boolean healthy() {
        KafkaStreams.State state = streams.state();
        return state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
    }

    public EnrichMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
        log.info("enrich stopped");
    }
}
