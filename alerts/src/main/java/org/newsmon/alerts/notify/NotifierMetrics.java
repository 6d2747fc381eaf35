package org.newsmon.alerts.notify;

import java.time.Duration;

/**
 * What the notifiers and their delivery loops count. The alerts service passes its meters
 * ({@link org.newsmon.alerts.AlertsMetrics}); this interface keeps the package free of the service that uses it.
 * Implementations are thread-safe: delivery loops call them from their own threads.
 */
public interface NotifierMetrics {
    /** One alert revision handed to {@code notifier}: {@code result} is delivered, dead-lettered or failed. */
    void delivery(String notifier, String result, Duration latency);

    /** A delivery attempt after the first. */
    void retry(String notifier);

    /** A record sent to news.dlq, e.g. one on the alerts topic that is no Alert. */
    void deadLetter(String reason);
}
