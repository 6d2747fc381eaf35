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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmon.core.FeedState;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.ingest.article.ArticleAdmission;
import org.newsmon.ingest.article.DedupeIndex;
import org.newsmon.ingest.article.Fingerprint;
import org.newsmon.ingest.article.TextFingerprint;
import org.newsmon.ingest.article.WatchFilter;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.http.HostGate;
import org.newsmon.ingest.http.HttpFetcher;
import org.newsmon.ingest.http.RobotsPolicy;

/** One feed's polls against a local server, with the Kafka side replaced by lists. */
class FeedPollerTest {
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private HttpServer server;
    private String base;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ListSink sink = new ListSink();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private HttpFetcher fetcher;

    static final class ListSink implements FeedPoller.Sink {
        final List<RawArticle> articles = new CopyOnWriteArrayList<>();
        final List<FetchedDocument> archived = new CopyOnWriteArrayList<>();
        final List<String> deadLetters = new CopyOnWriteArrayList<>();

        @Override
        public void archive(FetchedDocument document) {
            archived.add(document);
        }

        @Override
        public boolean article(RawArticle article, Fingerprint fingerprint) {
            articles.add(article);
            return true;
        }

        @Override
        public void deadLetter(String url, byte[] body, String stage, String reason, Throwable error) {
            deadLetters.add(stage + " " + url + " " + reason);
        }

        @Override
        public boolean flush() {
            return true;
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            requests.add(path);
            String etag = "\"" + Integer.toHexString(String.valueOf(bodies.get(path)).hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            String body = bodies.get(path);
            int status = statuses.getOrDefault(path, body == null ? 404 : 200);
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("ETag", etag);
            if (status == 429) {
                ex.getResponseHeaders().set("Retry-After", "3600");
            }
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        fetcher = new HttpFetcher(FeedInspector.defaultLimits());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        fetcher.close();
    }

    private FeedPoller poller(DedupeIndex dedupe) {
        HostGate gate = new HostGate(Duration.ZERO);
        return new FeedPoller(fetcher, gate, new RobotsPolicy(fetcher, gate, "newsmon/test", true), new FeedParser(100),
                new ArticleAdmission(new WatchFilter(List.of()), dedupe), new IngestMetrics(registry), sink, INTERVAL, 100, Clock.systemUTC());
    }

    private String feed(String... pages) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Xəbər</title>");
        for (String page : pages) {
            xml.append("<item><title>").append(page).append("</title><link>").append(base).append("/pages/")
                    .append(page).append("</link><description>Xülasə ").append(page).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String page(String text) {
        return "<html lang=\"az\"><body><article><p>" + text + "</p></article></body></html>";
    }

    @Test
    void aSecondPollIsConditionalAndFetchesNoPageAgain() {
        bodies.put("/feed.xml", feed("a.html"));
        bodies.put("/pages/a.html", page("Bakıda danışıqlar aparılıb."));
        FeedPoller poller = poller(new DedupeIndex(8));
        URI feed = URI.create(base + "/feed.xml");
        FeedPoller.Outcome first = poller.poll(feed, FeedState.empty(feed.toString()));
        assertEquals(1, sink.articles.size());
        assertEquals("Bakıda danışıqlar aparılıb.", sink.articles.get(0).text());
        requests.clear();
        FeedPoller.Outcome second = poller.poll(feed, first.state());
        assertEquals(List.of("/feed.xml"), requests);
        assertEquals(1, registry.counter("newsmon.ingest.feed.polls", "result", "not_modified").count());
        assertEquals(first.state().seenIds(), second.state().seenIds());
    }

    @Test
    void pollsAQuietFeedLessOftenAndHonoursItsTtl() {
        bodies.put("/feed.xml", feed("a.html"));
        bodies.put("/pages/a.html", page("Köhnə xəbər."));
        FeedPoller poller = poller(new DedupeIndex(8));
        URI feed = URI.create(base + "/feed.xml");
        FeedState fresh = poller.poll(feed, FeedState.empty(feed.toString())).state();
        FeedState quietForTenDays = new FeedState(fresh.feedUrl(), null, null, fresh.seenIds(), 0, null,
                java.time.Instant.now().minus(Duration.ofDays(10)), null);
        assertEquals(INTERVAL.multipliedBy(4), poller.poll(feed, quietForTenDays).nextPollIn());
        bodies.put("/feed.xml", feed("a.html").replace("<title>Xəbər</title>", "<title>Xəbər</title><ttl>180</ttl>"));
        assertEquals(Duration.ofMinutes(180), poller.poll(feed, fresh).nextPollIn());
    }

    @Test
    void honoursRetryAfterWithoutAskingTheHostAgainMeanwhile() {
        statuses.put("/feed.xml", 429);
        FeedPoller poller = poller(new DedupeIndex(8));
        URI feed = URI.create(base + "/feed.xml");
        FeedPoller.Outcome first = poller.poll(feed, FeedState.empty(feed.toString()));
        assertEquals(Duration.ofHours(1), first.nextPollIn());
        assertEquals(1, first.state().failures());
        FeedPoller.Outcome early = poller.poll(feed, first.state());
        assertEquals(first.state(), early.state());
        assertTrue(early.nextPollIn().compareTo(Duration.ofMinutes(59)) > 0, early.nextPollIn().toString());
        assertEquals(List.of("/feed.xml"), requests);
        assertEquals(1, registry.counter("newsmon.ingest.feed.polls", "result", "deferred").count());
    }

    @Test
    void backsOffExponentiallyFromAFailingFeed() {
        statuses.put("/feed.xml", 503);
        FeedPoller poller = poller(new DedupeIndex(8));
        URI feed = URI.create(base + "/feed.xml");
        FeedPoller.Outcome first = poller.poll(feed, FeedState.empty(feed.toString()));
        assertEquals(INTERVAL, first.nextPollIn());
        FeedPoller.Outcome second = poller.poll(feed, first.state());
        assertEquals(INTERVAL.multipliedBy(2), second.nextPollIn());
        FeedPoller.Outcome third = poller.poll(feed, second.state());
        assertEquals(INTERVAL.multipliedBy(4), third.nextPollIn());
        assertEquals(3, third.state().failures());
        assertTrue(third.state().lastError().contains("HTTP 503"));
        assertEquals(3, sink.deadLetters.size());
    }

    @Test
    void respectsRobotsTxtAndFallsBackToTheFeedsText() {
        bodies.put("/robots.txt", "User-agent: *\nDisallow: /pages/\n");
        bodies.put("/feed.xml", feed("a.html"));
        bodies.put("/pages/a.html", page("never fetched"));
        URI feed = URI.create(base + "/feed.xml");
        poller(new DedupeIndex(8)).poll(feed, FeedState.empty(feed.toString()));
        assertEquals("Xülasə a.html", sink.articles.get(0).text());
        assertTrue(!requests.contains("/pages/a.html"), requests.toString());
    }

    @Test
    void retriesAPageThatFailedForAPassingReason() {
        bodies.put("/feed.xml", feed("a.html"));
        statuses.put("/pages/a.html", 503);
        FeedPoller poller = poller(new DedupeIndex(8));
        URI feed = URI.create(base + "/feed.xml");
        FeedPoller.Outcome first = poller.poll(feed, FeedState.empty(feed.toString()));
        assertEquals(0, sink.articles.size());
        assertEquals(List.of(), first.state().seenIds());
        assertNull(first.state().etag(), "no validators, or a 304 would hide the item");
        statuses.remove("/pages/a.html");
        bodies.put("/pages/a.html", page("İkinci cəhd."));
        poller.poll(feed, first.state());
        assertEquals("İkinci cəhd.", sink.articles.get(0).text());
    }

    @Test
    void givesUpOnAPageThatKeepsFailingAndUsesTheFeedsText() {
        bodies.put("/feed.xml", feed("a.html"));
        statuses.put("/pages/a.html", 502);
        FeedPoller poller = poller(new DedupeIndex(8));
        URI feed = URI.create(base + "/feed.xml");
        FeedState state = FeedState.empty(feed.toString());
        for (int i = 1; i < FeedPoller.MAX_PAGE_ATTEMPTS; i++) {
            state = poller.poll(feed, state).state();
            assertEquals(0, sink.articles.size(), "attempt " + i);
        }
        state = poller.poll(feed, state).state();
        assertEquals("Xülasə a.html", sink.articles.get(0).text());
        assertEquals(1, state.seenIds().size());
    }

    @Test
    void marksAnEditedCopyAsNearDuplicateOfTheFirst() throws IOException {
        String original = java.nio.file.Files.readString(
                DemoWeb.DIR.resolve("pages/newsaz-to-lam-ends-baku-visit.html"), StandardCharsets.UTF_8);
        // the copy credits its source and rewords one sentence, as syndicating outlets do
        String copy = original.replace("<p class=\"lead\">", "<p>Baku Morning reports:</p><p class=\"lead\">")
                .replace("Trade is rising from a modest base.", "Trade is growing, if from a low base.");
        bodies.put("/feed.xml", feed("a.html", "b.html"));
        bodies.put("/pages/a.html", original);
        bodies.put("/pages/b.html", copy);
        URI feed = URI.create(base + "/feed.xml");
        poller(new DedupeIndex(8)).poll(feed, FeedState.empty(feed.toString()));
        assertEquals(2, sink.articles.size());
        RawArticle a = sink.articles.get(0);
        RawArticle b = sink.articles.get(1);
        assertTrue(!a.contentHash().equals(b.contentHash()));
        assertNull(a.duplicateOf());
        assertEquals(a.id(), b.duplicateOf(), "SimHash distance "
                + TextFingerprint.distance(TextFingerprint.simHash(a.text()), TextFingerprint.simHash(b.text())));
        assertEquals(1, registry.counter("newsmon.ingest.items", "outcome", "near_duplicate").count());
    }

    @Test
    void doesNotMarkADifferentArticleOnTheSameEvent() throws IOException {
        bodies.put("/feed.xml", feed("a.html", "b.html"));
        bodies.put("/pages/a.html", java.nio.file.Files.readString(
                DemoWeb.DIR.resolve("pages/newsaz-to-lam-ends-baku-visit.html"), StandardCharsets.UTF_8));
        bodies.put("/pages/b.html", java.nio.file.Files.readString(
                DemoWeb.DIR.resolve("pages/azertac-aliyev-interview-vna-to-lam-visit.html"), StandardCharsets.UTF_8));
        URI feed = URI.create(base + "/feed.xml");
        poller(new DedupeIndex(8)).poll(feed, FeedState.empty(feed.toString()));
        assertNull(sink.articles.get(1).duplicateOf());
    }
}
