package org.newsmon.ingest.page;

import java.time.Duration;

/**
 * The moment work on one page must stop, checked between small steps of work on its tree, so that no page (hostile,
 * or one that meets a slow path of ours) holds a thread for long. An interrupted thread (a shutdown) stops too. Not
 * thread-safe: one per page ({@link #NONE} excepted, whose count of calls may race harmlessly).
 */
final class Deadline {
    /** Thrown by {@link #check()} once the deadline has passed or the thread has been interrupted. */
    static final class Passed extends RuntimeException {
        Passed(String message) {
            super(message, null, false, false); // thrown to unwind, never logged with a trace
        }
    }

    /** A deadline that never passes (interrupts still stop the work). */
    static final Deadline NONE = new Deadline(null);

    private final long atNanos;
    private final Duration limit;
    private int calls;

    Deadline(Duration limit) {
        this.limit = limit;
        this.atNanos = limit == null ? 0 : System.nanoTime() + limit.toNanos();
    }

    /** Throws {@link Passed} when the time is up; looks at the clock on the first call and every 256th after. */
    void check() {
        if ((calls++ & 255) != 0) {
            return; // reading the clock for every element of a page cost a tenth of the extraction's time
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new Passed("interrupted");
        }
        if (limit != null && System.nanoTime() - atNanos >= 0) {
            throw new Passed("took longer than " + limit.toMillis() + " ms");
        }
    }
}
