package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.Config;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.FeedState;
import org.newsmon.core.RawArticle;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** Bad feeds cost a DLQ record and a metric each; the good feed beside them is ingested all the same. */
@ExtendWith(KafkaExtension.class)
class HostileFeedsTest {

    @Test
    void badFeedsGoToTheDeadLetterQueueAndTheGoodOneIsIngested(KafkaCluster kafka) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> bodies = Map.of(
                "/good.xml", """
                        <rss version="2.0"><channel><title>Good</title><language>az</language>
                        <item><title>Bakı və Hanoy</title><link>%s/pages/good.html</link><guid>good-1</guid>
                        <pubDate>Wed, 07 May 2025 13:05:00 GMT</pubDate></item>
                        <item><title>Daxili şəbəkə</title><link>http://10.0.0.1/secret</link><guid>good-2</guid>
                        <description>Yalnız xülasə.</description></item></channel></rss>""".formatted(base),
                "/pages/good.html", """
                        <html lang="az"><body><article><p>Prezident İlham Əliyev Bakıda To Lamı qəbul edib.</p>
                        </article></body></html>""",
                "/not-a-feed.xml", "<html><body><p>Bu lent deyil</p></body></html>",
                "/huge.xml", "<rss>" + "x".repeat(10_000) + "</rss>");
        server.createContext("/", ex -> {
            String body = bodies.get(ex.getRequestURI().getPath());
            int status = body != null ? 200 : ex.getRequestURI().getPath().equals("/broken.xml") ? 500 : 404;
            byte[] bytes = (body == null ? "boom" : body).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            } catch (IOException e) {
                // the client may hang up on the huge body
            }
        });
        server.start();
        try {
            IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
            Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                    "ingest.host.min.delay", "0ms", "ingest.max.body.bytes", "4096"), IngestServiceDemoTest.keys());
            List<URI> feeds = List.of(URI.create(base + "/good.xml"), URI.create(base + "/not-a-feed.xml"),
                    URI.create(base + "/broken.xml"), URI.create(base + "/huge.xml"));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (IngestService ingest = new IngestService(config, feeds, registry, null, topics)) {
                ingest.start();
                IngestServiceDemoTest.awaitPolls(ingest, 4);
            }
            List<RawArticle> articles = KafkaRecords.values(
                    KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 2, Duration.ofSeconds(20)), topics.raw());
            Map<String, RawArticle> byTitle = articles.stream()
                    .collect(Collectors.toMap(RawArticle::title, a -> a));
            assertEquals("Prezident İlham Əliyev Bakıda To Lamı qəbul edib.", byTitle.get("Bakı və Hanoy").text());
            // the private link is not fetched: the feed's own summary stands in for the text
            assertEquals("Yalnız xülasə.", byTitle.get("Daxili şəbəkə").text());

            List<ConsumerRecord<byte[], byte[]>> dead = KafkaRecords.read(kafka.bootstrapServers(), topics.dlq(), 3,
                    Duration.ofSeconds(20));
            Map<String, String> stageByUrl = dead.stream().collect(Collectors.toMap(
                    r -> new String(r.key(), StandardCharsets.UTF_8), r -> DeadLetters.header(r.headers(), DeadLetters.STAGE),
                    (a, b) -> a));
            assertEquals("ingest.feed.parse", stageByUrl.get(base + "/not-a-feed.xml"));
            assertEquals("ingest.feed.fetch", stageByUrl.get(base + "/broken.xml"));
            assertEquals("ingest.feed.fetch", stageByUrl.get(base + "/huge.xml"));
            String hugeReason = dead.stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).endsWith("/huge.xml"))
                    .map(r -> DeadLetters.header(r.headers(), DeadLetters.REASON)).findFirst().orElseThrow();
            assertTrue(hugeReason.startsWith("TOO_LARGE"), hugeReason);

            assertEquals(1, registry.counter("newsmon.ingest.feed.polls", "result", "ok").count());
            assertEquals(1, registry.counter("newsmon.ingest.feed.polls", "result", "parse_error").count());
            assertEquals(2, registry.counter("newsmon.ingest.feed.polls", "result", "fetch_error").count());
            assertEquals(1, registry.counter("newsmon.ingest.page.problems", "reason", "not_allowed").count());

            Map<String, FeedState> states = KafkaRecords.values(
                    KafkaRecords.read(kafka.bootstrapServers(), topics.feedState(), 4, Duration.ofSeconds(10)),
                    topics.feedState()).stream().collect(Collectors.toMap(FeedState::feedUrl, s -> s, (a, b) -> b));
            assertEquals(1, states.get(base + "/broken.xml").failures());
            assertTrue(states.get(base + "/broken.xml").lastError().contains("HTTP 500"));
            assertEquals(0, states.get(base + "/good.xml").failures());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDeeplyNestedFeedIsRefusedWhileTheOtherFeedsArePolledAndShutdownStaysPrompt(KafkaCluster kafka)
            throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        int levels = 1_000_000; // 7 MB: it held an ingest thread at full CPU for minutes, and Ctrl-C for 35 s
        Map<String, byte[]> bodies = Map.of(
                "/nested.xml", ("<rss version=\"2.0\"><channel><title>Sâu</title>" + "<x>".repeat(levels)
                        + "</x>".repeat(levels) + "</channel></rss>").getBytes(StandardCharsets.UTF_8),
                "/good.xml", """
                        <rss version="2.0"><channel><title>Tốt</title><item><title>Tô Lâm tại Baku</title>
                        <guid isPermaLink="false">vi-1</guid><description>Tổng Bí thư Tô Lâm hội đàm với Tổng thống Ilham Aliyev.</description>
                        </item></channel></rss>""".getBytes(StandardCharsets.UTF_8));
        server.createContext("/", ex -> {
            byte[] body = bodies.get(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
            Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "ingest.concurrency", "1",
                    "ingest.host.min.delay", "0ms"), IngestServiceDemoTest.keys());
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            IngestService ingest = new IngestService(config,
                    List.of(URI.create(base + "/nested.xml"), URI.create(base + "/good.xml")), registry, null, topics);
            try {
                ingest.start();
                // one thread for both: the nested feed must give it back at once for the good one to be read
                List<RawArticle> articles = KafkaRecords.values(
                        KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 1, Duration.ofSeconds(30)), topics.raw());
                assertEquals("Tô Lâm tại Baku", articles.get(0).title());
                List<ConsumerRecord<byte[], byte[]>> dead = KafkaRecords.read(kafka.bootstrapServers(), topics.dlq(), 1,
                        Duration.ofSeconds(20));
                String reason = dead.stream()
                        .filter(r -> new String(r.key(), StandardCharsets.UTF_8).endsWith("/nested.xml"))
                        .map(r -> DeadLetters.header(r.headers(), DeadLetters.REASON)).findFirst().orElseThrow();
                assertTrue(reason.contains("nested deeper than 1000"), reason);
                IngestServiceDemoTest.awaitPolls(ingest, 2);
            } finally {
                long start = System.nanoTime();
                ingest.close();
                assertTrue(System.nanoTime() - start < 5_000_000_000L, "closed within 5 s");
            }
            assertTrue(registry.counter("newsmon.ingest.feed.polls", "result", "parse_error").count() >= 1);
        } finally {
            server.stop(0);
        }
    }
}
