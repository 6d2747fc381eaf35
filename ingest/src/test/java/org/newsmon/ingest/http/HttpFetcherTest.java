package org.newsmon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fetcher against a hostile server on 127.0.0.1: every limit must hold. */
class HttpFetcherTest {
    private static final int LIMIT = 64 * 1024;
    private HttpServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/big", ex -> send(ex, 200, Map.of(), new byte[LIMIT + 1], false));
        server.createContext("/big-chunked", ex -> send(ex, 200, Map.of(), new byte[LIMIT * 4], true));
        server.createContext("/gzip-bomb", ex -> send(ex, 200, Map.of("Content-Encoding", "gzip"),
                gzip(new byte[LIMIT * 100]), false));
        server.createContext("/gzip-ok", ex -> send(ex, 200, Map.of("Content-Encoding", "gzip"),
                gzip("Xin chào Baku".getBytes(StandardCharsets.UTF_8)), false));
        server.createContext("/loop-a", ex -> send(ex, 302, Map.of("Location", "/loop-b"), new byte[0], false));
        server.createContext("/loop-b", ex -> send(ex, 302, Map.of("Location", "/loop-a"), new byte[0], false));
        server.createContext("/chain/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
            send(ex, 301, Map.of("Location", "/chain/" + (n + 1)), new byte[0], false);
        });
        server.createContext("/to-private", ex -> send(ex, 302, Map.of("Location", "http://10.0.0.1/admin"),
                new byte[0], false));
        server.createContext("/slow", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/etag", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, Map.of("ETag", "\"v1\""), new byte[0], false);
            } else {
                send(ex, 200, Map.of("ETag", "\"v1\""), "feed".getBytes(StandardCharsets.UTF_8), false);
            }
        });
        server.createContext("/busy", ex -> send(ex, 429, Map.of("Retry-After", "120"), new byte[0], false));
        server.createContext("/ua", ex -> send(ex, 200, Map.of(),
                ex.getRequestHeaders().getFirst("User-Agent").getBytes(StandardCharsets.UTF_8), false));
        server.start();
        fetcher = new HttpFetcher(new HttpFetcher.Limits(LIMIT, 3, Duration.ofSeconds(2), Duration.ofSeconds(1),
                "newsmon-test/1 (+mailto:test@example.org)"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        fetcher.close();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private FetchException.Reason failure(String path) {
        URI feed = url("/");
        return assertThrows(FetchException.class, () -> fetcher.get(url(path), Map.of(),
                u -> LinkPolicy.allowed(u, feed))).reason();
    }

    @Test
    void refusesABodyOverTheLimitByContentLength() {
        assertEquals(FetchException.Reason.TOO_LARGE, failure("/big"));
    }

    @Test
    void refusesAChunkedBodyOverTheLimit() {
        assertEquals(FetchException.Reason.TOO_LARGE, failure("/big-chunked"));
    }

    @Test
    void refusesAGzipBombByItsDecompressedSize() {
        assertEquals(FetchException.Reason.TOO_LARGE, failure("/gzip-bomb"));
    }

    @Test
    void decodesGzip() throws FetchException {
        assertArrayEquals("Xin chào Baku".getBytes(StandardCharsets.UTF_8),
                fetcher.get(url("/gzip-ok"), Map.of(), u -> true).body());
    }

    @Test
    void detectsARedirectLoop() {
        assertEquals(FetchException.Reason.REDIRECT_LOOP, failure("/loop-a"));
    }

    @Test
    void stopsAfterTheMaximumRedirects() {
        assertEquals(FetchException.Reason.TOO_MANY_REDIRECTS, failure("/chain/0"));
    }

    @Test
    void refusesARedirectToAPrivateAddress() {
        assertEquals(FetchException.Reason.NOT_ALLOWED, failure("/to-private"));
    }

    @Test
    @Timeout(10)
    void cutsOffAServerThatDripFeedsTheBody() {
        assertEquals(FetchException.Reason.TIMEOUT, failure("/slow"));
    }

    @Test
    void answersAConditionalGetWith304() throws FetchException {
        HttpFetcher.Response first = fetcher.get(url("/etag"), Map.of(), u -> true);
        assertEquals(200, first.status());
        HttpFetcher.Response second = fetcher.get(url("/etag"), Map.of("If-None-Match", first.header("ETag")), u -> true);
        assertEquals(304, second.status());
    }

    @Test
    void reportsRetryAfterOf429() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.get(url("/busy"), Map.of(), u -> true));
        assertEquals(429, e.status());
        assertEquals(Duration.ofSeconds(120), e.retryAfter());
        assertTrue(e.retriable());
    }

    @Test
    void sendsItsUserAgent() throws FetchException {
        assertEquals("newsmon-test/1 (+mailto:test@example.org)",
                new String(fetcher.get(url("/ua"), Map.of(), u -> true).body(), StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, Map<String, String> headers, byte[] body, boolean chunked)
            throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : chunked ? 0 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up on purpose
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
