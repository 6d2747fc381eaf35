package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.Config;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.RawArticle;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** WebSub against a hub written for the test: subscribe, verification of intent, signed and forged pushes. */
@ExtendWith(KafkaExtension.class)
class WebSubTest {
    private final HttpClient client = HttpClient.newHttpClient();

    /** What the test hub learned from the subscription request. */
    record Subscription(String callback, String topic, String secret) {}

    private static String feed(String base, String hub, int... items) {
        StringBuilder xml = new StringBuilder("""
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Push</title>
                <atom:link rel="hub" href="%s"/><atom:link rel="self" href="%s/feed.xml"/>""".formatted(hub, base));
        for (int n : items) {
            xml.append("<item><title>Xəbər ").append(n).append("</title><link>").append(base).append("/pages/")
                    .append(n).append(".html</link><guid>push-").append(n).append("</guid></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    void subscribesAnswersOnlyItsOwnVerificationAndIngestsOnlySignedPushes(KafkaCluster kafka) throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        String hubUrl = base + "/hub";
        CompletableFuture<Subscription> subscribed = new CompletableFuture<>();
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            int status = 200;
            if (path.equals("/hub")) {
                Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                subscribed.complete(new Subscription(form.get("hub.callback"), form.get("hub.topic"), form.get("hub.secret")));
                status = 202;
                body = new byte[0];
            } else if (path.equals("/feed.xml")) {
                body = feed(base, hubUrl, 1).getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/pages/")) {
                body = ("<html><body><article><p>Bakıdan xəbər " + path + "</p></article></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                status = 404;
                body = new byte[0];
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HttpEndpoint endpoint = HttpEndpoint.start("127.0.0.1", 0, HttpEndpoint.newRegistry(), () -> true)) {
            Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "ingest.host.min.delay", "0ms",
                    "ingest.websub.callback.url", "http://127.0.0.1:" + endpoint.port()), IngestServiceDemoTest.keys());
            URI feedUrl = URI.create(base + "/feed.xml");
            try (IngestService ingest = new IngestService(config, List.of(feedUrl), registry, endpoint, topics)) {
                ingest.start();
                Subscription sub = subscribed.get(60, TimeUnit.SECONDS);
                assertEquals(feedUrl.toString(), sub.topic());
                assertTrue(sub.callback().startsWith("http://127.0.0.1:" + endpoint.port() + "/websub/"));

                // verification of intent: a wrong topic is refused, the right one echoes the challenge
                assertEquals(404, get(sub.callback() + "?hub.mode=subscribe&hub.topic=" + enc(base + "/other.xml")
                        + "&hub.challenge=abc&hub.lease_seconds=60").statusCode());
                assertEquals(404, get(endpointBase(endpoint) + "/websub/0000?hub.mode=subscribe&hub.topic="
                        + enc(sub.topic()) + "&hub.challenge=abc").statusCode());
                HttpResponse<String> verified = get(sub.callback() + "?hub.mode=subscribe&hub.topic=" + enc(sub.topic())
                        + "&hub.challenge=Ch%C3%A0o-123&hub.lease_seconds=3600");
                assertEquals(200, verified.statusCode());
                assertEquals("Chào-123", verified.body());
                assertTrue(ingest.webSubSubscribed(feedUrl));

                // distribution: one signed with the secret, one forged
                byte[] signedBody = feed(base, hubUrl, 2, 1).getBytes(StandardCharsets.UTF_8);
                assertEquals(202, post(sub.callback(), signedBody, "sha256=" + hmac(sub.secret(), signedBody)).statusCode());
                byte[] forgedBody = feed(base, hubUrl, 3).getBytes(StandardCharsets.UTF_8);
                assertEquals(202, post(sub.callback(), forgedBody, "sha256=" + hmac("guessed", forgedBody)).statusCode());

                List<RawArticle> articles = KafkaRecords.values(
                        KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 2, Duration.ofSeconds(30)), topics.raw());
                List<String> titles = articles.stream().map(RawArticle::title).sorted().toList();
                assertEquals(List.of("Xəbər 1", "Xəbər 2"), titles);
                List<ConsumerRecord<byte[], byte[]>> dead = KafkaRecords.read(kafka.bootstrapServers(), topics.dlq(), 1,
                        Duration.ofSeconds(10));
                assertEquals(List.of("ingest.websub"), dead.stream()
                        .map(r -> DeadLetters.header(r.headers(), DeadLetters.STAGE)).collect(Collectors.toList()));
                assertEquals(1, registry.counter("newsmon.ingest.websub", "event", "pushed").count());
                assertEquals(1, registry.counter("newsmon.ingest.websub", "event", "rejected_signature").count());
                assertFalse(titles.contains("Xəbər 3"));
            }
        } finally {
            site.stop(0);
        }
    }

    private static String endpointBase(HttpEndpoint endpoint) {
        return "http://127.0.0.1:" + endpoint.port();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, byte[] body, String signature) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/rss+xml")
                .header("X-Hub-Signature", signature).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }
}
