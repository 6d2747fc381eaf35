package org.newsmon.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.alerts.notify.Notifiers;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.enrich.EnrichSettings;
import org.newsmon.ingest.IngestSettings;
import picocli.CommandLine.Option;

/** The options every service command shares: where the config file is and the settings most often overridden. */
public final class ConfigOptions {
    /** Every key of every module: a config file is checked against all of them at once. */
    static final List<ConfigKey<?>> ALL_KEYS = allKeys();

    @Option(names = {"-c", "--config"}, description = "properties file with settings (keys: newsmon config, docs/configuration.md)")
    Path configFile;

    @Option(names = "--bootstrap-servers", description = "Kafka to use (host:port,...); default: the embedded broker for run, localhost:9092 otherwise")
    public String bootstrapServers;

    @Option(names = "--http-port", description = "port of /metrics, /health and the status page (default 8080; 0 = any free port)")
    Integer httpPort;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "any setting, e.g. --set poll.interval=30s (repeatable)")
    Map<String, String> settings = new HashMap<>();

    /**
     * The validated configuration: flags over {@code NEWSMON_*} environment over the file over defaults. Checks also
     * what one key alone cannot tell (the notifiers' required companions, the HTTP token), so that every command
     * reports a bad configuration before it starts anything.
     *
     * @throws ConfigException listing every problem
     */
    public Config load(Map<String, String> commandDefaults) {
        Map<String, String> flags = new HashMap<>(commandDefaults);
        flags.putAll(settings);
        if (bootstrapServers != null) {
            flags.put(CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrapServers);
        }
        if (httpPort != null) {
            flags.put(CommonSettings.HTTP_PORT.name(), httpPort.toString());
        }
        Config config = Config.load(configFile, System.getenv(), flags, ALL_KEYS);
        Notifiers.check(config);
        HttpEndpoint.token(config);
        return config;
    }

    private static List<ConfigKey<?>> allKeys() {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        for (List<ConfigKey<?>> moduleKeys : List.of(IngestSettings.KEYS, EnrichSettings.KEYS, AlertsSettings.KEYS)) {
            for (ConfigKey<?> key : moduleKeys) {
                // Modules may share a key (watch.countries); it is declared identically, keep the first.
                if (keys.stream().noneMatch(k -> k.name().equals(key.name()))) {
                    keys.add(key);
                }
            }
        }
        return List.copyOf(keys);
    }
}
