package org.newsmon.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.alerts.AlertsMetrics;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigException;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.EventStatus;

class NotifiersTest {
    static Config config(Map<String, String> values) {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(AlertsSettings.KEYS);
        return Config.of(values, keys);
    }

    private static List<Notifier> build(Map<String, String> values) {
        return Notifiers.fromConfig(config(values), new AlertsMetrics(new SimpleMeterRegistry()), () -> (k, v, h) -> {});
    }

    @Test
    void noNotifierSettingsMeansNoNotifiers() {
        assertEquals(List.of(), build(Map.of()));
    }

    @Test
    void buildsWebhookAndEmailWithTheirFilters() {
        List<Notifier> notifiers = build(Map.of(
                "notifier.webhook.url", "http://127.0.0.1:9/hook", "notifier.webhook.secret", WebhookNotifierTest.SECRET,
                "notifier.webhook.kinds", "visit", "notifier.webhook.statuses", "COMPLETED",
                "notifier.email.smtp.host", "127.0.0.1", "notifier.email.from", "newsmon@example.org",
                "notifier.email.to", "desk@example.org", "notifier.email.sectors", "oil-gas"));
        assertEquals(List.of("webhook", "email"), notifiers.stream().map(Notifier::name).toList());
        Alert ongoing = WebhookNotifierTest.alert();
        Alert completed = new Alert(ongoing.eventKey(), ongoing.kind(), EventStatus.COMPLETED, ongoing.title(), null,
                ongoing.date(), ongoing.parties(), ongoing.actors(), List.of("politics", "oil-gas"), ongoing.sources(),
                3, ongoing.firstSeenAt(), ongoing.updatedAt());
        assertFalse(notifiers.get(0).accepts(ongoing), "webhook wants completed visits only");
        assertTrue(notifiers.get(0).accepts(completed));
        assertFalse(notifiers.get(1).accepts(ongoing), "email wants oil-gas");
        assertTrue(notifiers.get(1).accepts(completed));
    }

    @Test
    void notifierSettingsAreDeclaredSoTheEnvironmentCanSetThemToo() {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(AlertsSettings.KEYS);
        Config config = Config.load(null, Map.of("NEWSMON_NOTIFIER_WEBHOOK_URL", "http://127.0.0.1:9/hook",
                "NEWSMON_NOTIFIER_WEBHOOK_SECRET", WebhookNotifierTest.SECRET, "NEWSMON_NOTIFIER_WEBHOOK_KINDS", "AGREEMENT"), Map.of(), keys);
        List<Notifier> notifiers = Notifiers.fromConfig(config, new AlertsMetrics(new SimpleMeterRegistry()), () -> (k, v, h) -> {});
        assertEquals(List.of("webhook"), notifiers.stream().map(Notifier::name).toList());
        assertFalse(notifiers.get(0).accepts(WebhookNotifierTest.alert()), "a visit, and the webhook wants agreements");
        assertTrue(keys.contains(NotifierSettings.EMAIL_SMTP_HOST), "listed by newsmon config");
    }

    @Test
    void aBadNumberIsReportedWithTheKeyWhenTheConfigIsLoaded() {
        ConfigException e = assertThrows(ConfigException.class, () -> build(Map.of(
                "notifier.email.smtp.host", "127.0.0.1", "notifier.email.smtp.port", "twenty-five")));
        assertEquals(List.of("notifier.email.smtp.port (from command line): expected a whole number, got 'twenty-five'"),
                e.problems());
    }

    @Test
    void anUnknownNotifierKeyInAConfigFileIsRefusedWhenTheConfigIsLoaded(@TempDir Path dir) throws Exception {
        // Every service loads every module's keys, so a declared notifier key is known to all and a typo to none.
        Path file = Files.writeString(dir.resolve("newsmon.properties"), "notifier.webhook.retrys=3\n");
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(AlertsSettings.KEYS);
        ConfigException e = assertThrows(ConfigException.class, () -> Config.load(file, Map.of(), Map.of(), keys));
        assertEquals(List.of(file + ": unknown key 'notifier.webhook.retrys' (did you mean 'notifier.webhook.retries'?)"),
                e.problems());
    }

    @Test
    void checkReportsAWebhookWithoutSecretWithoutDeliveringAnything() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Notifiers.check(config(Map.of("notifier.webhook.url", "http://127.0.0.1:9/hook"))));
        assertEquals(List.of("notifier.webhook.secret: required with a webhook (the key that signs each request)"),
                e.problems());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ConfigException e = assertThrows(ConfigException.class, () -> build(Map.of(
                "notifier.webhook.url", "ftp://127.0.0.1/hook", "notifier.webhook.kinds", "VISIT,MEETING",
                "notifier.webhook.retrys", "3", "notifier.email.smtp.host", "127.0.0.1",
                "notifier.email.sectors", "mining", "notifier.slack.token", "x")));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("notifier.webhook.url"), all);
        assertTrue(all.contains("notifier.webhook.secret"), all);
        assertTrue(all.contains("MEETING"), all);
        assertTrue(all.contains("notifier.webhook.retrys"), all);
        assertTrue(all.contains("notifier.email.from"), all);
        assertTrue(all.contains("notifier.email.to"), all);
        assertTrue(all.contains("mining"), all);
        assertTrue(all.contains("notifier.slack.token"), all);
    }
}
