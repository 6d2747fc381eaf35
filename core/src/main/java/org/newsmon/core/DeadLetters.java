package org.newsmon.core;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds {@code news.dlq} records: the bad bytes as they were, and why, where and from which stage in headers. */
public final class DeadLetters {
    private DeadLetters() {}

    public static final String REASON = "newsmon.dlq.reason";
    public static final String STAGE = "newsmon.dlq.stage";
    public static final String SOURCE_TOPIC = "newsmon.dlq.topic";
    public static final String SOURCE_PARTITION = "newsmon.dlq.partition";
    public static final String SOURCE_OFFSET = "newsmon.dlq.offset";
    public static final String EXCEPTION = "newsmon.dlq.exception";

    /** Headers for a dead letter; {@code error} may be null when the reason is not an exception. */
    public static Headers headers(String stage, String reason, Throwable error, String sourceTopic, int partition, long offset) {
        Headers headers = new RecordHeaders();
        add(headers, STAGE, stage);
        add(headers, REASON, reason);
        if (error != null) {
            add(headers, EXCEPTION, error.getClass().getName());
        }
        if (sourceTopic != null) {
            add(headers, SOURCE_TOPIC, sourceTopic);
            add(headers, SOURCE_PARTITION, Integer.toString(partition));
            add(headers, SOURCE_OFFSET, Long.toString(offset));
        }
        return headers;
    }

    public static ProducerRecord<byte[], byte[]> record(String dlqTopic, byte[] key, byte[] value, Headers headers) {
        return new ProducerRecord<>(dlqTopic, null, key, value, headers);
    }

    public static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
