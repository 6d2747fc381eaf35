package org.newsmon.alerts;

import java.util.List;
import java.util.stream.Stream;
import org.newsmon.alerts.notify.NotifierSettings;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.Topics;

/**
 * Settings the alerts service reads: each key declared once ({@link #KEYS}, with those of its notifiers,
 * {@link NotifierSettings}), and the service's own values read once at start-up by {@link #from}.
 */
public record AlertsSettings(String applicationId, List<String> watchCountries, String inputTopic, String outputTopic,
                             int sseBuffer) {

    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("alerts.application.id", "newsmon-alerts",
            "Kafka Streams application id of the alerts service (also names its consumer groups and state)");

    /** Declared in core: enrich and alerts read the same key. */
    public static final ConfigKey<List<String>> WATCH_COUNTRIES = CommonSettings.WATCH_COUNTRIES;

    public static final ConfigKey<String> INPUT_TOPIC = ConfigKey.string("alerts.input.topic", Topics.ENRICHED.name(),
            "topic of enriched articles the alerts service reads");

    public static final ConfigKey<String> OUTPUT_TOPIC = ConfigKey.string("alerts.output.topic", Topics.ALERTS.name(),
            "compacted topic the alerts service writes alerts to, and its notifiers read");

    public static final ConfigKey<Integer> SSE_BUFFER = ConfigKey.integer("alerts.sse.buffer", 1000, 1, 1_000_000,
            "alert revisions kept for /alerts/stream clients that resume with Last-Event-ID");

    public static final List<ConfigKey<?>> KEYS = Stream.concat(
            Stream.of(APPLICATION_ID, WATCH_COUNTRIES, INPUT_TOPIC, OUTPUT_TOPIC, SSE_BUFFER),
            NotifierSettings.KEYS.stream()).toList();

    /** The values in {@code config} (their defaults where it was loaded without them); notifiers read theirs. */
    public static AlertsSettings from(Config config) {
        return new AlertsSettings(config.get(APPLICATION_ID), config.get(WATCH_COUNTRIES), config.get(INPUT_TOPIC),
                config.get(OUTPUT_TOPIC), config.get(SSE_BUFFER));
    }
}
