package org.newsmon.ingest;

import java.time.Duration;
import java.util.List;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.ingest.article.ArticleAdmission;
import org.newsmon.ingest.http.HttpFetcher;

/**
 * The settings ingest reads, all under {@code ingest.}: each key declared once ({@link #KEYS} goes to
 * {@link Config#load}), and their values read once at start-up by {@link #from}, which the service passes around.
 */
public record IngestSettings(Duration pollInterval, String userAgent, int maxBodyBytes, int maxRedirects,
                             Duration connectTimeout, Duration requestTimeout, int maxItemsPerFeed, int concurrency,
                             Duration hostMinDelay, int seenIdsPerFeed, boolean robots, int nearDuplicateBits,
                             List<String> watchTerms, String webSubCallback, Duration webSubLease) {

    public static final ConfigKey<Duration> POLL_INTERVAL = ConfigKey.duration("ingest.poll.interval",
            Duration.ofMinutes(15), Duration.ofSeconds(1),
            "how often each feed is polled (a feed's own <ttl> or a server's Retry-After may stretch it)");
    public static final ConfigKey<String> USER_AGENT = ConfigKey.string("ingest.user.agent",
            "newsmon/0.1 (news monitoring; +https://github.com/newsmon/newsmon)",
            "User-Agent sent with every request; say who you are and how to reach you");
    public static final ConfigKey<Integer> MAX_BODY_BYTES = ConfigKey.integer("ingest.max.body.bytes",
            8 * 1024 * 1024, 1024, 15 * 1024 * 1024,
            "largest accepted body, counted after decompression (the archive topic takes at most 16 MiB)");
    public static final ConfigKey<Integer> MAX_REDIRECTS = ConfigKey.integer("ingest.max.redirects", 5, 0, 20,
            "redirects followed per request");
    public static final ConfigKey<Duration> CONNECT_TIMEOUT = ConfigKey.duration("ingest.connect.timeout",
            Duration.ofSeconds(10), Duration.ofMillis(100), "time allowed to open a connection");
    public static final ConfigKey<Duration> REQUEST_TIMEOUT = ConfigKey.duration("ingest.request.timeout",
            Duration.ofSeconds(30), Duration.ofMillis(100),
            "total time allowed for one request, headers and whole body (defeats slow drip-feeding servers)");
    public static final ConfigKey<Integer> MAX_ITEMS_PER_FEED = ConfigKey.integer("ingest.max.items.per.feed", 200, 1,
            10_000, "items read from one feed document; the rest are ignored and counted");
    public static final ConfigKey<Integer> CONCURRENCY = ConfigKey.integer("ingest.concurrency", 8, 1, 256,
            "feeds polled at the same time (requests to one host are still made one at a time)");
    public static final ConfigKey<Duration> HOST_MIN_DELAY = ConfigKey.duration("ingest.host.min.delay",
            Duration.ofMillis(250), Duration.ZERO, "least time between two requests to the same host");
    public static final ConfigKey<Integer> SEEN_IDS_PER_FEED = ConfigKey.integer("ingest.seen.ids.per.feed", 2000, 10,
            100_000, "item ids remembered per feed (must exceed the items a feed lists at once)");
    public static final ConfigKey<Boolean> ROBOTS = ConfigKey.bool("ingest.robots", true,
            "honour robots.txt for article pages (feeds are fetched anyway: they are published to be fetched)");
    public static final ConfigKey<Integer> NEAR_DUPLICATE_BITS = ConfigKey.integer("ingest.near.duplicate.bits", 8, 0,
            16, "SimHash bits two texts may differ in and still count as near-duplicates (0: exact only); unrelated "
                    + "texts differ in about 32 of 64 bits, so at 8 a false match is rarer than one in a billion pairs");
    public static final ConfigKey<List<String>> WATCH_TERMS = ConfigKey.list("ingest.watch.terms", List.of(),
            "relevance pre-filter: groups of alternative terms separated by '|', all groups must occur in an "
                    + "article (e.g. 'azerbaijan|азербайджан|azərbaycan,vietnam|вьетнам|việt nam'); empty keeps everything");

    public static final ConfigKey<String> WEBSUB_CALLBACK = ConfigKey.string("ingest.websub.callback.url", null,
            "WebSub: the URL at which hubs reach this process's HTTP endpoint (e.g. https://newsmon.example.org:8080); "
                    + "unset turns WebSub off and feeds are only polled");
    public static final ConfigKey<Duration> WEBSUB_LEASE = ConfigKey.duration("ingest.websub.lease", Duration.ofDays(7),
            Duration.ofMinutes(5), "WebSub: subscription lease asked of hubs (renewed a day before it ends)");

    public static final List<ConfigKey<?>> KEYS = List.of(POLL_INTERVAL, USER_AGENT, MAX_BODY_BYTES, MAX_REDIRECTS,
            CONNECT_TIMEOUT, REQUEST_TIMEOUT, MAX_ITEMS_PER_FEED, CONCURRENCY, HOST_MIN_DELAY, SEEN_IDS_PER_FEED, ROBOTS,
            NEAR_DUPLICATE_BITS, WATCH_TERMS, WEBSUB_CALLBACK, WEBSUB_LEASE);

    /** The values of {@link #KEYS} in {@code config} (their defaults where it was loaded without them). */
    public static IngestSettings from(Config config) {
        return new IngestSettings(config.get(POLL_INTERVAL), config.get(USER_AGENT), config.get(MAX_BODY_BYTES),
                config.get(MAX_REDIRECTS), config.get(CONNECT_TIMEOUT), config.get(REQUEST_TIMEOUT),
                config.get(MAX_ITEMS_PER_FEED), config.get(CONCURRENCY), config.get(HOST_MIN_DELAY),
                config.get(SEEN_IDS_PER_FEED), config.get(ROBOTS), config.get(NEAR_DUPLICATE_BITS),
                config.get(WATCH_TERMS), config.get(WEBSUB_CALLBACK), config.get(WEBSUB_LEASE));
    }

    /** Whether hubs can reach this process: WebSub is on only with a callback URL. */
    public boolean webSubEnabled() {
        return webSubCallback != null && !webSubCallback.isBlank();
    }

    HttpFetcher.Limits fetchLimits() {
        return new HttpFetcher.Limits(maxBodyBytes, maxRedirects, connectTimeout, requestTimeout, userAgent);
    }

    ArticleAdmission admission() {
        return new ArticleAdmission(watchTerms, nearDuplicateBits);
    }
}
