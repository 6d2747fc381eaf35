package org.newsmon.alerts.notify;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.newsmon.core.Alert;
import org.newsmon.core.DeadLetters;

/** Where a notifier puts an alert it gave up on: news.dlq in the service, a list in tests. Thread-safe. */
@FunctionalInterface
public interface DeadLetterSink {
    void deadLetter(byte[] key, byte[] value, Headers headers);

    /**
     * Puts {@code value}, the alert a notifier's {@code stage} gave up on, here with the {@code reason}, and returns
     * the exception that says so, for the notifier to throw.
     */
    default DeliveryFailedException gaveUp(Alert alert, byte[] value, String stage, String reason) {
        deadLetter(alert.eventKey().getBytes(StandardCharsets.UTF_8), value, DeadLetters.headers(stage, reason, null, null, -1, -1));
        return new DeliveryFailedException(reason);
    }
}
