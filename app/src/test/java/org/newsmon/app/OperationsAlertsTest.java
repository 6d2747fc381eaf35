package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.Json;
import org.newsmon.ingest.IngestService;
import org.newsmon.ingest.IngestSettings;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * deploy/prometheus/rules.yml, as shipped, in a real Prometheus scraping a real ingest: a feed whose server answers
 * only 503 makes NewsmonFeedFailing fire for that feed. (The pattern of DemoEndToEndTest's real-Prometheus test.)
 */
@ExtendWith(KafkaExtension.class)
class OperationsAlertsTest {
    private static final Path RULES = Path.of("..", "deploy", "prometheus", "rules.yml").toAbsolutePath().normalize();

    @Test
    void aFeedThatKeepsFailingFiresNewsmonFeedFailing(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        String prometheus = ExternalTools.find("prometheus");
        assumeTrue(prometheus != null, "prometheus is not installed (.ci/run installs it)");
        assertTrue(Files.isRegularFile(RULES), RULES + " is missing");

        HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broken.createContext("/", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        broken.start();
        String feed = "http://127.0.0.1:" + broken.getAddress().getPort() + "/feed.xml";
        Config config = Config.of(Map.of(CommonSettings.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers(),
                IngestSettings.POLL_INTERVAL.name(), "1s", IngestSettings.HOST_MIN_DELAY.name(), "0ms"),
                ConfigOptions.ALL_KEYS);
        PrometheusMeterRegistry registry = HttpEndpoint.newRegistry();
        Process server = null;
        try (HttpEndpoint http = HttpEndpoint.start("127.0.0.1", 0, registry, () -> true);
             IngestService ingest = IngestService.withTopicSuffix(config, List.of(URI.create(feed)), registry, "ops")) {
            ingest.start();
            Files.writeString(dir.resolve("prometheus.yml"), "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
                    + "rule_files: ['" + RULES + "']\n"
                    + "scrape_configs:\n  - job_name: newsmon\n    static_configs:\n"
                    + "      - targets: ['127.0.0.1:" + http.port() + "']\n        labels: {service: ingest}\n");
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            server = new ProcessBuilder(prometheus, "--config.file=" + dir.resolve("prometheus.yml"),
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();

            URI alerts = URI.create("http://127.0.0.1:" + port + "/api/v1/alerts");
            HttpClient client = HttpClient.newHttpClient();
            String last = "";
            boolean firing = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!firing && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                try {
                    last = client.send(HttpRequest.newBuilder(alerts).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (java.net.ConnectException notYetUp) {
                    continue; // Prometheus is still starting
                }
                for (JsonNode alert : Json.MAPPER.readTree(last).path("data").path("alerts")) {
                    firing |= alert.path("labels").path("alertname").asText().equals("NewsmonFeedFailing")
                            && alert.path("labels").path("feed").asText().equals(feed)
                            && alert.path("state").asText().equals("firing");
                }
            }
            assertTrue(firing, "NewsmonFeedFailing firing for " + feed + "; last answer " + last + "; log in " + dir);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
            broken.stop(0);
        }
    }
}
