package org.newsmon.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code news.enriched} bytes into the sightings they hold, keyed by pair ({@link Sighting#pairKey()}), or
 * into one dead letter when the bytes are not an article. Stateless.
 */
final class ArticleDecoder implements Processor<byte[], byte[], String, ArticleDecoder.Decoded> {
    private static final Logger log = LoggerFactory.getLogger(ArticleDecoder.class);
    static final String STAGE = "alerts";

    /** Exactly one of {@code sighting} and {@code deadValue}/{@code deadKey} is meaningful. */
    record Decoded(Sighting sighting, byte[] deadKey, byte[] deadValue) {
        boolean dead() {
            return sighting == null;
        }
    }

    private final JsonSerde<ArticleEvents> serde = new JsonSerde<>(ArticleEvents.class, "EnrichedArticle");
    private final AlertableEvents alertable;
    private final AlertsMetrics metrics;
    private ProcessorContext<String, Decoded> context;

    ArticleDecoder(AlertableEvents alertable, AlertsMetrics metrics) {
        this.alertable = alertable;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Decoded> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        ArticleEvents article;
        try {
            article = serde.deserialize(topic(), record.value());
            if (article == null) {
                deadLetter(record, "empty", "no value (tombstone): expected an EnrichedArticle", null);
                return;
            }
            if (article.id() == null || article.id().isBlank()) {
                deadLetter(record, "invalid", "EnrichedArticle without an id", null);
                return;
            }
        } catch (SerializationException e) {
            deadLetter(record, "unreadable", e.getMessage(), e);
            return;
        }
        AlertableEvents.Result result;
        try {
            result = alertable.sightings(article, Instant.ofEpochMilli(record.timestamp()));
        } catch (RuntimeException e) {
            // A readable article this code cannot handle is a bug to fix, but not a reason to stop the service.
            deadLetter(record, "unprocessable", "cannot read the events of article " + article.id() + ": " + e, e);
            return;
        }
        if (result.malformed() > 0) {
            metrics.malformedEvents(result.malformed());
            log.warn("article {}: skipped {} event(s) without a type or status", article.id(), result.malformed());
        }
        for (Sighting sighting : result.sightings()) {
            // Fresh headers: the input's headers mean nothing downstream.
            context.forward(new Record<>(sighting.pairKey(), new Decoded(sighting, null, null), record.timestamp(),
                    new RecordHeaders()));
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, String reason, String detail, Throwable error) {
        metrics.deadLetter(reason);
        RecordMetadata meta = context.recordMetadata().orElse(null);
        log.warn("unreadable record on {} (partition {}, offset {}): {}; sent to the DLQ", topic(),
                meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(), detail);
        var headers = DeadLetters.headers(STAGE, detail, error, topic(), meta == null ? -1 : meta.partition(),
                meta == null ? -1 : meta.offset());
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        context.forward(new Record<>(key, new Decoded(null, record.key(), record.value()), record.timestamp(), headers));
    }

    private String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse("news.enriched");
    }
}
