package org.newsmon.alerts.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsmon.alerts.AlertsMetrics;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigException;
import org.newsmon.core.ConfigKey;

/**
 * Builds the notifiers the configuration asks for, from the pass-through keys under {@code notifier.}:
 * <pre>
 * notifier.webhook.url=https://example.org/hook      # enables the webhook
 * notifier.webhook.secret=...                        # required: HMAC-SHA256 key of X-Newsmon-Signature
 * notifier.webhook.retries=5  notifier.webhook.backoff=500ms  notifier.webhook.backoff.max=30s
 * notifier.webhook.timeout=10s
 * notifier.email.smtp.host=smtp.example.org          # enables email
 * notifier.email.smtp.port=587  notifier.email.smtp.starttls=true
 * notifier.email.smtp.username=...  notifier.email.smtp.password=...
 * notifier.email.from=newsmon@example.org  notifier.email.to=desk@example.org,analyst@example.org
 * notifier.email.retries=3  notifier.email.backoff=1s  notifier.email.backoff.max=1m  notifier.email.timeout=20s
 * notifier.&lt;webhook|email&gt;.kinds=VISIT,AGREEMENT  .statuses=COMPLETED,SIGNED  .sectors=energy,oil-gas
 * </pre>
 * Console and SSE are not configured here: the command line adds the console, {@link AlertsService} the stream.
 */
public final class Notifiers {
    private Notifiers() {}

    private static final Set<String> FILTER_KEYS = Set.of("kinds", "statuses", "sectors");
    private static final Set<String> WEBHOOK_KEYS = Set.of("url", "secret", "retries", "backoff", "backoff.max", "timeout");
    private static final Set<String> EMAIL_KEYS = Set.of("smtp.host", "smtp.port", "smtp.starttls", "smtp.username",
            "smtp.password", "from", "to", "retries", "backoff", "backoff.max", "timeout");

    /** With dead letters to news.dlq on the configured cluster. */
    public static List<Notifier> fromConfig(Config config, MeterRegistry registry) {
        return fromConfig(config, registry, () -> new KafkaDeadLetterSink(config.get(CommonSettings.BOOTSTRAP_SERVERS),
                config.withPrefix("kafka.")));
    }

    /**
     * @param deadLetters makes the sink of each notifier (closed with it when it is {@link AutoCloseable})
     * @throws ConfigException listing every problem with the notifier settings
     */
    public static List<Notifier> fromConfig(Config config, MeterRegistry registry,
                                            java.util.function.Supplier<DeadLetterSink> deadLetters) {
        Map<String, String> all = config.withPrefix("notifier.");
        Map<String, String> webhook = section(all, "webhook.");
        Map<String, String> email = section(all, "email.");
        List<String> problems = new ArrayList<>();
        all.keySet().stream().filter(k -> !k.startsWith("webhook.") && !k.startsWith("email."))
                .forEach(k -> problems.add("notifier." + k + ": unknown notifier (expected notifier.webhook.* or notifier.email.*)"));
        unknownKeys("notifier.webhook.", webhook, WEBHOOK_KEYS, problems);
        unknownKeys("notifier.email.", email, EMAIL_KEYS, problems);

        AlertsMetrics metrics = new AlertsMetrics(registry);
        List<Notifier> out = new ArrayList<>();
        if (!webhook.isEmpty()) {
            Map<String, String> w = webhook;
            URI url = uri("notifier.webhook.url", w.get("url"), problems);
            String secret = w.get("secret");
            if (secret == null || secret.isBlank()) {
                problems.add("notifier.webhook.secret: required with a webhook (the key that signs each request)");
            }
            Backoff backoff = backoff("notifier.webhook.", w, 5, "500ms", "30s", problems);
            Duration timeout = duration("notifier.webhook.timeout", w.get("timeout"), "10s", problems);
            NotifierFilter filter = NotifierFilter.parse("notifier.webhook.", w, problems);
            if (problems.isEmpty()) {
                out.add(new WebhookNotifier(url, secret, backoff, timeout, filter, deadLetters.get(), metrics));
            }
        }
        if (!email.isEmpty()) {
            Map<String, String> e = email;
            String host = required("notifier.email.smtp.host", e.get("smtp.host"), problems);
            String from = required("notifier.email.from", e.get("from"), problems);
            List<String> to = e.get("to") == null ? List.of()
                    : java.util.Arrays.stream(e.get("to").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (to.isEmpty()) {
                problems.add("notifier.email.to: required with email (comma-separated addresses)");
            }
            int port = integer("notifier.email.smtp.port", e.get("smtp.port"), 25, problems);
            boolean startTls = e.get("smtp.starttls") != null && Boolean.parseBoolean(e.get("smtp.starttls").strip());
            String username = e.get("smtp.username");
            if (username != null && e.get("smtp.password") == null) {
                problems.add("notifier.email.smtp.password: required with notifier.email.smtp.username");
            }
            Backoff backoff = backoff("notifier.email.", e, 3, "1s", "1m", problems);
            Duration timeout = duration("notifier.email.timeout", e.get("timeout"), "20s", problems);
            NotifierFilter filter = NotifierFilter.parse("notifier.email.", e, problems);
            if (problems.isEmpty()) {
                out.add(new EmailNotifier(new EmailNotifier.Smtp(host, port, startTls, username, e.get("smtp.password"),
                        from, to, timeout), backoff, filter, deadLetters.get(), metrics));
            }
        }
        if (!problems.isEmpty()) {
            out.forEach(Notifier::close);
            throw new ConfigException(problems);
        }
        return out;
    }

    private static Map<String, String> section(Map<String, String> all, String prefix) {
        Map<String, String> out = new TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private static void unknownKeys(String prefix, Map<String, String> section, Set<String> known, List<String> problems) {
        section.keySet().stream().filter(k -> !known.contains(k) && !FILTER_KEYS.contains(k)).sorted()
                .forEach(k -> problems.add(prefix + k + ": unknown setting, expected one of "
                        + new java.util.TreeSet<>(known) + " or " + new java.util.TreeSet<>(FILTER_KEYS)));
    }

    private static String required(String key, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(key + ": required");
            return null;
        }
        return value.strip();
    }

    private static URI uri(String key, String value, List<String> problems) {
        String text = required(key, value, problems);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add(key + ": expected an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            problems.add(key + ": not a URL: '" + text + "'");
            return null;
        }
    }

    private static Backoff backoff(String prefix, Map<String, String> s, int retries, String base, String max,
                                   List<String> problems) {
        int n = integer(prefix + "retries", s.get("retries"), retries, problems);
        Duration b = duration(prefix + "backoff", s.get("backoff"), base, problems);
        Duration m = duration(prefix + "backoff.max", s.get("backoff.max"), max, problems);
        if (n < 0 || n > 100) {
            problems.add(prefix + "retries: must be between 0 and 100, got " + n);
            return new Backoff(0, Duration.ZERO, Duration.ZERO);
        }
        if (m.compareTo(b) < 0) {
            problems.add(prefix + "backoff.max: must be at least " + prefix + "backoff (" + b + "), got " + m);
            return new Backoff(n, b, b);
        }
        return new Backoff(n, b, m);
    }

    private static int integer(String key, String value, int fallback, List<String> problems) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.add(key + ": expected a whole number, got '" + value + "'");
            return fallback;
        }
    }

    private static Duration duration(String key, String value, String fallback, List<String> problems) {
        try {
            return ConfigKey.parseDuration(value == null ? fallback : value);
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return ConfigKey.parseDuration(fallback);
        }
    }
}
