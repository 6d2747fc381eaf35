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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validated configuration: values from, in rising precedence, the keys' defaults, a properties file, the environment
 * ({@code NEWSMON_*}) and command-line flags. A key that is not declared is an error wherever it comes from (a typo
 * must not be ignored), with the nearest declared key suggested; keys under {@link #PASSTHROUGH_PREFIXES} are handed
 * on as they are ({@code kafka.linger.ms=20} becomes the Kafka client setting {@code linger.ms}; in the environment
 * {@code NEWSMON_KAFKA_LINGER_MS}). Immutable and thread-safe.
 */
public final class Config {
    /** The prefix under which a key need not be declared: handed to the Kafka clients as it is. */
    public static final List<String> PASSTHROUGH_PREFIXES = List.of("kafka.");

    /** {@code NEWSMON_*} variables that are not settings: read by the {@code newsmon} script and logback.xml. */
    static final Set<String> OTHER_ENVIRONMENT = Set.of("NEWSMON_JAVA_OPTS", "NEWSMON_LOG_LEVEL");

    private static final String ENV_PREFIX = "NEWSMON_";
    private static final String KAFKA_ENV_PREFIX = "NEWSMON_KAFKA_";

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
        return load(file, env, flags, keys, true);
    }

    private static Config load(Path file, Map<String, String> env, Map<String, String> flags,
            Collection<ConfigKey<?>> keys, boolean strictFlags) {
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
                if (!known(name, byName)) {
                    problems.add(file + ": unknown key '" + name + "'" + suggestion(name, byName.keySet()));
                    continue;
                }
                raw.put(name, props.getProperty(name));
                origin.put(name, "config file " + file);
            }
        }
        Map<String, String> byEnvName = new LinkedHashMap<>();
        keys.forEach(k -> byEnvName.put(k.envName(), k.name()));
        new TreeMap<>(env).forEach((variable, value) -> {
            String name = byEnvName.get(variable);
            if (name == null && variable.startsWith(KAFKA_ENV_PREFIX)) {
                // Kafka client settings are dotted lower case: NEWSMON_KAFKA_SASL_MECHANISM is kafka.sasl.mechanism
                name = "kafka." + variable.substring(KAFKA_ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            }
            if (name != null) {
                raw.put(name, value);
                origin.put(name, "environment variable " + variable);
            } else if (variable.startsWith(ENV_PREFIX) && !OTHER_ENVIRONMENT.contains(variable)) {
                problems.add("environment variable " + variable + ": not a setting" + suggestion(variable,
                        byEnvName.keySet()));
            }
        });
        flags.forEach((name, value) -> {
            if (strictFlags && !known(name, byName)) {
                problems.add("--set " + name + ": unknown key" + suggestion(name, byName.keySet()));
                return;
            }
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

    /**
     * Only defaults and the given values; for tests and embedded use, where the values are the program's own and may
     * include keys of modules whose keys are not passed (they are kept, unchecked, for {@link #withPrefix}).
     */
    public static Config of(Map<String, String> values, Collection<ConfigKey<?>> keys) {
        return load(null, Map.of(), values, keys, false);
    }

    private static boolean known(String name, Map<String, ConfigKey<?>> byName) {
        return byName.containsKey(name) || PASSTHROUGH_PREFIXES.stream().anyMatch(name::startsWith);
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

    /** The known name nearest by edit distance, when it is near enough to be a slip of the keyboard or memory. */
    static String suggestion(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = levenshtein(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // a third of the name may differ: "ingest.pol.interval" finds ingest.poll.interval, "colour" finds nothing
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
