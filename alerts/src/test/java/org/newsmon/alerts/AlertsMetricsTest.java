package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EventType;
import org.newsmon.core.HttpEndpoint;

class AlertsMetricsTest {
    @Test
    void prometheusNamesAreTheOnesTheReadmeAndDashboardsUse() {
        var registry = HttpEndpoint.newRegistry();
        AlertsMetrics metrics = new AlertsMetrics(registry);
        metrics.raised(EventType.VISIT);
        metrics.revised(EventType.AGREEMENT);
        metrics.deadLetter("unreadable");
        metrics.malformedEvents(2);
        metrics.delivery("webhook", "delivered", Duration.ofMillis(12));
        metrics.retry("webhook");
        String scrape = registry.scrape();
        for (String line : new String[] {
                "newsmon_alerts_raised_total{kind=\"VISIT\"} 1.0",
                "newsmon_alerts_revised_total{kind=\"AGREEMENT\"} 1.0",
                "newsmon_alerts_dlq_total{reason=\"unreadable\"} 1.0",
                "newsmon_alerts_events_malformed_total 2.0",
                "newsmon_notifier_deliveries_total{notifier=\"webhook\",result=\"delivered\"} 1.0",
                "newsmon_notifier_delivery_latency_seconds_count{notifier=\"webhook\",result=\"delivered\"} 1",
                "newsmon_notifier_retries_total{notifier=\"webhook\"} 1.0"}) {
            assertTrue(scrape.contains(line), line + " not in\n" + scrape);
        }
    }
}
