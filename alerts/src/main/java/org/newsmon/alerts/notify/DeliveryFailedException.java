package org.newsmon.alerts.notify;

/** A notifier gave up on a revision after its retries, and has already sent it to the dead-letter sink. */
public final class DeliveryFailedException extends RuntimeException {
    public DeliveryFailedException(String message) {
        super(message);
    }
}
