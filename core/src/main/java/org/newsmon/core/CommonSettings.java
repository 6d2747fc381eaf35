package org.newsmon.core;

import java.util.List;
import java.util.Locale;

/** Settings every service reads. */
public final class CommonSettings {
    private CommonSettings() {}

    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConfigKey.string("bootstrap.servers", "localhost:9092",
            "Kafka bootstrap servers (host:port,...)");
    public static final ConfigKey<Integer> TOPIC_PARTITIONS = ConfigKey.integer("topic.partitions", 3, 1, 1024,
            "partitions of each topic newsmon creates");
    public static final ConfigKey<Integer> TOPIC_REPLICATION = ConfigKey.integer("topic.replication", 1, 1, 16,
            "replication factor of each topic newsmon creates");
    public static final ConfigKey<Integer> HTTP_PORT = ConfigKey.integer("http.port", 8080, 0, 65535,
            "port of the service's HTTP endpoint (/metrics, /health, streams, callbacks); 0 picks a free one");
    public static final ConfigKey<String> HTTP_HOST = ConfigKey.string("http.host", "127.0.0.1",
            "address the HTTP endpoint binds; loopback by default, 0.0.0.0 for every interface (containers)");
    public static final ConfigKey<String> HTTP_AUTH_TOKEN = ConfigKey.string("http.auth.token", null,
            "when set, every HTTP path but /health needs the header 'Authorization: Bearer <token>'");
    public static final ConfigKey<String> HTTP_AUTH_TOKEN_FILE = new ConfigKey<>("http.auth.token.file", null,
            "a file holding http.auth.token (its first line), so the token stays out of the environment and ps",
            String::strip, f -> java.nio.file.Files.isReadable(java.nio.file.Path.of(f)), "must be a readable file");
    public static final ConfigKey<String> STATE_DIR = ConfigKey.string("state.dir", "./data/streams",
            "directory of the Kafka Streams state stores");
    /**
     * Read by enrich (what is relevant) and alerts (what is alerted); each lists it among its own keys, so it is
     * documented with the first of them.
     */
    public static final ConfigKey<List<String>> WATCH_COUNTRIES = new ConfigKey<>("watch.countries", List.of("AZ", "VN"),
            "the watched pair of countries, ISO 3166-1 alpha-2 codes (an article is relevant when it involves all of them)",
            text -> ConfigKey.parseList(text).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(),
            codes -> codes.size() >= 2 && codes.stream().allMatch(c -> c.matches("[A-Z]{2}")),
            "must list at least two ISO 3166-1 alpha-2 codes, e.g. AZ,VN");

    public static final List<ConfigKey<?>> KEYS = List.of(BOOTSTRAP_SERVERS, TOPIC_PARTITIONS, TOPIC_REPLICATION,
            HTTP_PORT, HTTP_HOST, HTTP_AUTH_TOKEN, HTTP_AUTH_TOKEN_FILE, STATE_DIR);
}
