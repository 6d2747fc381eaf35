package org.newsmon.alerts;

import java.util.List;
import org.newsmon.core.ConfigKey;

/** Settings the alerts service reads; notifiers are configured by pass-through keys under {@code notifier.}. */
public final class AlertsSettings {
    private AlertsSettings() {}

    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("alerts.application.id", "newsmon-alerts",
            "Kafka Streams application id of the alerts service (also names its consumer groups and state)");

    /** Declared identically by the enrich module; the app keeps one key per name. */
    public static final ConfigKey<List<String>> WATCH_COUNTRIES = ConfigKey.list("watch.countries", List.of("AZ", "VN"),
            "ISO 3166-1 alpha-2 codes of the watched countries (comma-separated)");

    public static final ConfigKey<Boolean> CONSOLE = ConfigKey.bool("alerts.console", true,
            "print every alert revision on standard output");

    public static final List<ConfigKey<?>> KEYS = List.of(APPLICATION_ID, WATCH_COUNTRIES, CONSOLE);
}
