package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.Config;
import org.newsmon.core.RawArticle;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** The service's scheduling and restart behaviour on a real broker. */
@ExtendWith(KafkaExtension.class)
class IngestServiceTest {

    /** A local site: /feed-N.xml lists one page, /page-N.html; {@code gate} holds every response until released. */
    private static HttpServer site(String pageHtml, CountDownLatch gate, AtomicInteger inFlight, AtomicInteger maxInFlight)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String path = ex.getRequestURI().getPath();
            String body;
            if (path.startsWith("/feed-")) {
                String n = path.substring("/feed-".length(), path.length() - ".xml".length());
                body = "<rss version=\"2.0\"><channel><title>Site</title><item><title>Item " + n + "</title><link>"
                        + base + "/page-" + n + ".html</link></item></channel></rss>";
            } else if (path.startsWith("/page-")) {
                body = pageHtml.replace("{{n}}", path);
            } else {
                body = null;
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            // counted out before answering: once the answer is sent the client may rightly ask again
            inFlight.decrementAndGet();
            ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aStalledHostBlocksNeitherOtherHostsNorGetsMoreThanOneRequestAtATime(KafkaCluster kafka) throws Exception {
        CountDownLatch stalled = new CountDownLatch(1);
        AtomicInteger slowInFlight = new AtomicInteger();
        AtomicInteger slowMax = new AtomicInteger();
        HttpServer slow = site("<html><body><article><p>Yavaş sayt {{n}}</p></article></body></html>", stalled,
                slowInFlight, slowMax);
        HttpServer fast = site("<html><body><article><p>Sürətli sayt {{n}}</p></article></body></html>",
                new CountDownLatch(0), new AtomicInteger(), new AtomicInteger());
        IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
        Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "ingest.concurrency", "2",
                "ingest.host.min.delay", "0ms", "ingest.request.timeout", "90s"), IngestServiceDemoTest.keys());
        List<URI> feeds = List.of(URI.create(base(slow) + "/feed-1.xml"), URI.create(base(slow) + "/feed-2.xml"),
                URI.create(base(slow) + "/feed-3.xml"), URI.create(base(fast) + "/feed-9.xml"));
        try (IngestService ingest = new IngestService(config, feeds, new SimpleMeterRegistry(), null, topics)) {
            ingest.start();
            // While every request to the slow host hangs, the fast host's article still arrives.
            List<RawArticle> first = KafkaRecords.values(
                    KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 1, Duration.ofSeconds(60)), topics.raw());
            assertEquals(1, first.size());
            assertEquals("Sürətli sayt /page-9.html", first.get(0).text());
            assertEquals(1, slowMax.get(), "one request at a time to the slow host");
            stalled.countDown();
            IngestServiceDemoTest.awaitPolls(ingest, 4);
            assertEquals(4, KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 4, Duration.ofSeconds(30)).size());
            assertEquals(1, slowMax.get(), "one request at a time to the slow host");
        } finally {
            stalled.countDown();
            slow.stop(0);
            fast.stop(0);
        }
    }

    @Test
    void recognisesASyndicatedCopyThatArrivesAfterARestart(KafkaCluster kafka) throws Exception {
        IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
        Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "ingest.host.min.delay", "0ms"),
                IngestServiceDemoTest.keys());
        try (DemoWeb web = DemoWeb.start()) {
            try (IngestService ingest = new IngestService(config, List.of(URI.create(web.base() + "/feeds/newsaz.xml")),
                    new SimpleMeterRegistry(), null, topics)) {
                ingest.start();
                IngestServiceDemoTest.awaitPolls(ingest, 1);
            }
            try (IngestService ingest = new IngestService(config, List.of(URI.create(web.base() + "/feeds/analysis.xml")),
                    new SimpleMeterRegistry(), null, topics)) {
                ingest.start();
                IngestServiceDemoTest.awaitPolls(ingest, 1);
            }
            Map<String, RawArticle> byPage = new java.util.HashMap<>();
            KafkaRecords.values(KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 3, Duration.ofSeconds(30)),
                    topics.raw()).forEach(a -> byPage.put(a.url().substring(a.url().lastIndexOf('/') + 1), a));
            RawArticle n1 = byPage.get("newsaz-to-lam-ends-baku-visit.html");
            RawArticle s1 = byPage.get("analysis-news-azerbaijan-vietnam-sign-joint-statement.html");
            RawArticle s2 = byPage.get("analysis-azerbaijan-vietnam-old-friendship-must-deliver.html");
            assertNull(n1.duplicateOf());
            assertEquals(n1.id(), s1.duplicateOf());
            assertNull(s2.duplicateOf());
        }
    }

    @Test
    void dropsOffTopicArticlesWhenAWatchIsConfigured(KafkaCluster kafka) throws Exception {
        IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
        String watch = Files.readString(java.nio.file.Path.of("src/test/resources/watch-az-vn.txt")).strip();
        Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "ingest.host.min.delay", "0ms",
                "ingest.watch.terms", watch), IngestServiceDemoTest.keys());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (DemoWeb web = DemoWeb.start();
             IngestService ingest = new IngestService(config, web.feeds(), registry, null, topics)) {
            ingest.start();
            IngestServiceDemoTest.awaitPolls(ingest, 6);
            List<String> pages = KafkaRecords.values(
                            KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 7, Duration.ofSeconds(30)), topics.raw())
                    .stream().map(a -> a.url().substring(a.url().lastIndexOf('/') + 1)).sorted().toList();
            // A1 (Azerbaijan–Kazakhstan) and V1 (Vietnam–Kazakhstan) name only one of the two countries
            assertEquals(7, pages.size(), pages.toString());
            assertTrue(!pages.contains("azertac-azerbaijan-kazakhstan-middle-corridor.html"));
            assertTrue(!pages.contains("vna-tong-bi-thu-to-lam-tham-kazakhstan.html"));
            assertEquals(2, registry.counter("newsmon.ingest.items", "outcome", "off_topic").count());
        }
    }
}
