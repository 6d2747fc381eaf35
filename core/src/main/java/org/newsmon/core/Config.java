package org.newsmon.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Validated configuration: values from, in rising precedence, the keys' defaults, a properties file, the environment
 * ({@code NEWSMON_*}) and command-line flags. Keys under {@link #PASSTHROUGH_PREFIXES} are handed on as they are
 * ({@code kafka.linger.ms=20} becomes the Kafka client setting {@code linger.ms}). Immutable and thread-safe.
 */
public final class Config {
    /**
     * Prefixes under which a key need not be declared; {@link #withPrefix} reads them. {@code kafka.*} keys are handed
     * to the Kafka clients as they are; under {@code notifier.}, the alerts service reports the undeclared ones itself
     * (a config file shared by all services is not refused by the others for them).
     */
    public static final List<String> PASSTHROUGH_PREFIXES = List.of("kafka.", "notifier.");

    private final Map<String, Object> values;
    private final Map<String, String> raw;

    private Config(Map<String, Object> values, Map<String, String> raw) {
        this.values = values;
        this.raw = raw;
    }

    /**
     * Reads and checks every key at once.
     *
     * @param file  a properties file, or null for none
     * @param env   the environment (pass {@code System.getenv()}; tests pass a map)
     * @param flags values given on the command line, by key name
     * @throws ConfigException listing every problem: unreadable file, unknown key, bad value
     */
    public static Config load(Path file, Map<String, String> env, Map<String, String> flags, Collection<ConfigKey<?>> keys) {
        List<String> problems = new ArrayList<>();
        Map<String, String> raw = new TreeMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        Map<String, ConfigKey<?>> byName = new LinkedHashMap<>();
        keys.forEach(k -> byName.put(k.name(), k));

        if (file != null) {
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (IOException e) {
                problems.add("cannot read config file " + file + ": " + e.getMessage());
            }
            for (String name : props.stringPropertyNames()) {
                if (!byName.containsKey(name) && PASSTHROUGH_PREFIXES.stream().noneMatch(name::startsWith)) {
                    problems.add(file + ": unknown key '" + name + "'" + suggestion(name, byName.keySet()));
                    continue;
                }
                raw.put(name, props.getProperty(name));
                origin.put(name, "config file " + file);
            }
        }
        for (ConfigKey<?> key : keys) {
            String value = env.get(key.envName());
            if (value != null) {
                raw.put(key.name(), value);
                origin.put(key.name(), "environment variable " + key.envName());
            }
        }
        flags.forEach((name, value) -> {
            if (value != null) {
                raw.put(name, value);
                origin.put(name, "command line");
            }
        });

        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigKey<?> key : keys) {
            String text = raw.get(key.name());
            if (text == null) {
                if (key.defaultValue() != null) {
                    values.put(key.name(), key.defaultValue());
                }
                continue;
            }
            check(key, text, origin.get(key.name()), values, problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Config(Map.copyOf(values), Map.copyOf(raw));
    }

    /** Only defaults and the given values; for tests and embedded use. */
    public static Config of(Map<String, String> values, Collection<ConfigKey<?>> keys) {
        return load(null, Map.of(), values, keys);
    }

    private static <T> void check(ConfigKey<T> key, String text, String origin, Map<String, Object> values, List<String> problems) {
        try {
            T value = key.parser().apply(text);
            if (!key.check().test(value)) {
                problems.add(key.name() + " (from " + origin + "): " + key.checkDescription() + ", got '" + text + "'");
                return;
            }
            values.put(key.name(), value);
        } catch (IllegalArgumentException e) {
            problems.add(key.name() + " (from " + origin + "): " + e.getMessage());
        }
    }

    private static String suggestion(String name, Collection<String> known) {
        return known.stream()
                .filter(k -> k.startsWith(name.split("\\.")[0]) || name.startsWith(k.split("\\.")[0]))
                .findFirst().map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /**
     * The key's value, else its declared default, also for a key this config was loaded without (a service's own
     * keys are always known, whoever loaded the config); null only for an optional key that nobody set.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        return values.containsKey(key.name()) ? (T) values.get(key.name()) : key.defaultValue();
    }

    /** Every setting given under {@code prefix} (pass-through or declared), with the prefix removed. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        raw.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
