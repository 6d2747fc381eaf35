package org.newsmon.app.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.ProducerSettings;
import org.newsmon.core.Config;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.RawArticle;
import org.newsmon.core.UserException;
import org.newsmon.enrich.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing half of a replay or backfill: tags articles with today's tagger and writes them, and whatever else the
 * caller adds, in transactions, each committed together with the run's progress (consumer-group offsets), so that
 * after a crash or Ctrl-C the output and the progress agree. The transactional id is the run's: a second process
 * running the same replay fences the first. Not thread-safe.
 */
final class EnrichedOutput implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichedOutput.class);
    static final String STAGE = "replay";

    private final KafkaProducer<byte[], byte[]> producer;
    private final ReplayTarget target;
    private final Tagger tagger;
    private final List<Runnable> held = new ArrayList<>();
    private long articles;
    private long events;
    private long deadLetters;

    EnrichedOutput(Config config, String transactionalId, ReplayTarget target, Tagger tagger) {
        this.target = target;
        this.tagger = tagger;
        Properties props = ProducerSettings.durable(config, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        try {
            producer.initTransactions();
        } catch (KafkaException e) {
            producer.close(Duration.ZERO);
            throw new UserException("cannot start a transaction on Kafka at "
                    + config.get(CommonSettings.BOOTSTRAP_SERVERS) + ": " + e.getMessage(), e);
        }
    }

    void begin() {
        producer.beginTransaction();
    }

    /** Tags {@code raw} and writes it to the target's enriched topic; a tagger failure becomes a dead letter. */
    void article(RawArticle raw, long timestamp) {
        EnrichedArticle enriched;
        try {
            enriched = tagger.tag(raw);
        } catch (RuntimeException e) {
            byte[] bytes = target.enriched().keySerde().serializer().serialize(null, raw.id());
            deadLetter(bytes, org.newsmon.core.Topics.RAW.valueSerde().serializer().serialize(null, raw),
                    "cannot tag article " + raw.id() + ": " + e, e, null, -1, -1);
            return;
        }
        String topic = target.enriched().name();
        send(new ProducerRecord<>(topic, null, timestamp, target.enriched().keySerde().serializer().serialize(topic, raw.id()),
                target.enriched().valueSerde().serializer().serialize(topic, enriched)));
        articles++;
        events += enriched.events().size();
    }

    void deadLetter(byte[] key, byte[] value, String reason, Throwable error, String sourceTopic, int partition, long offset) {
        log.warn("dead-lettering {} to {}: {}", key == null ? "record" : new String(key, StandardCharsets.UTF_8),
                target.dlq().name(), reason);
        send(DeadLetters.record(target.dlq().name(), key, value,
                DeadLetters.headers(STAGE, reason, error, sourceTopic, partition, offset)));
        deadLetters++;
    }

    /** Keeps an unreadable input record to dead-letter in the next transaction (reading happens outside one). */
    void holdDeadLetter(ConsumerRecord<byte[], byte[]> r, String reason, Throwable error) {
        held.add(() -> deadLetter(r.key(), r.value(), reason, error, r.topic(), r.partition(), r.offset()));
    }

    void flushPendingDeadLetters() {
        held.forEach(Runnable::run);
        held.clear();
    }

    String targetName() {
        return target.live() ? target.enriched().name() : target.name() + ".*";
    }

    void send(ProducerRecord<byte[], byte[]> record) {
        producer.send(record);
    }

    /**
     * Commits what was sent since {@link #begin} together with {@code progress} of group {@code groupId} (none when
     * empty); on failure aborts, so neither the output nor the progress is stored, and throws.
     *
     * @throws UserException when another process took over the same run, or Kafka failed
     */
    void commit(Map<TopicPartition, OffsetAndMetadata> progress, String groupId) {
        try {
            if (!progress.isEmpty()) {
                producer.sendOffsetsToTransaction(progress, new ConsumerGroupMetadata(groupId));
            }
            producer.commitTransaction();
        } catch (ProducerFencedException e) {
            throw new UserException("another process is running the same replay (" + groupId + "); this one stops", e);
        } catch (KafkaException e) {
            try {
                producer.abortTransaction();
            } catch (KafkaException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw new UserException("writing to Kafka failed; nothing of the last batch was kept, run the "
                    + "same command again to resume: " + e.getMessage(), e);
        }
    }

    long articles() {
        return articles;
    }

    long events() {
        return events;
    }

    long deadLetters() {
        return deadLetters;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
