package org.newsmon.app.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.enrich.EnrichSettings;
import org.newsmon.ingest.IngestSettings;

/** Configs with every module's keys, as the command line loads them. */
public final class TestConfigs {
    private TestConfigs() {}

    public static Config of(Map<String, String> values) {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        for (List<ConfigKey<?>> module : List.of(IngestSettings.KEYS, EnrichSettings.KEYS, AlertsSettings.KEYS)) {
            for (ConfigKey<?> key : module) {
                if (keys.stream().noneMatch(k -> k.name().equals(key.name()))) {
                    keys.add(key);
                }
            }
        }
        return Config.of(values, keys);
    }
}
