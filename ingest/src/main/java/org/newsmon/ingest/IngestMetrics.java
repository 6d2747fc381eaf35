package org.newsmon.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.newsmon.core.FeedState;

/** Ingest's meters, all named {@code newsmon.ingest.*}. Thread-safe. */
final class IngestMetrics {
    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered at zero so dashboards and rate() see them before the first failure.
        for (String stage : List.of("ingest.feed.fetch", "ingest.feed.parse", "ingest.page.fetch", "ingest.page.extract",
                "ingest.item")) {
            deadLetterCounter(stage);
        }
    }

    /**
     * Per-feed freshness (seconds since the feed last had a new item; NaN before its first) and failure streak. The
     * feed tag is bounded: only the operator's configured feeds get one.
     */
    void watchFeed(String feedUrl, Map<String, FeedState> states) {
        Gauge.builder("newsmon.ingest.feed.freshness", states, s -> {
                    FeedState state = s.get(feedUrl);
                    return state == null || state.lastNewItemAt() == null ? Double.NaN
                            : Duration.between(state.lastNewItemAt(), Instant.now()).toMillis() / 1000.0;
                }).description("seconds since the feed last had a new item").baseUnit("seconds").tag("feed", feedUrl)
                .register(registry);
        Gauge.builder("newsmon.ingest.feed.failure.streak", states, s -> {
                    FeedState state = s.get(feedUrl);
                    return state == null ? 0 : state.failures();
                }).description("failed polls in a row").tag("feed", feedUrl).register(registry);
    }

    /** Kafka's own producer metrics (batching, throughput, errors), through Micrometer. */
    void bindProducer(Producer<?, ?> producer) {
        new KafkaClientMetrics(producer).bindTo(registry);
    }

    /** result: ok, recovered, not_modified, fetch_error, parse_error. */
    void feedPolled(String result) {
        Counter.builder("newsmon.ingest.feed.polls").description("feed polls by result").tag("result", result)
                .register(registry).increment();
    }

    /** kind: feed or page. */
    void fetched(String kind, Duration elapsed) {
        Timer.builder("newsmon.ingest.fetch.latency").description("time to fetch a feed or page, body included")
                .tag("kind", kind).register(registry).record(elapsed);
    }

    /**
     * outcome: seen, new, duplicate, near_duplicate, same_id, off_topic, dropped_over_limit, retry_later,
     * page_given_up, empty.
     */
    void items(String outcome, int n) {
        if (n > 0) {
            Counter.builder("newsmon.ingest.items").description("feed items by outcome").tag("outcome", outcome)
                    .register(registry).increment(n);
        }
    }

    /** reason: a FetchException reason, empty_text, bad_encoding. */
    void pageProblem(String reason) {
        Counter.builder("newsmon.ingest.page.problems")
                .description("article pages not fetched or not extracted (the feed's text is used instead)")
                .tag("reason", reason).register(registry).increment();
    }

    /** reason: bad_encoding. The feed was still read. */
    void feedProblem(String reason) {
        Counter.builder("newsmon.ingest.feed.problems").description("feeds read despite a defect")
                .tag("reason", reason).register(registry).increment();
    }

    /**
     * event: subscribe_requested, subscribe_refused, subscribe_failed, verified, verification_refused, denied,
     * pushed, rejected_signature, rejected_too_large.
     */
    void webSub(String event) {
        Counter.builder("newsmon.ingest.websub").description("WebSub subscriptions and pushes by event")
                .tag("event", event).register(registry).increment();
    }

    void extractionFailed() {
        Counter.builder("newsmon.ingest.extraction.failures").description("pages with no extractable main text")
                .register(registry).increment();
    }

    void produced() {
        Counter.builder("newsmon.ingest.articles.produced").description("RawArticles written to news.raw")
                .register(registry).increment();
    }

    void deadLetter(String reason) {
        deadLetterCounter(reason).increment();
    }

    void produceFailed(String topic) {
        Counter.builder("newsmon.ingest.produce.failures").description("records the broker did not accept")
                .tag("topic", topic).register(registry).increment();
    }

    private Counter deadLetterCounter(String reason) {
        return Counter.builder("newsmon.ingest.dead.letters").description("records written to news.dlq by ingest")
                .tag("reason", reason).register(registry);
    }
}
