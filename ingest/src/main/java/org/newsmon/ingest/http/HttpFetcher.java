package org.newsmon.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * HTTP GET with every dimension bounded: connect time, total time (headers and the whole body, so a server that
 * drip-feeds bytes is cut off), body size before and after decompression (gzip bombs), redirects (count and loops,
 * each hop checked against the caller's address policy). Redirects are followed here, not by the JDK, so that every
 * hop is checked. Thread-safe; one instance is shared by all feeds.
 */
public final class HttpFetcher implements AutoCloseable {
    public record Limits(int maxBodyBytes, int maxRedirects, Duration connectTimeout, Duration requestTimeout,
                  String userAgent) {}

    /** A complete response: status 2xx or 304. Header names are lower case. */
    public record Response(URI url, URI finalUrl, int status, Map<String, String> headers, byte[] body, Duration elapsed) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            return header("content-type");
        }
    }

    private final Limits limits;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;

    public HttpFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade dance with plain-http servers; one connection per host is all we use
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsmon-ingest-http-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * GETs {@code url}, following redirects whose targets {@code allowed} accepts.
     *
     * @param extraHeaders e.g. If-None-Match / If-Modified-Since
     * @throws FetchException for any status other than 2xx and 304, and for every exceeded limit
     */
    public Response get(URI url, Map<String, String> extraHeaders, Predicate<URI> allowed) throws FetchException {
        long start = System.nanoTime();
        long deadline = start + limits.requestTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hop = 0; ; hop++) {
            if (!allowed.test(current)) {
                throw new FetchException(FetchException.Reason.NOT_ALLOWED, current,
                        "refused: not a public address and not the feed's own host");
            }
            if (!visited.add(current)) {
                throw new FetchException(FetchException.Reason.REDIRECT_LOOP, url, "redirect loop at " + current);
            }
            HttpResponse<InputStream> response = send(current, extraHeaders, deadline);
            int status = response.statusCode();
            Map<String, String> headers = headers(response);
            if (status >= 300 && status < 400 && status != 304) {
                close(response.body());
                String location = headers.get("location");
                if (location == null) {
                    throw new FetchException(FetchException.Reason.HTTP_STATUS, current, status, null,
                            "redirect " + status + " without Location", null);
                }
                if (hop >= limits.maxRedirects()) {
                    throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, url,
                            "more than " + limits.maxRedirects() + " redirects");
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Reason.HTTP_STATUS, current, status, null,
                            "redirect to an invalid Location '" + location + "'", e);
                }
                String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    throw new FetchException(FetchException.Reason.NOT_ALLOWED, current, "redirect to a non-http URL");
                }
                continue;
            }
            if (status != 304 && (status < 200 || status >= 300)) {
                close(response.body());
                throw new FetchException(FetchException.Reason.HTTP_STATUS, current, status,
                        retryAfter(headers.get("retry-after")), "HTTP " + status, null);
            }
            byte[] body = status == 304 ? new byte[0] : readBody(current, response, headers, deadline);
            return new Response(url, current, status, Map.copyOf(headers), body,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private HttpResponse<InputStream> send(URI url, Map<String, String> extraHeaders, long deadline)
            throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException(FetchException.Reason.TIMEOUT, url, "took longer than " + limits.requestTimeout());
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", limits.userAgent())
                    .header("Accept-Encoding", "gzip, deflate");
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.NOT_ALLOWED, url, 0, null, "not a fetchable URL", e);
        }
        extraHeaders.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Reason.TIMEOUT, url, 0, null,
                    "no response within " + limits.requestTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.INTERRUPTED, url, 0, null, "interrupted", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.IO, url, 0, null, String.valueOf(e.getMessage()), e);
        }
    }

    private byte[] readBody(URI url, HttpResponse<InputStream> response, Map<String, String> headers, long deadline)
            throws FetchException {
        int max = limits.maxBodyBytes();
        String length = headers.get("content-length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > max) {
            close(response.body());
            throw new FetchException(FetchException.Reason.TOO_LARGE, url,
                    "Content-Length " + length.strip() + " exceeds " + max + " bytes");
        }
        InputStream raw = response.body();
        // Closing the stream from the watchdog aborts a read that is blocked on a slow server.
        long remaining = Math.max(0, deadline - System.nanoTime());
        ScheduledFuture<?> timer = watchdog.schedule(() -> close(raw), remaining, TimeUnit.NANOSECONDS);
        try (InputStream in = decoded(new Bounded(raw, max, "compressed body"), headers.get("content-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw new FetchException(FetchException.Reason.TOO_LARGE, url,
                            "body exceeds " + max + " bytes (after decompression)");
                }
            }
            return out.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (Bounded.TooLarge e) {
            throw new FetchException(FetchException.Reason.TOO_LARGE, url, e.getMessage());
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0 || timer.isDone()) {
                throw new FetchException(FetchException.Reason.TIMEOUT, url, 0, null,
                        "body not complete within " + limits.requestTimeout(), e);
            }
            throw new FetchException(FetchException.Reason.IO, url, 0, null,
                    "cannot read body: " + e.getMessage(), e);
        } finally {
            timer.cancel(false);
        }
    }

    private static InputStream decoded(InputStream in, String encoding) throws IOException {
        if (encoding == null) {
            return in;
        }
        return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> new GZIPInputStream(in);
            case "deflate" -> new InflaterInputStream(in, new Inflater());
            case "", "identity" -> in;
            default -> throw new IOException("unsupported Content-Encoding '" + encoding + "'");
        };
    }

    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> out = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty() && !name.startsWith(":")) {
                out.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return out;
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing to abort: nothing more to do
        }
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21: its threads are daemons and end with the last reference
        watchdog.shutdownNow();
    }

    /** Fails once more than {@code max} bytes have come through. */
    private static final class Bounded extends FilterInputStream {
        static final class TooLarge extends IOException {
            TooLarge(String message) {
                super(message);
            }
        }

        private final long max;
        private final String what;
        private long count;

        Bounded(InputStream in, long max, String what) {
            super(in);
            this.max = max;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(what + " exceeds " + max + " bytes");
            }
        }
    }
}
