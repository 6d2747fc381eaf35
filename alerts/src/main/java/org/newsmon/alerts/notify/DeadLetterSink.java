package org.newsmon.alerts.notify;

import org.apache.kafka.common.header.Headers;

/** Where a notifier puts an alert it gave up on: news.dlq in the service, a list in tests. Thread-safe. */
@FunctionalInterface
public interface DeadLetterSink {
    void deadLetter(byte[] key, byte[] value, Headers headers);
}
