package org.newsmon.ingest.page;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.time.Duration;

/**
 * A reader for parsers (SAX, jsoup) that fails once a document has taken too long or its thread has been
 * interrupted. Parsers pull their input in chunks while they work, so this bounds the time spent on one document and
 * lets a shutdown ({@code shutdownNow}) stop a parse that would otherwise ignore the interrupt. Not thread-safe.
 */
public final class DeadlineReader extends FilterReader {
    /** Thrown by {@code read} past the deadline or on interrupt; the message says which. */
    static final class Expired extends InterruptedIOException {
        Expired(String message) {
            super(message);
        }
    }

    private final long deadlineNanos;
    private final Duration limit;

    public DeadlineReader(Reader in, Duration limit) {
        super(in);
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
    }

    @Override
    public int read() throws IOException {
        check();
        return super.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        check();
        return super.read(buffer, offset, length);
    }

    private void check() throws Expired {
        if (Thread.currentThread().isInterrupted()) {
            throw new Expired("parsing interrupted");
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Expired("document took longer than " + limit.toSeconds() + " s to parse");
        }
    }

    /** The {@link Expired} in {@code e}'s cause chain, if any. */
    public static Expired expiredIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Expired x) {
                return x;
            }
        }
        return null;
    }
}
