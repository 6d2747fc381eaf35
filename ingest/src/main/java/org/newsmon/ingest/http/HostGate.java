package org.newsmon.ingest.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, at least {@code minDelay} between the end of one and the start of the
 * next, and no request before a time the host asked for (Retry-After on 429/503). Thread-safe.
 */
public final class HostGate {
    private static final long MAX_WAIT_NANOS = Duration.ofSeconds(10).toNanos();
    private final long minDelayNanos;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long notBefore; // System.nanoTime() value
    }

    /** Work done while holding a host's turn. */
    public interface Call<T> {
        T run() throws FetchException;
    }

    public HostGate(Duration minDelay) {
        this.minDelayNanos = minDelay.toNanos();
    }

    /** Runs {@code call} in {@code url}'s host's turn, waiting for the turn first. */
    public <T> T call(URI url, Call<T> call) throws FetchException {
        Host host = hosts.computeIfAbsent(key(url), k -> new Host());
        try {
            host.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.INTERRUPTED, url, "interrupted waiting for the host");
        }
        try {
            long wait = host.notBefore - System.nanoTime();
            if (wait > MAX_WAIT_NANOS) {
                // a long wait (Retry-After) must not hold a thread: the caller tries again later
                throw new FetchException(FetchException.Reason.DEFERRED, url, 0, Duration.ofNanos(wait),
                        "host asked for a pause; not before " + Duration.ofNanos(wait).toSeconds() + " s from now", null);
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                return call.run();
            } catch (FetchException e) {
                if (e.retryAfter() != null && (e.status() == 429 || e.status() == 503)) {
                    // cap, so one bad header cannot silence a host for a year
                    long asked = Math.min(e.retryAfter().toNanos(), Duration.ofHours(6).toNanos());
                    host.notBefore = System.nanoTime() + Math.max(asked, minDelayNanos);
                    throw e;
                }
                host.notBefore = System.nanoTime() + minDelayNanos;
                throw e;
            } finally {
                host.notBefore = Math.max(host.notBefore, System.nanoTime() + minDelayNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.INTERRUPTED, url, "interrupted waiting for the host");
        } finally {
            host.lock.unlock();
        }
    }

    private static String key(URI url) {
        return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
    }
}
