package org.newsmon.core;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the alert JSON is the record value, the attributes are
 * {@code ce_*} headers. The id is {@code <eventKey>:<revision>}, so a revision re-published after a crash or a
 * replay carries the id it had, and consumers can drop it as a duplicate.
 */
public final class CloudEvents {
    private CloudEvents() {}

    public static final String SOURCE = "urn:newsmon:alerts";
    static final String TYPE_PREFIX = "newsmon.alert.";

    public static String id(Alert alert) {
        return alert.eventKey() + ":" + alert.revision();
    }

    public static String type(Alert alert) {
        return TYPE_PREFIX + alert.kind().name().toLowerCase(Locale.ROOT);
    }

    /** The {@code ce_*} headers of an alert record on news.alerts. */
    public static Headers headers(Alert alert) {
        Headers headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", id(alert));
        add(headers, "ce_type", type(alert));
        add(headers, "ce_source", SOURCE);
        add(headers, "ce_subject", alert.eventKey());
        if (alert.updatedAt() != null) {
            add(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(alert.updatedAt()));
        }
        add(headers, "content-type", "application/json");
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
