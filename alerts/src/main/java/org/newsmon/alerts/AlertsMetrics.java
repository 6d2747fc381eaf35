package org.newsmon.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.newsmon.alerts.notify.NotifierMetrics;
import org.newsmon.core.EventType;

/** The alerts service's meters, its notifiers' too. Thread-safe (Micrometer meters are). */
public final class AlertsMetrics implements NotifierMetrics {
    private final MeterRegistry registry;

    /** Older records are replays or backfills: their fetch-to-alert time says nothing about the live pipeline. */
    private static final Duration LIVE = Duration.ofHours(1);

    private final Timer endToEnd;

    public AlertsMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.endToEnd = Timer.builder("newsmon.pipeline.latency")
                .description("from ingest producing an article to the alert revision it caused (live records only)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
        // Registered at zero so dashboards and rate() see them before the first event.
        for (EventType kind : EventType.values()) {
            Counter.builder("newsmon.alerts.raised").description("new alerts (revision 1)").tag("kind", kind.name())
                    .register(registry);
            Counter.builder("newsmon.alerts.revised").description("alert revisions after the first")
                    .tag("kind", kind.name()).register(registry);
        }
        for (String reason : new String[] {"empty", "invalid", "unreadable"}) {
            Counter.builder("newsmon.alerts.dlq").description("records the alerts service sent to news.dlq")
                    .tag("reason", reason).register(registry);
        }
    }

    /** Records how long after ingest an article's alert revision went out; {@code ingestedAt} is its record time. */
    void published(Instant ingestedAt) {
        Duration latency = Duration.between(ingestedAt, Instant.now());
        if (!latency.isNegative() && latency.compareTo(LIVE) <= 0) {
            endToEnd.record(latency);
        }
    }

    /** Meters that go nowhere, for tests and tools that do not publish metrics. */
    static AlertsMetrics discarding() {
        return new AlertsMetrics(new SimpleMeterRegistry());
    }

    void raised(EventType kind) {
        Counter.builder("newsmon.alerts.raised").description("new alerts (revision 1)")
                .tag("kind", kind.name()).register(registry).increment();
    }

    void revised(EventType kind) {
        Counter.builder("newsmon.alerts.revised").description("alert revisions after the first")
                .tag("kind", kind.name()).register(registry).increment();
    }

    @Override
    public void deadLetter(String reason) {
        Counter.builder("newsmon.alerts.dlq").description("records the alerts service sent to news.dlq")
                .tag("reason", reason).register(registry).increment();
    }

    void malformedEvents(int count) {
        Counter.builder("newsmon.alerts.events.malformed").description("events without a type or status, skipped")
                .register(registry).increment(count);
    }

    @Override
    public void delivery(String notifier, String result, Duration latency) {
        Counter.builder("newsmon.notifier.deliveries").description("alert deliveries by notifier and result")
                .tag("notifier", notifier).tag("result", result).register(registry).increment();
        Timer.builder("newsmon.notifier.delivery.latency").description("time to deliver one alert revision")
                .tag("notifier", notifier).tag("result", result).register(registry).record(latency);
    }

    @Override
    public void retry(String notifier) {
        Counter.builder("newsmon.notifier.retries").description("delivery attempts after the first")
                .tag("notifier", notifier).register(registry).increment();
    }

    MeterRegistry registry() {
        return registry;
    }
}
