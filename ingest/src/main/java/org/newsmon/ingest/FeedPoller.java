package org.newsmon.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsmon.core.FeedState;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.ingest.article.ArticleAdmission;
import org.newsmon.ingest.article.ArticleAssembler;
import org.newsmon.ingest.article.Fingerprint;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.http.FetchException;
import org.newsmon.ingest.http.HostGate;
import org.newsmon.ingest.http.HttpFetcher;
import org.newsmon.ingest.http.LinkPolicy;
import org.newsmon.ingest.http.RobotsPolicy;
import org.newsmon.ingest.page.ExtractedPage;
import org.newsmon.ingest.page.HtmlDecoder;
import org.newsmon.ingest.page.PageExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: conditional GET, parse, and for every item not seen before fetch the page, extract, dedupe
 * and hand the article to the {@link Sink}. Returns the feed's new state. Thread-safe: polls of different feeds run
 * at the same time; one feed is never polled twice at once (the scheduler sees to that).
 */
public final class FeedPoller {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /** Where the poller's output goes (Kafka in the service, lists in tests). */
    interface Sink {
        void archive(FetchedDocument document);

        /** Sends the article and its fingerprint; false when the broker did not take it. */
        boolean article(RawArticle article, Fingerprint fingerprint);

        void deadLetter(String url, byte[] body, String stage, String reason, Throwable error);

        /** Blocks until everything sent so far is acknowledged; false when something failed. */
        boolean flush();
    }

    /** The poll's result: the state to store, when to poll again, and the feed document read (or null). */
    record Outcome(FeedState state, Duration nextPollIn, String document) {
        Outcome(FeedState state, Duration nextPollIn) {
            this(state, nextPollIn, null);
        }
    }

    private final HttpFetcher fetcher;
    private final HostGate gate;
    private final RobotsPolicy robots;
    private final FeedParser parser;
    private final ArticleAdmission admission;
    private final IngestMetrics metrics;
    private final Sink sink;
    private final Duration interval;
    private final int seenIdsPerFeed;
    private final Clock clock;
    /** Failed page attempts per feed and item; in memory only, so a restart grants a fresh set of attempts. */
    private final Map<String, Integer> pageAttempts = new ConcurrentHashMap<>();
    static final int MAX_PAGE_ATTEMPTS = 4;

    FeedPoller(HttpFetcher fetcher, HostGate gate, RobotsPolicy robots, FeedParser parser, ArticleAdmission admission,
               IngestMetrics metrics, Sink sink, Duration interval, int seenIdsPerFeed, Clock clock) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots;
        this.parser = parser;
        this.admission = admission;
        this.metrics = metrics;
        this.sink = sink;
        this.interval = interval;
        this.seenIdsPerFeed = seenIdsPerFeed;
        this.clock = clock;
    }

    Outcome poll(URI feed, FeedState previous) {
        Instant now = clock.instant();
        Map<String, String> conditional = new LinkedHashMap<>();
        if (previous.etag() != null) {
            conditional.put("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            conditional.put("If-Modified-Since", previous.lastModified());
        }
        HttpFetcher.Response response;
        try {
            // The feed URL is the operator's: trusted wherever it points, redirects included.
            response = gate.call(feed, () -> fetcher.get(feed, conditional, u -> true));
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.DEFERRED) {
                metrics.feedPolled("deferred");
                return new Outcome(previous, e.retryAfter());
            }
            if (e.reason() == FetchException.Reason.INTERRUPTED) {
                // The service is stopping: not the feed's failure, so no back-off, warning or dead letter.
                Thread.currentThread().interrupt();
                return new Outcome(previous, interval);
            }
            metrics.feedPolled("fetch_error");
            log.warn("feed {} not fetched ({}), will retry with back-off: {}", feed, e.reason(), e.getMessage());
            sink.deadLetter(feed.toString(), new byte[0], "ingest.feed.fetch", e.reason() + ": " + e.getMessage(), e);
            return failed(previous, now, e.getMessage(), e.retryAfter());
        }
        metrics.fetched("feed", response.elapsed());
        if (response.status() == 304) {
            metrics.feedPolled("not_modified");
            return new Outcome(previous.polled(now, 0, null), interval);
        }
        FeedParser.Decoded decoded = FeedParser.decode(response.body(), response.contentType());
        if (decoded.malformed()) {
            metrics.feedProblem("bad_encoding");
            log.info("feed {} is not valid in its declared encoding; read as {}", feed, decoded.encoding());
        }
        String xml = decoded.text();
        sink.archive(new FetchedDocument(FetchedDocument.Kind.FEED, feed.toString(), response.finalUrl().toString(),
                feed.toString(), response.status(), response.contentType(), archivedHeaders(response), now, xml));
        ParsedFeed parsed;
        try {
            parsed = parser.parse(xml, FeedParser.baseUri(response.finalUrl(), response.header("content-location")),
                    response.header("content-language"));
        } catch (FeedParser.FeedParseException e) {
            return parseFailed(feed, response, previous, now, e.getMessage(), e);
        }
        metrics.feedPolled(parsed.recovered() ? "recovered" : "ok");
        Outcome outcome = ingest(feed, previous, parsed, response.header("etag"), response.header("last-modified"), now);
        return new Outcome(outcome.state(), outcome.nextPollIn(), xml);
    }

    /**
     * A feed document a WebSub hub pushed: handled like a polled one, except that the validators of the last poll
     * stay as they were.
     */
    Outcome pushed(URI feed, FeedState previous, byte[] body, String contentType) {
        Instant now = clock.instant();
        String xml = FeedParser.decode(body, contentType).text();
        sink.archive(new FetchedDocument(FetchedDocument.Kind.FEED, feed.toString(), feed.toString(), feed.toString(),
                200, contentType, Map.of("x-newsmon-via", "websub"), now, xml));
        ParsedFeed parsed;
        try {
            parsed = parser.parse(xml, feed, null);
        } catch (FeedParser.FeedParseException e) {
            metrics.feedPolled("parse_error");
            sink.deadLetter(feed.toString(), body, "ingest.websub.parse", e.getMessage(), e);
            return new Outcome(previous, interval);
        }
        metrics.feedPolled("pushed");
        return ingest(feed, previous, parsed, previous.etag(), previous.lastModified(), now);
    }

    private Outcome ingest(URI feed, FeedState previous, ParsedFeed parsed, String etag, String lastModified,
                           Instant now) {
        metrics.items("dropped_over_limit", parsed.itemsDropped());
        Set<String> seen = new LinkedHashSet<>(previous.seenIds());
        List<String> newlySeen = new ArrayList<>();
        boolean allDone = true;
        for (ParsedFeed.Item item : parsed.items()) {
            metrics.items("seen", 1);
            if (seen.contains(item.id())) {
                continue;
            }
            boolean done = handleItem(feed, parsed, item, now);
            if (done) {
                newlySeen.add(item.id());
            } else {
                allDone = false;
            }
        }
        if (!sink.flush()) {
            // nothing of this poll is known to be stored: keep the old state, so the next poll tries again
            return new Outcome(previous, interval);
        }
        List<String> ids = new ArrayList<>(newlySeen);
        for (String id : seen) {
            if (ids.size() >= seenIdsPerFeed) {
                break;
            }
            if (!newlySeen.contains(id)) {
                ids.add(id);
            }
        }
        FeedState state = previous.withValidators(etag, lastModified)
                .withSeenIds(ids, newlySeen.isEmpty() ? previous.lastNewItemAt() : now)
                .polled(now, 0, null);
        if (!allDone) {
            // some pages failed for a passing reason: ask again without validators, or a 304 would hide them
            state = state.withValidators(null, null);
        }
        return new Outcome(state, nextPoll(parsed, state, now));
    }

    /**
     * The feed's own pace: the poll interval, stretched for quiet feeds (twice after a day without a new item, four
     * times after a week) and to the feed's {@code <ttl>} when that is longer (at most a day).
     */
    private Duration nextPoll(ParsedFeed parsed, FeedState state, Instant now) {
        Duration next = interval;
        if (state.lastNewItemAt() != null) {
            Duration quiet = Duration.between(state.lastNewItemAt(), now);
            if (quiet.compareTo(Duration.ofDays(7)) > 0) {
                next = interval.multipliedBy(4);
            } else if (quiet.compareTo(Duration.ofDays(1)) > 0) {
                next = interval.multipliedBy(2);
            }
        }
        if (parsed.ttlMinutes() != null && Duration.ofMinutes(parsed.ttlMinutes()).compareTo(next) > 0) {
            next = Duration.ofMinutes(parsed.ttlMinutes());
        }
        return next.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : next;
    }

    /** Returns true when the item is finished with (produced, or skipped for good); false to retry next poll. */
    private boolean handleItem(URI feed, ParsedFeed parsed, ParsedFeed.Item item, Instant now) {
        URI link = ArticleAssembler.resolveLink(feed, item.link());
        ExtractedPage page = null;
        String finalUrl = link == null ? null : link.toString();
        if (link != null) {
            RobotsPolicy.Verdict robotsVerdict = RobotsPolicy.Verdict.ALLOWED;
            boolean allowed = LinkPolicy.allowed(link, feed);
            if (allowed) {
                robotsVerdict = robots.check(link);
            }
            if (!allowed) {
                metrics.pageProblem("not_allowed");
                log.info("not fetching {} from {}: not a public address and not the feed's host", link, feed);
            } else if (robotsVerdict == RobotsPolicy.Verdict.UNREACHABLE) {
                metrics.pageProblem("robots_unreachable");
                if (retryLater(feed, item)) {
                    return false;
                }
            } else if (robotsVerdict == RobotsPolicy.Verdict.DISALLOWED) {
                metrics.pageProblem("robots");
                log.info("not fetching {}: robots.txt disallows it; using the feed's text", link);
            } else {
                try {
                    HttpFetcher.Response response = gate.call(link,
                            () -> fetcher.get(link, Map.of(), u -> LinkPolicy.allowed(u, feed)));
                    metrics.fetched("page", response.elapsed());
                    HtmlDecoder.Decoded html = HtmlDecoder.decode(response.body(), response.contentType());
                    if (html.malformed()) {
                        metrics.pageProblem("bad_encoding");
                    }
                    finalUrl = response.finalUrl().toString();
                    sink.archive(new FetchedDocument(FetchedDocument.Kind.PAGE, link.toString(), finalUrl,
                            feed.toString(), response.status(), response.contentType(), archivedHeaders(response), now,
                            html.text()));
                    page = PageExtractor.extract(html.text(), response.finalUrl());
                    if (page.text().isBlank()) {
                        metrics.extractionFailed();
                    }
                } catch (FetchException e) {
                    metrics.pageProblem(e.reason().name().toLowerCase());
                    if (e.retriable() && retryLater(feed, item)) {
                        log.info("page {} of feed {} not fetched ({}); will try again next poll", link, feed,
                                e.getMessage());
                        return false;
                    }
                    log.warn("page {} of feed {} refused ({}); using the feed's text", link, feed, e.getMessage());
                    sink.deadLetter(link.toString(), new byte[0], "ingest.page.fetch", e.reason() + ": " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    // jsoup copes with any HTML; this is a bug of ours, not a reason to stop the feed
                    metrics.extractionFailed();
                    log.error("extraction failed for {}", link, e);
                    sink.deadLetter(link.toString(), new byte[0], "ingest.page.extract", String.valueOf(e), e);
                }
            }
        }
        pageAttempts.remove(feed + "\n" + item.id());
        ArticleAdmission.Decision decision = admission.admit(
                ArticleAssembler.assemble(feed, parsed, item, page, finalUrl, now));
        metrics.items(decision.outcome().metricName(), 1);
        if (decision.outcome() == ArticleAdmission.Outcome.EMPTY) {
            sink.deadLetter(feed + "#" + item.id(), item.id().getBytes(StandardCharsets.UTF_8), "ingest.item",
                    "item without title, text or fetchable link", null);
        }
        if (!decision.admitted()) {
            return true;
        }
        if (!sink.article(decision.article(), decision.fingerprint())) {
            admission.release(decision);
            return false;
        }
        metrics.produced();
        return true;
    }

    /**
     * True while a page that failed for a passing reason may be tried again at the next poll; after
     * {@link #MAX_PAGE_ATTEMPTS} polls the item is produced with the feed's own text instead.
     */
    private boolean retryLater(URI feed, ParsedFeed.Item item) {
        String key = feed + "\n" + item.id();
        int attempts = pageAttempts.merge(key, 1, Integer::sum);
        if (attempts < MAX_PAGE_ATTEMPTS) {
            metrics.items("retry_later", 1);
            return true;
        }
        pageAttempts.remove(key);
        metrics.items("page_given_up", 1);
        return false;
    }

    private Outcome failed(FeedState previous, Instant now, String error, Duration retryAfter) {
        int failures = previous.failures() + 1;
        // Exponential back-off: interval, 2x, 4x ... capped at a day; a Retry-After wins when longer.
        long factor = 1L << Math.min(failures - 1, 10);
        Duration next = interval.multipliedBy(factor);
        if (next.compareTo(Duration.ofDays(1)) > 0) {
            next = Duration.ofDays(1);
        }
        if (retryAfter != null && retryAfter.compareTo(next) > 0) {
            next = retryAfter.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : retryAfter;
        }
        return new Outcome(previous.polled(now, failures, error), next);
    }

    private Outcome parseFailed(URI feed, HttpFetcher.Response response, FeedState previous, Instant now,
                                String reason, Exception e) {
        metrics.feedPolled("parse_error");
        log.warn("feed {} is not readable, will retry with back-off: {}", feed, reason);
        sink.deadLetter(feed.toString(), response.body(), "ingest.feed.parse", reason, e);
        // forget the validators: the same bad document must not hide behind a 304 once it is fixed
        return failed(previous.withValidators(null, null), now, reason, null);
    }

    private static Map<String, String> archivedHeaders(HttpFetcher.Response response) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : List.of("content-type", "etag", "last-modified", "date", "content-language", "location")) {
            String v = response.header(name);
            if (v != null) {
                kept.put(name, v);
            }
        }
        return kept;
    }
}
