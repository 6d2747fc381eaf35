package org.newsmon.alerts.notify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigException;
import org.newsmon.core.ConfigKey;

/**
 * Builds the notifiers the configuration asks for, from the keys of {@link NotifierSettings}:
 * <pre>
 * notifier.webhook.url=https://example.org/hook      # enables the webhook
 * notifier.webhook.secret=whsec_...                  # required: the Standard Webhooks signing secret
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

    /**
     * What {@link #fromConfig} would refuse, found without delivering anything or touching Kafka, so that a command
     * can report it before it starts a broker or a service.
     *
     * @throws ConfigException listing every problem with the notifier settings
     */
    public static void check(Config config) {
        NotifierMetrics none = new NotifierMetrics() {
            @Override
            public void delivery(String notifier, String result, Duration latency) {}

            @Override
            public void retry(String notifier) {}

            @Override
            public void deadLetter(String reason) {}
        };
        fromConfig(config, none, () -> (key, value, headers) -> {}).forEach(Notifier::close);
    }

    /** With dead letters to news.dlq on the configured cluster. */
    public static List<Notifier> fromConfig(Config config, NotifierMetrics metrics) {
        return fromConfig(config, metrics, () -> new KafkaDeadLetterSink(config.get(CommonSettings.BOOTSTRAP_SERVERS),
                config.withPrefix("kafka.")));
    }

    /**
     * @param deadLetters makes the sink of each notifier (closed with it when it is {@link AutoCloseable})
     * @throws ConfigException listing every problem with the notifier settings
     */
    public static List<Notifier> fromConfig(Config config, NotifierMetrics metrics,
                                            java.util.function.Supplier<DeadLetterSink> deadLetters) {
        List<String> problems = new ArrayList<>();
        unknownKeys(config, problems);

        List<Notifier> out = new ArrayList<>();
        if (isOn(config, NotifierSettings.WEBHOOK)) {
            URI url = uri(NotifierSettings.WEBHOOK_URL, config.get(NotifierSettings.WEBHOOK_URL), problems);
            String secret = config.get(NotifierSettings.WEBHOOK_SECRET);
            if (secret == null || secret.isBlank()) {
                problems.add(NotifierSettings.WEBHOOK_SECRET.name()
                        + ": required with a webhook (the key that signs each request)");
            } else {
                try {
                    StandardWebhooks.key(secret);
                } catch (IllegalArgumentException e) {
                    problems.add(NotifierSettings.WEBHOOK_SECRET.name() + ": " + e.getMessage());
                }
            }
            Backoff backoff = backoff(config, NotifierSettings.WEBHOOK, problems);
            Duration timeout = config.get(NotifierSettings.WEBHOOK.timeout());
            NotifierFilter filter = NotifierFilter.parse(NotifierSettings.WEBHOOK, config, problems);
            if (problems.isEmpty()) {
                out.add(new WebhookNotifier(url, secret, backoff, timeout, filter, deadLetters.get(), metrics));
            }
        }
        if (isOn(config, NotifierSettings.EMAIL)) {
            String host = required(NotifierSettings.EMAIL_SMTP_HOST, config.get(NotifierSettings.EMAIL_SMTP_HOST), problems);
            String from = required(NotifierSettings.EMAIL_FROM, config.get(NotifierSettings.EMAIL_FROM), problems);
            List<String> to = config.get(NotifierSettings.EMAIL_TO);
            if (to.isEmpty()) {
                problems.add(NotifierSettings.EMAIL_TO.name() + ": required with email (comma-separated addresses)");
            }
            String username = config.get(NotifierSettings.EMAIL_SMTP_USERNAME);
            String password = config.get(NotifierSettings.EMAIL_SMTP_PASSWORD);
            if (username != null && password == null) {
                problems.add(NotifierSettings.EMAIL_SMTP_PASSWORD.name() + ": required with "
                        + NotifierSettings.EMAIL_SMTP_USERNAME.name());
            }
            Backoff backoff = backoff(config, NotifierSettings.EMAIL, problems);
            Duration timeout = config.get(NotifierSettings.EMAIL.timeout());
            NotifierFilter filter = NotifierFilter.parse(NotifierSettings.EMAIL, config, problems);
            if (problems.isEmpty()) {
                out.add(new EmailNotifier(new EmailNotifier.Smtp(host, config.get(NotifierSettings.EMAIL_SMTP_PORT),
                        config.get(NotifierSettings.EMAIL_SMTP_STARTTLS), username, password, from, to, timeout),
                        backoff, filter, deadLetters.get(), metrics));
            }
        }
        if (!problems.isEmpty()) {
            out.forEach(Notifier::close);
            throw new ConfigException(problems);
        }
        return out;
    }

    /** A notifier is on when any key under its prefix is set, so that a half-configured one is reported, not ignored. */
    private static boolean isOn(Config config, NotifierSettings.Delivery notifier) {
        return !config.withPrefix(notifier.prefix()).isEmpty();
    }

    /** Keys under {@code notifier.} that no notifier declares (a typo, or a notifier newsmon does not have). */
    private static void unknownKeys(Config config, List<String> problems) {
        Set<String> declared = NotifierSettings.KEYS.stream().map(ConfigKey::name).collect(Collectors.toSet());
        for (String key : config.withPrefix(NotifierSettings.PREFIX).keySet()) {
            String name = NotifierSettings.PREFIX + key;
            if (declared.contains(name)) {
                continue;
            }
            String notifier = NotifierSettings.PREFIX + key.split("\\.")[0] + ".";
            List<String> known = declared.stream().filter(k -> k.startsWith(notifier)).sorted().toList();
            problems.add(known.isEmpty()
                    ? name + ": unknown notifier (expected notifier.webhook.* or notifier.email.*)"
                    : name + ": unknown setting, expected one of " + known);
        }
    }

    private static String required(ConfigKey<String> key, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(key.name() + ": required");
            return null;
        }
        return value;
    }

    private static URI uri(ConfigKey<String> key, String value, List<String> problems) {
        String text = required(key, value, problems);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add(key.name() + ": expected an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            problems.add(key.name() + ": not a URL: '" + text + "'");
            return null;
        }
    }

    private static Backoff backoff(Config config, NotifierSettings.Delivery keys, List<String> problems) {
        int retries = config.get(keys.retries());
        Duration base = config.get(keys.backoff());
        Duration max = config.get(keys.backoffMax());
        if (max.compareTo(base) < 0) {
            problems.add(keys.backoffMax().name() + ": must be at least " + keys.backoff().name() + " (" + base
                    + "), got " + max);
            return new Backoff(retries, base, base);
        }
        return new Backoff(retries, base, max);
    }
}
