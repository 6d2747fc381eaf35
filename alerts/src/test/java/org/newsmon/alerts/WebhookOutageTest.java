package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.alerts.notify.WebhookNotifier;
import org.newsmon.alerts.notify.WebhookNotifierTest;
import org.newsmon.core.Alert;
import org.newsmon.core.Config;
import org.newsmon.core.Json;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * A webhook endpoint that is down (nothing listening on its port) while the demo's alerts are raised: once it comes
 * back, every revision arrives, each event's revisions in order, none twice.
 */
@ExtendWith(KafkaExtension.class)
class WebhookOutageTest {

    @Test
    void revisionsRaisedWhileTheEndpointIsDownArriveInOrderOnceItReturns(KafkaCluster kafka, @TempDir Path stateDir)
            throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free, and left closed: connections are refused until the endpoint starts
        }
        Config config = AlertsServiceTest.config(kafka, stateDir, "outage", Map.of(
                "notifier.webhook.url", "http://127.0.0.1:" + port + "/hook",
                "notifier.webhook.secret", WebhookNotifierTest.SECRET,
                // A retry budget (about a minute) longer than the outage.
                "notifier.webhook.retries", "60", "notifier.webhook.backoff", "100ms", "notifier.webhook.backoff.max", "1s"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<Alert> received = Collections.synchronizedList(new ArrayList<>());
        List<String> idempotencyKeys = Collections.synchronizedList(new ArrayList<>());
        HttpServer endpoint = null;
        try (AlertsService service = new AlertsService(config, registry, null, List.of())) {
            service.start();
            AlertsServiceTest.produce(kafka, "outage.enriched", DemoArticles.ALL);
            // Down until the notifier has demonstrably retried against the dead port a few times.
            AlertsServiceTest.await(() -> retries(registry) >= 5, "the webhook retrying against a dead endpoint");
            assertTrue(received.isEmpty());

            endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            endpoint.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                WebhookNotifierTest.Received request = WebhookNotifierTest.Received.of(exchange.getRequestHeaders(), body);
                if (verified(request)) {
                    received.add(Json.read(new String(body, java.nio.charset.StandardCharsets.UTF_8), Alert.class));
                    idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            endpoint.start();
            AlertsServiceTest.await(() -> received.size() >= 11, "the 11 demo revisions after the endpoint returned");
            Thread.sleep(1000); // anything sent twice would arrive now
        } finally {
            if (endpoint != null) {
                endpoint.stop(0);
            }
        }

        assertEquals(11, received.size(), "6 visit and 5 agreement revisions, each once: " + idempotencyKeys);
        assertEquals(11, new HashSet<>(idempotencyKeys).size(), "no revision twice: " + idempotencyKeys);
        Map<String, Integer> lastRevision = new HashMap<>();
        for (Alert alert : received) {
            int previous = lastRevision.getOrDefault(alert.eventKey(), 0);
            assertEquals(previous + 1, alert.revision(), "revisions of " + alert.eventKey() + " in order");
            lastRevision.put(alert.eventKey(), alert.revision());
        }
        assertEquals(Set.of(6, 5), Set.copyOf(lastRevision.values()));
    }

    private static double retries(SimpleMeterRegistry registry) {
        return registry.find("newsmon.notifier.retries").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static boolean verified(WebhookNotifierTest.Received request) {
        try {
            return request.verified(WebhookNotifierTest.SECRET);
        } catch (Exception e) {
            return false;
        }
    }
}
