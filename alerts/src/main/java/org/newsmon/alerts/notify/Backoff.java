package org.newsmon.alerts.notify;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th retry waits a random time between half and all of
 * {@code base · 2^(n-1)}, capped at {@code max}. The jitter keeps many senders that failed together from retrying
 * together. Immutable.
 */
record Backoff(int retries, Duration base, Duration max) {
    Backoff {
        if (retries < 0 || base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("retries >= 0 and 0 <= base <= max, got " + retries + ", " + base + ", " + max);
        }
    }

    /** The wait before retry {@code n} (1-based). */
    Duration delay(int n) {
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(n - 1, 30));
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (ceiling > floor ? ThreadLocalRandom.current().nextLong(ceiling - floor + 1) : 0));
    }

    /** Waits before retry {@code n} (1-based); false when interrupted, the thread's interrupt flag set again. */
    boolean waitBefore(int n) {
        try {
            Thread.sleep(delay(n).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
