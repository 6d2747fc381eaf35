package org.newsmon.alerts.notify;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters to news.dlq. The producer is made at the first dead letter (most runs never need one) and the send
 * waits for the broker's ack, so a notifier that reports a revision dead-lettered has really stored it.
 * Thread-safe.
 */
public final class KafkaDeadLetterSink implements DeadLetterSink, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaDeadLetterSink.class);
    private final Properties props = new Properties();
    private KafkaProducer<byte[], byte[]> producer;

    public KafkaDeadLetterSink(String bootstrapServers, Map<String, String> kafkaSettings) {
        props.putAll(kafkaSettings);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }

    @Override
    public synchronized void deadLetter(byte[] key, byte[] value, Headers headers) {
        if (producer == null) {
            producer = new KafkaProducer<>(props);
        }
        try {
            producer.send(DeadLetters.record(Topics.DLQ.name(), key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            log.error("cannot write a dead letter to {}: {}", Topics.DLQ.name(), e.toString());
            throw new IllegalStateException("cannot write a dead letter to " + Topics.DLQ.name(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }
}
