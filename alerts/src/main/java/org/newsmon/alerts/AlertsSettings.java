package org.newsmon.alerts;

import java.util.List;
import java.util.stream.Stream;
import org.newsmon.alerts.notify.NotifierSettings;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.Topics;

/** Settings the alerts service reads, with those of its notifiers ({@link NotifierSettings}). */
public final class AlertsSettings {
    private AlertsSettings() {}

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
}
