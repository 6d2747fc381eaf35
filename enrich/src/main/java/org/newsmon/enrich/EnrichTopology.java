package org.newsmon.enrich;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.RawArticle;
import org.newsmon.core.StreamsSettings;
import org.newsmon.core.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich topology: {@code news.raw} → tag → {@code news.enriched}, keyed by article id. A record that cannot be
 * read as a RawArticle, or that the tagger rejects, goes to the dead-letter topic as the bytes it came as, with the
 * reason in {@link DeadLetters} headers, and is counted; processing goes on with the next record.
 */
public final class EnrichTopology {
    private static final Logger log = LoggerFactory.getLogger(EnrichTopology.class);

    static final String STAGE = "enrich";
    static final String SOURCE = "raw-source";
    static final String TAGGER = "tag-articles";
    static final String ENRICHED_SINK = "enriched-sink";
    static final String DLQ_SINK = "dlq-sink";

    private EnrichTopology() {}

    /** The topology without metrics. */
    public static Topology topology(Tagger tagger, String inTopic, String outTopic, String dlqTopic) {
        return topology(tagger, inTopic, outTopic, dlqTopic, EnrichMetrics.none());
    }

    /**
     * @param inTopic  RawArticle JSON records ({@code news.raw}, or a replay topic)
     * @param outTopic where EnrichedArticles go ({@code news.enriched})
     * @param dlqTopic where unreadable records go ({@code news.dlq})
     */
    public static Topology topology(Tagger tagger, String inTopic, String outTopic, String dlqTopic, EnrichMetrics metrics) {
        return topology(() -> tagger, inTopic, outTopic, dlqTopic, metrics);
    }

    /**
     * As {@link #topology(Tagger, String, String, String, EnrichMetrics)}, asking {@code tagger} for the tagger of
     * every record, so that a reloaded gazetteer takes effect without a restart.
     */
    public static Topology topology(Supplier<Tagger> tagger, String inTopic, String outTopic, String dlqTopic,
                                    EnrichMetrics metrics) {
        Topology topology = new Topology();
        // raw bytes in, so that a corrupt record reaches our processor (and the DLQ) instead of failing the consumer
        topology.addSource(SOURCE, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), inTopic);
        topology.addProcessor(TAGGER, () -> new TagProcessor(tagger, metrics, inTopic), SOURCE);
        topology.addSink(ENRICHED_SINK, outTopic, Serdes.String().serializer(), Topics.ENRICHED.valueSerde().serializer(), TAGGER);
        topology.addSink(DLQ_SINK, dlqTopic, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer(), TAGGER);
        return topology;
    }

    /**
     * Streams settings: exactly-once (v2), state under {@link CommonSettings#STATE_DIR}, one stream thread per core
     * (at most one per partition), zstd and 16 MiB requests for the producer, and every {@code kafka.*}
     * pass-through setting of the config, which overrides any of these.
     */
    public static Properties streamsConfig(Config config, String applicationId) {
        // Tagging is CPU-bound and keeps no state: one stream thread per core (up to one per partition, the most
        // that get a task) lets it use every core; `newsmon bench` showed the single default thread as the limit.
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), config.get(CommonSettings.TOPIC_PARTITIONS));
        return StreamsSettings.exactlyOnce(config, applicationId, Map.of(
                StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName(),
                StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName(),
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, Math.max(1, threads),
                // news.enriched is a zstd topic: batches compressed here are stored as they come, not recompressed
                // by the broker.
                StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd"));
    }

    /** Reads, tags and routes one record. One instance per stream task, as Kafka Streams requires. */
    static final class TagProcessor implements Processor<byte[], byte[], Object, Object> {
        private final Supplier<Tagger> tagger;
        private final EnrichMetrics metrics;
        private final String inTopic;
        private ProcessorContext<Object, Object> context;

        TagProcessor(Supplier<Tagger> tagger, EnrichMetrics metrics, String inTopic) {
            this.tagger = tagger;
            this.metrics = metrics;
            this.inTopic = inTopic;
        }

        @Override
        public void init(ProcessorContext<Object, Object> context) {
            this.context = context;
        }

        @Override
        public void process(Record<byte[], byte[]> record) {
            if (record.value() == null) {
                return; // a tombstone deletes nothing here: news.raw is not compacted, and there is nothing to tag
            }
            RawArticle raw;
            try {
                raw = Topics.RAW.valueSerde().deserializer().deserialize(inTopic, record.value());
            } catch (RuntimeException e) {
                deadLetter(record, "unreadable", "not a RawArticle: " + e.getMessage(), e);
                return;
            }
            if (raw.id() == null || raw.id().isBlank()) {
                deadLetter(record, "invalid", "RawArticle without id", null);
                return;
            }
            EnrichedArticle enriched;
            long started = System.nanoTime();
            try {
                enriched = tagger.get().tag(raw);
            } catch (RuntimeException e) {
                // a tagger bug or an article it cannot read must cost one record, not the service
                deadLetter(record, "untaggable", "cannot tag article " + raw.id() + ": " + e, e);
                return;
            }
            metrics.enriched(enriched, System.nanoTime() - started);
            context.forward(new Record<Object, Object>(raw.id(), enriched, record.timestamp()), ENRICHED_SINK);
        }

        private void deadLetter(Record<byte[], byte[]> record, String kind, String reason, Throwable error) {
            RecordMetadata meta = context.recordMetadata().orElse(null);
            String topic = meta == null ? inTopic : meta.topic();
            int partition = meta == null ? -1 : meta.partition();
            long offset = meta == null ? -1 : meta.offset();
            log.warn("dead-lettering record {}-{}@{} ({}): {}", topic, partition, offset, kind, reason);
            Headers headers = DeadLetters.headers(STAGE, reason, error, topic, partition, offset);
            headers.add("newsmon.dlq.kind", kind.getBytes(StandardCharsets.UTF_8));
            metrics.deadLetter(kind);
            context.forward(new Record<Object, Object>(record.key(), record.value(), record.timestamp(), headers), DLQ_SINK);
        }
    }
}
