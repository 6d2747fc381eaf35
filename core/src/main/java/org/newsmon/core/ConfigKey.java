package org.newsmon.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One configuration setting, declared once: its name, type, default, description and check. Each module declares
 * the keys it reads (e.g. {@code IngestSettings.KEYS}); {@link Config#load} validates them all at once. Immutable.
 *
 * @param name         dotted name as written in the config file ({@code poll.interval}); the environment variable
 *                     is {@code NEWSMON_} + the name upper-cased with dots and dashes as underscores
 * @param defaultValue used when no source sets the key; null means "unset" (the key is optional)
 * @param parser       text to value; throws {@link IllegalArgumentException} with a message saying what was expected
 * @param check        a further check of the parsed value, described by {@code checkDescription}
 */
public record ConfigKey<T>(String name, T defaultValue, String description, Function<String, T> parser,
                           Predicate<T> check, String checkDescription) {

    public String envName() {
        return "NEWSMON_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static ConfigKey<String> string(String name, String defaultValue, String description) {
        return new ConfigKey<>(name, defaultValue, description, String::strip, v -> true, "");
    }

    public static ConfigKey<Integer> integer(String name, int defaultValue, int min, int max, String description) {
        return new ConfigKey<>(name, defaultValue, description, ConfigKey::parseInt, v -> v >= min && v <= max,
                "must be between " + min + " and " + max);
    }

    public static ConfigKey<Boolean> bool(String name, boolean defaultValue, String description) {
        return new ConfigKey<>(name, defaultValue, description, ConfigKey::parseBool, v -> true, "");
    }

    public static ConfigKey<Duration> duration(String name, Duration defaultValue, Duration min, String description) {
        return new ConfigKey<>(name, defaultValue, description, ConfigKey::parseDuration, v -> v.compareTo(min) >= 0,
                "must be at least " + format(min));
    }

    /** A comma-separated list; blank entries are dropped. */
    public static ConfigKey<List<String>> list(String name, List<String> defaultValue, String description) {
        return new ConfigKey<>(name, defaultValue, description, ConfigKey::parseList, v -> true, "");
    }

    static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, got '" + text + "'");
        }
    }

    static boolean parseBool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got '" + text + "'");
        };
    }

    /** Accepts {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} and ISO-8601 ({@code PT5M}). */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1).strip());
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected a duration such as 30s, 5m, 2h or PT5M, got '" + text + "'");
        }
    }

    public static List<String> parseList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
