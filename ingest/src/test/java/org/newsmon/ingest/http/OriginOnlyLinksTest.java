package org.newsmon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A feed may link to its own origin only, never to another port of its host (issue 17): a "secret" server on
 * another port of the same address stands for newsmon's own HTTP port or a Kafka listener. Each spelling of the
 * feed's host is tried as the feed's own URL, so that only the port differs; the secret server must see no request.
 */
class OriginOnlyLinksTest {
    private HttpServer feed4;
    private HttpServer secret4;
    private HttpServer feed6;
    private HttpServer secret6;
    private final AtomicInteger secretHits = new AtomicInteger();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        InetAddress v6 = InetAddress.getByName("::1");
        secret4 = server(v4);
        secret6 = server(v6);
        feed4 = server(v4);
        feed6 = server(v6);
        fetcher = new HttpFetcher(new HttpFetcher.Limits(64 * 1024, 3, Duration.ofSeconds(2), Duration.ofSeconds(2),
                "newsmon-test/1"));
    }

    private HttpServer server(InetAddress address) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(address, 0), 0);
        s.createContext("/secret", ex -> {
            secretHits.incrementAndGet();
            reply(ex, 200, Map.of(), "secret");
        });
        s.createContext("/page", ex -> reply(ex, 200, Map.of(), "Xin chào Baku"));
        // /go?<url> redirects to <url>
        s.createContext("/go", ex -> reply(ex, 302, Map.of("Location", ex.getRequestURI().getRawQuery()), ""));
        s.start();
        return s;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, Map<String, String> headers,
            String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() {
        for (HttpServer s : new HttpServer[] {feed4, secret4, feed6, secret6}) {
            s.stop(0);
        }
        fetcher.close();
    }

    private int port4() {
        return secret4.getAddress().getPort();
    }

    /** Fetching {@code link} for a feed at {@code feed} is refused by the policy, and nothing reached the secret. */
    private void refused(String feed, String link) {
        URI feedUri = URI.create(feed);
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create(link), Map.of(), u -> LinkPolicy.allowed(u, feedUri)), link);
        assertEquals(FetchException.Reason.NOT_ALLOWED, e.reason(), link + ": " + e.getMessage());
        assertEquals(0, secretHits.get(), "the other port was reached");
    }

    private String feedOn(String host, HttpServer server) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/feed.xml";
    }

    @Test
    void allowsTheFeedsOwnOriginButNotAnotherPortOfItsHost() throws FetchException {
        String feed = feedOn("127.0.0.1", feed4);
        URI page = URI.create(feed).resolve("/page");
        assertEquals("Xin chào Baku", new String(
                fetcher.get(page, Map.of(), u -> LinkPolicy.allowed(u, URI.create(feed))).body(),
                StandardCharsets.UTF_8));
        refused(feed, "http://127.0.0.1:" + port4() + "/secret");
    }

    @Test
    void refusesAnotherPortOfAnIpv6LiteralHost() {
        refused(feedOn("[::1]", feed6), "http://[::1]:" + secret6.getAddress().getPort() + "/secret");
    }

    @Test
    void refusesAnotherPortOfADecimalIpv4Host() {
        // 2130706433 is 127.0.0.1 as one decimal number; the JDK resolves it so
        refused(feedOn("2130706433", feed4), "http://2130706433:" + port4() + "/secret");
    }

    @Test
    void refusesAnotherPortOfAHexadecimalIpv4Host() {
        refused(feedOn("0x7f000001", feed4), "http://0x7f000001:" + port4() + "/secret");
    }

    @Test
    void refusesAnotherPortOfAHostWithATrailingDot() {
        refused(feedOn("localhost.", feed4), "http://localhost.:" + port4() + "/secret");
    }

    @Test
    void refusesARedirectToAnotherPortInEverySpelling() {
        String[][] cases = {
            {"127.0.0.1", "127.0.0.1"},
            {"[::1]", "[::1]"},
            {"2130706433", "2130706433"},
            {"127.0.0.1", "0x7f000001"},
            {"127.0.0.1", "localhost."},
        };
        for (String[] c : cases) {
            HttpServer feedServer = c[0].startsWith("[") ? feed6 : feed4;
            int secretPort = c[1].startsWith("[") ? secret6.getAddress().getPort() : port4();
            String feed = feedOn(c[0], feedServer);
            String target = "http://" + c[1] + ":" + secretPort + "/secret";
            // the first hop is on the feed's origin and allowed; the redirect must be refused
            refused(feed, URI.create(feed).resolve("/go?" + target).toString());
        }
    }
}
