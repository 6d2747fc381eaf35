package org.newsmon.alerts;

import java.util.List;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.Topics;

/** Settings the alerts service reads; notifiers are configured by pass-through keys under {@code notifier.}. */
public final class AlertsSettings {
    private AlertsSettings() {}

    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("alerts.application.id", "newsmon-alerts",
            "Kafka Streams application id of the alerts service (also names its consumer groups and state)");

    /**
     * Declared identically (name, default, description, parsing, check) by the enrich module, so the app may keep
     * either when it merges the keys of both by name.
     */
    public static final ConfigKey<List<String>> WATCH_COUNTRIES = new ConfigKey<>("watch.countries", List.of("AZ", "VN"),
            "the watched pair of countries, ISO 3166-1 alpha-2 codes (an article is relevant when it involves all of them)",
            text -> ConfigKey.list("watch.countries", List.of(), "").parser().apply(text).stream()
                    .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList(),
            codes -> codes.size() >= 2 && codes.stream().allMatch(c -> c.matches("[A-Z]{2}")),
            "must list at least two ISO 3166-1 alpha-2 codes, e.g. AZ,VN");

    public static final ConfigKey<String> INPUT_TOPIC = ConfigKey.string("alerts.input.topic", Topics.ENRICHED.name(),
            "topic of enriched articles the alerts service reads");

    public static final ConfigKey<String> OUTPUT_TOPIC = ConfigKey.string("alerts.output.topic", Topics.ALERTS.name(),
            "compacted topic the alerts service writes alerts to, and its notifiers read");

    public static final ConfigKey<Integer> SSE_BUFFER = ConfigKey.integer("alerts.sse.buffer", 1000, 1, 1_000_000,
            "alert revisions kept for /alerts/stream clients that resume with Last-Event-ID");

    public static final List<ConfigKey<?>> KEYS = List.of(APPLICATION_ID, WATCH_COUNTRIES, INPUT_TOPIC, OUTPUT_TOPIC,
            SSE_BUFFER);
}
