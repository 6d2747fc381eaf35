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
}
