package org.newsmon.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt for article pages, fetched once per host and day through the same politeness gate as everything else.
 * A missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, time-out) disallows the host until
 * the next try, as RFC 9309 asks. Thread-safe.
 */
public final class RobotsPolicy {
    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(30);
    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    public enum Verdict { ALLOWED, DISALLOWED, UNREACHABLE }

    private static final BaseRobotRules ALLOW_ALL = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    private static final BaseRobotRules DISALLOW_ALL = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);

    private record Entry(BaseRobotRules rules, boolean reachable, long expiresNanos) {}

    private final HttpFetcher fetcher;
    private final HostGate gate;
    private final String token;
    private final boolean enabled;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public RobotsPolicy(HttpFetcher fetcher, HostGate gate, String userAgent, boolean enabled) {
        this.fetcher = fetcher;
        this.gate = gate;
        // the product token is the User-Agent up to the first '/' or space: "newsmon/0.1 (...)" → "newsmon"
        this.token = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        this.enabled = enabled;
    }

    /** Whether {@code url} may be fetched; fetches the host's robots.txt when not cached. */
    public Verdict check(URI url) {
        if (!enabled) {
            return Verdict.ALLOWED;
        }
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        Entry entry = cache.get(origin);
        if (entry == null || System.nanoTime() - entry.expiresNanos() > 0) {
            entry = load(URI.create(origin + "/robots.txt"));
            cache.put(origin, entry);
        }
        if (!entry.reachable()) {
            return Verdict.UNREACHABLE;
        }
        return entry.rules().isAllowed(url.toString()) ? Verdict.ALLOWED : Verdict.DISALLOWED;
    }

    private Entry load(URI robots) {
        try {
            HttpFetcher.Response r = gate.call(robots, () -> fetcher.get(robots, Map.of(), u -> sameOrigin(u, robots)));
            byte[] body = Arrays.copyOf(r.body(), Math.min(r.body().length, MAX_ROBOTS_BYTES));
            return new Entry(parse(robots, body, r.contentType(), token), true, System.nanoTime() + TTL.toNanos());
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.HTTP_STATUS && e.status() >= 400 && e.status() < 500) {
                return new Entry(ALLOW_ALL, true, System.nanoTime() + TTL.toNanos());
            }
            if (e.reason() == FetchException.Reason.TOO_MANY_REDIRECTS || e.reason() == FetchException.Reason.NOT_ALLOWED
                    || e.reason() == FetchException.Reason.REDIRECT_LOOP || e.reason() == FetchException.Reason.TOO_LARGE) {
                return new Entry(ALLOW_ALL, true, System.nanoTime() + TTL.toNanos());
            }
            return new Entry(DISALLOW_ALL, false, System.nanoTime() + RETRY_UNREACHABLE.toNanos());
        }
    }

    /**
     * The rules of one robots.txt (RFC 9309) for our product token: crawler-commons' parser, as StormCrawler and Nutch
     * use it (the group naming the token, else {@code *}; the longest match wins, Allow on a tie; {@code *} and
     * {@code $}).
     *
     * @param token our product token, lower case ("newsmon")
     */
    static BaseRobotRules parse(URI robotsUrl, byte[] body, String contentType, String token) {
        return new SimpleRobotRulesParser().parseContent(robotsUrl.toString(), body,
                contentType == null ? "text/plain" : contentType, List.of(token));
    }

    private static boolean sameOrigin(URI u, URI robots) {
        return u.getHost() != null && u.getHost().equalsIgnoreCase(robots.getHost());
    }
}
