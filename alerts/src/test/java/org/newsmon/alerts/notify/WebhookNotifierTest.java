package org.newsmon.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsmon.alerts.AlertsMetrics;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;

public class WebhookNotifierTest {
    /** A Standard Webhooks secret: whsec_ and base64 of 32 bytes. */
    public static final String SECRET = "whsec_bmV3c21vbi10ZXN0LXdlYmhvb2sta2V5LTMyYnl0ZXM=";

    /** A request as the receiver saw it. */
    public record Received(String webhookId, String webhookTimestamp, String webhookSignature, String idempotencyKey,
                           String ceId, String contentType, byte[] body) {
        public static Received of(com.sun.net.httpserver.Headers h, byte[] body) {
            return new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    h.getFirst("Idempotency-Key"), h.getFirst("ce-id"), h.getFirst("Content-Type"), body);
        }

        /** What README's receiver does: the signature must match and the timestamp be at most five minutes off. */
        public boolean verified(String secret) throws Exception {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            long ts = Long.parseLong(webhookTimestamp);
            if (Math.abs(Instant.now().getEpochSecond() - ts) > 300) {
                return false; // too old or from the future: a replay
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((webhookId + "." + ts + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)))
                    .getBytes(StandardCharsets.UTF_8);
            return Arrays.stream(webhookSignature.split(" "))
                    .anyMatch(sig -> MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<byte[]> deadLetters = new CopyOnWriteArrayList<>();
    private final List<Headers> deadLetterHeaders = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private HttpServer server;

    static Alert alert() {
        return new Alert("visit:VN-AZ:2025-05-07", EventType.VISIT, EventStatus.ONGOING, "Tô Lâm đến Baku", null,
                java.time.LocalDate.of(2025, 5, 7), List.of("VN", "AZ"), List.of("To Lam"), List.of("politics"),
                List.of(new AlertSource("http://127.0.0.1/z1", "Xəbər Saatı", "Tô Lâm Azərbaycana", Instant.parse("2025-05-07T13:05:00Z"), "az")),
                2, Instant.parse("2025-05-07T13:15:00Z"), Instant.parse("2025-05-07T14:00:00Z"));
    }

    /** Answers the first {@code failures} requests with {@code failStatus}, then 204. */
    private URI serve(int failures, int failStatus) throws Exception {
        AtomicInteger count = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(Received.of(exchange.getRequestHeaders(), body));
            int status = count.incrementAndGet() <= failures ? failStatus : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private WebhookNotifier notifier(URI url, int retries) {
        return new WebhookNotifier(url, SECRET, new Backoff(retries, Duration.ofMillis(20), Duration.ofMillis(100)),
                Duration.ofSeconds(5), NotifierFilter.ANY, (key, value, headers) -> {
                    deadLetters.add(value);
                    deadLetterHeaders.add(headers);
                }, new AlertsMetrics(registry));
    }

    @Test
    void retriesAfterTwoFailuresWithTheSameSignedRequest() throws Exception {
        URI url = serve(2, 503);
        notifier(url, 3).deliver(alert());

        assertEquals(3, received.size());
        for (Received r : received) {
            assertTrue(r.verified(SECRET), "Standard Webhooks signature over id, this attempt's time and the body: " + r);
            assertEquals("visit:VN-AZ:2025-05-07:2", r.webhookId(), "the same id on every attempt");
            assertEquals("visit:VN-AZ:2025-05-07:2", r.idempotencyKey());
            assertEquals("visit:VN-AZ:2025-05-07:2", r.ceId());
            assertEquals("application/json", r.contentType());
            assertEquals(alert(), Json.read(new String(r.body(), StandardCharsets.UTF_8), Alert.class));
        }
        assertTrue(deadLetters.isEmpty());
        assertEquals(2.0, registry.get("newsmon.notifier.retries").counter().count());
    }

    @Test
    void deadLettersARevisionTheReceiverNeverTakes() throws Exception {
        URI url = serve(Integer.MAX_VALUE, 500);
        assertThrows(DeliveryFailedException.class, () -> notifier(url, 2).deliver(alert()));
        assertEquals(3, received.size(), "one try and two retries");
        assertEquals(1, deadLetters.size());
        assertEquals(alert(), Json.read(new String(deadLetters.get(0), StandardCharsets.UTF_8), Alert.class));
        assertEquals(WebhookNotifier.STAGE, DeadLetters.header(deadLetterHeaders.get(0), DeadLetters.STAGE));
        assertTrue(DeadLetters.header(deadLetterHeaders.get(0), DeadLetters.REASON).contains("HTTP 500"));
    }

    @Test
    void doesNotRetryARequestTheReceiverRefuses() throws Exception {
        URI url = serve(Integer.MAX_VALUE, 401);
        assertThrows(DeliveryFailedException.class, () -> notifier(url, 5).deliver(alert()));
        assertEquals(1, received.size());
        assertEquals(1, deadLetters.size());
    }

    @Test
    void backoffGrowsAndStaysWithinItsBounds() {
        Backoff backoff = new Backoff(10, Duration.ofMillis(100), Duration.ofSeconds(1));
        for (int i = 0; i < 50; i++) {
            long first = backoff.delay(1).toMillis();
            long third = backoff.delay(3).toMillis();
            long tenth = backoff.delay(10).toMillis();
            assertTrue(first >= 50 && first <= 100, "first " + first);
            assertTrue(third >= 200 && third <= 400, "third " + third);
            assertTrue(tenth >= 500 && tenth <= 1000, "capped " + tenth);
        }
    }
}
