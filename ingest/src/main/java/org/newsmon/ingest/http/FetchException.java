package org.newsmon.ingest.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** A fetch that did not produce a usable body, with why ({@link Reason}) and whether trying later may help. */
public final class FetchException extends IOException {
    public enum Reason {
        TIMEOUT(true), TOO_LARGE(false), TOO_MANY_REDIRECTS(false), REDIRECT_LOOP(false), NOT_ALLOWED(false),
        HTTP_STATUS(true), IO(true), INTERRUPTED(true), ROBOTS(false),
        /** Not tried: the host asked us to wait ({@link #retryAfter()} says how long). */
        DEFERRED(true);

        private final boolean retriable;

        Reason(boolean retriable) {
            this.retriable = retriable;
        }
    }

    private final Reason reason;
    private final URI url;
    private final int status;
    private final Duration retryAfter;

    FetchException(Reason reason, URI url, String message) {
        this(reason, url, 0, null, message, null);
    }

    FetchException(Reason reason, URI url, int status, Duration retryAfter, String message, Throwable cause) {
        super(url + ": " + message, cause);
        this.reason = reason;
        this.url = url;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public URI url() {
        return url;
    }

    /** The HTTP status for {@link Reason#HTTP_STATUS}, else 0. */
    public int status() {
        return status;
    }

    /** The server's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** True when the same request may succeed later (time-outs, I/O, 5xx, 429, 408); false for 4xx and limits. */
    public boolean retriable() {
        if (reason == Reason.HTTP_STATUS) {
            return status >= 500 || status == 429 || status == 408;
        }
        return reason.retriable;
    }
}
