package org.newsmon.alerts.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newsmon.core.ConfigKey;

/**
 * The settings of the webhook and email notifiers, each declared once (so {@code newsmon config} lists them and the
 * environment can set them). A notifier is on when any key under its prefix is set; {@link Notifiers} then checks
 * what one key alone cannot (a webhook needs a secret, an email a sender and recipients).
 */
public final class NotifierSettings {
    private NotifierSettings() {}

    /** Every notifier key starts with this; a key under it that is not declared here is reported as unknown. */
    public static final String PREFIX = "notifier.";

    /**
     * What webhook and email both have, under {@code notifier.<name>.}: how delivery is retried and which alerts go out
     * (each filter empty for any).
     */
    public record Delivery(String prefix, ConfigKey<Integer> retries, ConfigKey<Duration> backoff,
                           ConfigKey<Duration> backoffMax, ConfigKey<Duration> timeout, ConfigKey<List<String>> kinds,
                           ConfigKey<List<String>> statuses, ConfigKey<List<String>> sectors) {

        static Delivery of(String notifier, int retries, Duration backoff, Duration backoffMax, Duration timeout) {
            String p = PREFIX + notifier + ".";
            return new Delivery(p,
                    ConfigKey.integer(p + "retries", retries, 0, 100, notifier + ": delivery attempts after the first"),
                    ConfigKey.duration(p + "backoff", backoff, Duration.ZERO,
                            notifier + ": wait before the first retry, doubled each time"),
                    ConfigKey.duration(p + "backoff.max", backoffMax, Duration.ZERO,
                            notifier + ": longest wait between retries (at least " + p + "backoff)"),
                    ConfigKey.duration(p + "timeout", timeout, Duration.ZERO, notifier + ": time allowed for one attempt"),
                    ConfigKey.list(p + "kinds", List.of(), notifier + ": only alerts of these kinds (VISIT, AGREEMENT); empty for any"),
                    ConfigKey.list(p + "statuses", List.of(), notifier + ": only alerts of these statuses (e.g. COMPLETED,SIGNED); "
                            + "empty for any"),
                    ConfigKey.list(p + "sectors", List.of(), notifier + ": only alerts in at least one of these sectors "
                            + "(e.g. energy,oil-gas); empty for any"));
        }

        List<ConfigKey<?>> keys() {
            return List.of(retries, backoff, backoffMax, timeout, kinds, statuses, sectors);
        }
    }

    public static final ConfigKey<String> WEBHOOK_URL = ConfigKey.string("notifier.webhook.url", null,
            "webhook: the http(s) URL each alert revision is POSTed to; any notifier.webhook.* key turns the webhook on");
    public static final ConfigKey<String> WEBHOOK_SECRET = verbatim("notifier.webhook.secret",
            "webhook: required with a webhook; the Standard Webhooks signing secret, whsec_ and base64 of 24 to 64 random bytes "
                    + "(e.g. whsec_$(openssl rand -base64 32))");
    public static final Delivery WEBHOOK = Delivery.of("webhook", 5, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(10));

    public static final ConfigKey<String> EMAIL_SMTP_HOST = ConfigKey.string("notifier.email.smtp.host", null,
            "email: required with email; the SMTP server; any notifier.email.* key turns email on");
    public static final ConfigKey<Integer> EMAIL_SMTP_PORT = ConfigKey.integer("notifier.email.smtp.port", 25, 1, 65535,
            "email: the SMTP server's port");
    public static final ConfigKey<Boolean> EMAIL_SMTP_STARTTLS = ConfigKey.bool("notifier.email.smtp.starttls", false,
            "email: upgrade the SMTP connection with STARTTLS");
    public static final ConfigKey<String> EMAIL_SMTP_USERNAME = ConfigKey.string("notifier.email.smtp.username", null,
            "email: SMTP login, with notifier.email.smtp.password; unset for none");
    public static final ConfigKey<String> EMAIL_SMTP_PASSWORD = verbatim("notifier.email.smtp.password",
            "email: SMTP password, required with notifier.email.smtp.username");
    public static final ConfigKey<String> EMAIL_FROM = ConfigKey.string("notifier.email.from", null,
            "email: required with email; the sender address");
    public static final ConfigKey<List<String>> EMAIL_TO = ConfigKey.list("notifier.email.to", List.of(),
            "email: required with email; the recipient addresses");
    public static final Delivery EMAIL = Delivery.of("email", 3, Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofSeconds(20));

    public static final List<ConfigKey<?>> KEYS = keys();

    /** An optional string taken as written, not stripped: a secret or password may begin or end with a space. */
    private static ConfigKey<String> verbatim(String name, String description) {
        return new ConfigKey<>(name, null, description, text -> text, v -> true, "");
    }

    private static List<ConfigKey<?>> keys() {
        List<ConfigKey<?>> keys = new ArrayList<>(List.of(WEBHOOK_URL, WEBHOOK_SECRET));
        keys.addAll(WEBHOOK.keys());
        keys.addAll(List.of(EMAIL_SMTP_HOST, EMAIL_SMTP_PORT, EMAIL_SMTP_STARTTLS, EMAIL_SMTP_USERNAME,
                EMAIL_SMTP_PASSWORD, EMAIL_FROM, EMAIL_TO));
        keys.addAll(EMAIL.keys());
        return List.copyOf(keys);
    }
}
