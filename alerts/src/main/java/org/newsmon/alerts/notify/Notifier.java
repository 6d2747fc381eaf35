package org.newsmon.alerts.notify;

import org.newsmon.core.Alert;

/**
 * Delivers alert revisions somewhere people look. {@link AlertsService} calls {@link #deliver} from one thread, once
 * per revision at least (a revision may come again after a crash, with the same {@code eventKey} and
 * {@code revision}, so receivers can drop repeats).
 */
public interface Notifier extends AutoCloseable {
    /** Short name for logs and metrics ("console", "webhook"). */
    String name();

    /**
     * Delivers one revision. Returns when it is delivered, or when the notifier has given up and recorded the
     * failure itself (the webhook sends it to news.dlq).
     *
     * @throws RuntimeException when delivery failed and nothing recorded it; the service counts and logs it
     */
    void deliver(Alert alert);

    /** Whether this notifier wants the alert (its kind/status/sector filter); all by default. */
    default boolean accepts(Alert alert) {
        return true;
    }

    @Override
    default void close() {}
}
