package org.newsmon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    static final ConfigKey<Duration> POLL = ConfigKey.duration("poll.interval", Duration.ofMinutes(5), Duration.ofSeconds(1), "poll");
    static final List<ConfigKey<?>> KEYS = List.of(CommonSettings.BOOTSTRAP_SERVERS, CommonSettings.TOPIC_PARTITIONS, POLL);

    @Test
    void flagsBeatEnvironmentBeatFileBeatDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsmon.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ntopic.partitions=6\nkafka.linger.ms=20\n");
        Config config = Config.load(file, Map.of("NEWSMON_BOOTSTRAP_SERVERS", "env:9092", "NEWSMON_TOPIC_PARTITIONS", "4"),
                Map.of("bootstrap.servers", "flag:9092"), KEYS);
        assertEquals("flag:9092", config.get(CommonSettings.BOOTSTRAP_SERVERS));
        assertEquals(4, config.get(CommonSettings.TOPIC_PARTITIONS));
        assertEquals(Duration.ofMinutes(5), config.get(POLL));
        assertEquals(Map.of("linger.ms", "20"), config.withPrefix("kafka."));
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsmon.properties");
        Files.writeString(file, "topic.partitions=zero\npoll.intervall=5m\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> Config.load(file, Map.of(), Map.of("poll.interval", "100ms"), KEYS));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'poll.intervall' (did you mean 'poll.interval'?)"), e.getMessage());
        assertTrue(e.getMessage().contains("topic.partitions (from config file"), e.getMessage());
        assertTrue(e.getMessage().contains("poll.interval (from command line): must be at least 1s"), e.getMessage());
    }

    @Test
    void durationsReadHumanAndIsoForms() {
        assertEquals(Duration.ofMillis(500), ConfigKey.parseDuration("500ms"));
        assertEquals(Duration.ofSeconds(30), ConfigKey.parseDuration("30s"));
        assertEquals(Duration.ofHours(2), ConfigKey.parseDuration("2h"));
        assertEquals(Duration.ofMinutes(5), ConfigKey.parseDuration("PT5M"));
        assertThrows(IllegalArgumentException.class, () -> ConfigKey.parseDuration("soon"));
    }

    @Test
    void aKeyTheConfigWasLoadedWithoutAnswersItsDefault() {
        Config commonOnly = Config.of(Map.of(), CommonSettings.KEYS);
        assertEquals(List.of("AZ", "VN"), commonOnly.get(CommonSettings.WATCH_COUNTRIES));
        ConfigKey<Duration> elsewhere = ConfigKey.duration("other.interval", Duration.ofMinutes(15), Duration.ZERO, "");
        assertEquals(Duration.ofMinutes(15), commonOnly.get(elsewhere));
    }

    static final ConfigKey<Duration> INGEST_POLL = ConfigKey.duration("ingest.poll.interval", Duration.ofMinutes(15),
            Duration.ofSeconds(1), "poll");
    static final ConfigKey<Integer> WEBHOOK_RETRIES = ConfigKey.integer("notifier.webhook.retries", 5, 0, 100, "retries");
    static final List<ConfigKey<?>> MORE_KEYS = List.of(CommonSettings.BOOTSTRAP_SERVERS, CommonSettings.TOPIC_PARTITIONS,
            CommonSettings.TOPIC_REPLICATION, INGEST_POLL, WEBHOOK_RETRIES);

    @Test
    void anUnknownFlagIsAnErrorSuggestingTheNearestKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Config.load(null, Map.of(), Map.of("ingest.pol.interval", "5m"), MORE_KEYS));
        assertEquals(List.of("--set ingest.pol.interval: unknown key (did you mean 'ingest.poll.interval'?)"),
                e.problems());
    }

    @Test
    void anUnknownEnvironmentVariableIsAnErrorSuggestingTheNearest() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.load(null,
                Map.of("NEWSMON_INGEST_POL_INTERVAL", "5m", "NEWSMON_JAVA_OPTS", "-Xmx1g", "PATH", "/bin"),
                Map.of(), MORE_KEYS));
        assertEquals(List.of("environment variable NEWSMON_INGEST_POL_INTERVAL: not a setting "
                + "(did you mean 'NEWSMON_INGEST_POLL_INTERVAL'?)"), e.problems());
    }

    @Test
    void kafkaSettingsPassThroughFromEverySource(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("newsmon.properties"), "kafka.linger.ms=20\n");
        Config config = Config.load(file, Map.of("NEWSMON_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
                Map.of("kafka.security.protocol", "SASL_SSL"), MORE_KEYS);
        assertEquals(Map.of("linger.ms", "20", "sasl.mechanism", "SCRAM-SHA-512", "security.protocol", "SASL_SSL"),
                config.withPrefix("kafka."));
    }

    @Test
    void anUnknownKeyInTheFileGetsTheNearestKeyNotTheFirstOfItsGroup(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("newsmon.properties"),
                "topic.replicaton=3\nnotifier.webhook.retrys=3\ncolour=blue\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Config.load(file, Map.of(), Map.of(), MORE_KEYS));
        assertEquals(List.of(file + ": unknown key 'colour'",
                file + ": unknown key 'notifier.webhook.retrys' (did you mean 'notifier.webhook.retries'?)",
                file + ": unknown key 'topic.replicaton' (did you mean 'topic.replication'?)"),
                e.problems().stream().sorted().toList());
    }
}
