package org.newsmon.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.ingest.IngestService;
import org.newsmon.ingest.IngestSettings;

/**
 * Feed polling at scale: the real {@link IngestService} against a local server holding many small feeds, spread
 * over {@link #SITES} ports (sites). After the
 * first round every feed answers its conditional GET with 304, except every hundredth, which changes its ETag each
 * time (an empty channel), so the parse path is taken too. Feeds are polled as often as ingest allows
 * (every second) with no per-host delay, so the figure is ingest's own ceiling.
 */
final class PollingBench {
    /** Feeds polled per minute, and heap in use after a full GC with every feed's state held. */
    record Result(int feeds, double feedsPerMinute, double heapUsedMb, double notModifiedShare) {}

    /** Sites the feeds are spread over. */
    static final int SITES = 16;

    private PollingBench() {}

    static Result run(String bootstrapServers, int feeds, Duration measure) throws InterruptedException, IOException {
        AtomicLong notModified = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        // One server, several ports: ingest is polite per host and port, and real feeds come from many hosts.
        List<HttpServer> ports = new ArrayList<>();
        try {
            for (int i = 0; i < SITES; i++) {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
                server.createContext("/", exchange -> serve(exchange, notModified, answered));
                server.setExecutor(pool);
                server.start();
                ports.add(server);
            }
            List<URI> uris = new ArrayList<>(feeds);
            for (int i = 0; i < feeds; i++) {
                int port = ports.get(i % SITES).getAddress().getPort();
                uris.add(URI.create("http://127.0.0.1:" + port + "/feed/" + i + ".xml"));
            }
            List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
            keys.addAll(IngestSettings.KEYS);
            Config config = Config.of(Map.of(CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrapServers,
                    IngestSettings.POLL_INTERVAL.name(), "1s",
                    IngestSettings.HOST_MIN_DELAY.name(), "0s"), keys);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (IngestService ingest = new IngestService(config, uris, registry, null)) {
                ingest.start();
                // The first round fetches every feed in full; measure the steady state after it.
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (polls(registry) < feeds) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("polling bench: the first round of " + feeds
                                + " feeds did not finish in 5 min (" + (long) polls(registry) + " done)");
                    }
                    Thread.sleep(50);
                }
                double before = polls(registry);
                long nm0 = notModified.get();
                long all0 = answered.get();
                long t0 = System.nanoTime();
                Thread.sleep(measure.toMillis());
                double perMinute = (polls(registry) - before) / ((System.nanoTime() - t0) / 60e9);
                double share = (double) (notModified.get() - nm0) / Math.max(1, answered.get() - all0);
                System.gc();
                double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
                return new Result(feeds, perMinute, heap, share);
            }
        } finally {
            ports.forEach(server -> server.stop(0));
            pool.shutdownNow();
        }
    }

    private static double polls(SimpleMeterRegistry registry) {
        return registry.find("newsmon.ingest.feed.polls").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static void serve(HttpExchange exchange, AtomicLong notModified, AtomicLong answered) throws IOException {
        try (exchange) {
            answered.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith("/feed/")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int n = Integer.parseInt(path.substring("/feed/".length(), path.length() - ".xml".length()));
            boolean changing = n % 100 == 0;
            String etag = changing ? "\"v" + System.nanoTime() + "\"" : "\"v1\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = feed(n).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String feed(int n) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench feed " + n
                + "</title><link>https://bench.newsmon.invalid/</link><description>polling bench</description>"
                + "</channel></rss>";
    }
}
