package org.newsmon.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.FeedState;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.ProducerSettings;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topic;
import org.newsmon.core.TopicAdmin;
import org.newsmon.ingest.article.ArticleAdmission;
import org.newsmon.ingest.article.Fingerprint;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.http.HostGate;
import org.newsmon.ingest.http.HttpFetcher;
import org.newsmon.ingest.http.RobotsPolicy;
import org.newsmon.ingest.websub.WebSubSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: polls every feed (all at once at start, then each on its own schedule), fetches and extracts
 * the new items' pages, and writes {@code news.raw}, {@code news.archive}, {@code news.feed-state} and, for what it
 * cannot use, {@code news.dlq}. Feed state and text fingerprints are read back from Kafka at start, so a restarted
 * service neither re-emits old items nor forgets which texts it has seen. Thread-safe; start once, close once.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final Config config;
    private final IngestSettings settings;
    private final List<URI> feeds;
    private final IngestMetrics metrics;
    private final IngestTopics topics;
    private final String bootstrapServers;
    private final ScheduledExecutorService scheduler;
    private final HttpFetcher fetcher;
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final ArticleAdmission admission;
    private final AtomicInteger pollsDone = new AtomicInteger();
    private final Set<String> busyHosts = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> feedLocks = new ConcurrentHashMap<>();
    private final HttpEndpoint http;
    private final WebSubSubscriber webSub;
    private volatile FeedPoller poller;
    private volatile KafkaSink sink;
    private volatile KafkaProducer<byte[], byte[]> producer;
    private volatile boolean closed;

    /**
     * @param config   {@link IngestSettings#KEYS} and {@link CommonSettings#BOOTSTRAP_SERVERS} (keys not loaded take
     *                 their defaults)
     * @param feeds    the operator's feed URLs (see {@link FeedList#parse})
     * @param registry where the {@code newsmon.ingest.*} meters go
     * @param http     the process's HTTP endpoint, or null; WebSub callbacks are served on it when
     *                 {@link IngestSettings#WEBSUB_CALLBACK} is set
     */
    public IngestService(Config config, List<URI> feeds, MeterRegistry registry, HttpEndpoint http) {
        this(config, feeds, registry, http, IngestTopics.DEFAULT);
    }

    /**
     * An ingest writing to the pipeline's topics with {@code suffix} appended to every name ({@code news.raw.x}):
     * for tests of other modules that run a real ingest next to other tests on one broker.
     */
    public static IngestService withTopicSuffix(Config config, List<URI> feeds, MeterRegistry registry, String suffix) {
        return new IngestService(config, feeds, registry, null, IngestTopics.DEFAULT.suffixed(suffix));
    }

    IngestService(Config config, List<URI> feeds, MeterRegistry registry, HttpEndpoint http, IngestTopics topics) {
        this.config = config;
        this.settings = IngestSettings.from(config);
        this.feeds = List.copyOf(feeds);
        this.metrics = new IngestMetrics(registry);
        this.topics = topics;
        this.bootstrapServers = config.get(CommonSettings.BOOTSTRAP_SERVERS);
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(settings.concurrency(), r -> {
                    Thread t = new Thread(r, "newsmon-ingest");
                    t.setDaemon(true);
                    return t;
                });
        pool.setRemoveOnCancelPolicy(true);
        this.scheduler = pool;
        this.fetcher = new HttpFetcher(settings.fetchLimits());
        this.admission = settings.admission();
        this.feeds.forEach(feed -> metrics.watchFeed(feed.toString(), states));
        this.http = http;
        this.webSub = http == null || !settings.webSubEnabled() ? null
                : new WebSubSubscriber(settings.webSubCallback(), settings.webSubLease(), settings.maxBodyBytes(),
                        settings.userAgent(), metrics::webSub, new PushListener());
    }

    /** Pushed documents are handled on the service's threads, never on the HTTP endpoint's. */
    private final class PushListener implements WebSubSubscriber.Listener {
        @Override
        public void pushed(URI feed, byte[] body, String contentType) {
            if (!closed) {
                scheduler.execute(() -> handlePush(feed, body, contentType));
            }
        }

        @Override
        public void rejected(URI feed, byte[] body, String reason) {
            KafkaSink s = sink;
            if (s != null) {
                s.deadLetter(feed.toString(), body, "ingest.websub", reason, null);
            }
        }
    }

    private void handlePush(URI feed, byte[] body, String contentType) {
        FeedPoller p = poller;
        if (p == null || closed) {
            return;
        }
        try {
            synchronized (lock(feed)) {
                FeedState previous = states.getOrDefault(feed.toString(), FeedState.empty(feed.toString()));
                FeedState state = p.pushed(feed, previous, body, contentType).state();
                if (!state.equals(previous)) {
                    states.put(feed.toString(), state);
                    send(topics.feedState(), feed.toString(), state);
                }
            }
        } catch (RuntimeException e) {
            log.error("a pushed document of {} could not be handled", feed, e);
        }
    }

    private Object lock(URI feed) {
        return feedLocks.computeIfAbsent(feed.toString(), k -> new Object());
    }

    /** Whether WebSub pushes for {@code feed} are verified and live; for tests and the status page. */
    boolean webSubSubscribed(URI feed) {
        return webSub != null && webSub.subscribed(feed);
    }

    /**
     * Starts in the background and returns at once: creates missing topics, reads feed state and fingerprints back
     * from Kafka, then polls every feed right away and every poll interval after. Problems reaching Kafka are logged
     * and retried.
     */
    public void start() {
        if (webSub != null) {
            webSub.register(http);
        }
        scheduler.execute(this::bootstrap);
    }

    /** Feed polls completed since start (any result); for tests and the status page. */
    int pollsDone() {
        return pollsDone.get();
    }

    private void bootstrap() {
        if (closed) {
            return;
        }
        try {
            TopicAdmin.ensureTopics(config, topics.all());
            int stateCount = CompactedTopicReader.readAll(KafkaClients.connection(config), topics.feedState(), states::put);
            int fingerprintCount = CompactedTopicReader.readAll(KafkaClients.connection(config), topics.fingerprints(),
                    (id, f) -> admission.remember(f));
            producer = newProducer();
            metrics.bindProducer(producer);
            log.info("ingest started: {} feeds, {} feed states and {} fingerprints read back from Kafka at {}",
                    feeds.size(), stateCount, fingerprintCount, bootstrapServers);
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            log.error("ingest cannot start on Kafka at {}; retrying in 10 s: {}", bootstrapServers, e.getMessage());
            scheduler.schedule(this::bootstrap, 10, TimeUnit.SECONDS);
            return;
        }
        HostGate gate = new HostGate(settings.hostMinDelay());
        RobotsPolicy robots = new RobotsPolicy(fetcher, gate, settings.userAgent(), settings.robots());
        sink = new KafkaSink();
        FeedPoller poller = new FeedPoller(fetcher, gate, robots,
                new FeedParser(settings.maxItemsPerFeed()), admission, metrics, sink, settings.pollInterval(),
                settings.seenIdsPerFeed(), Clock.systemUTC());
        this.poller = poller;
        for (URI feed : feeds) {
            scheduler.execute(() -> pollAndReschedule(poller, feed));
        }
    }

    private void pollAndReschedule(FeedPoller poller, URI feed) {
        if (closed) {
            return;
        }
        String host = hostKey(feed);
        if (!busyHosts.add(host)) {
            // Another feed of this host is being polled: wait without holding a thread, so that one slow host
            // occupies at most one of the pool's threads and never blocks the feeds of other hosts.
            scheduler.schedule(() -> pollAndReschedule(poller, feed), 200 + (long) (Math.random() * 300),
                    TimeUnit.MILLISECONDS);
            return;
        }
        Duration next = settings.pollInterval();
        try {
            FeedPoller.Outcome outcome;
            synchronized (lock(feed)) {
                FeedState previous = states.getOrDefault(feed.toString(), FeedState.empty(feed.toString()));
                outcome = poller.poll(feed, previous);
                next = outcome.nextPollIn();
                if (!outcome.state().equals(previous)) {
                    states.put(feed.toString(), outcome.state());
                    send(topics.feedState(), feed.toString(), outcome.state());
                }
            }
            if (webSub != null && outcome.document() != null) {
                webSub.maybeSubscribe(feed, outcome.document());
            }
        } catch (RuntimeException e) {
            // A bug of ours on one feed must not stop the schedule of this or any other feed.
            log.error("polling {} failed unexpectedly; will poll again in {}", feed, next, e);
        } finally {
            busyHosts.remove(host);
            pollsDone.incrementAndGet();
            if (!closed) {
                scheduler.schedule(() -> pollAndReschedule(poller, feed), next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private static String hostKey(URI url) {
        return (url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT)) + ":" + url.getPort();
    }

    private KafkaProducer<byte[], byte[]> newProducer() {
        Properties props = ProducerSettings.durable(config, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsmon-ingest");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private <K, V> Future<RecordMetadata> send(Topic<K, V> topic, K key, V value) {
        byte[] k = topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] v = topic.valueSerde().serializer().serialize(topic.name(), value);
        return producer.send(new ProducerRecord<>(topic.name(), k, v), (metadata, error) -> {
            if (error != null) {
                metrics.produceFailed(topic.name());
                log.warn("{} record {} not stored: {}", topic.name(), key, error.getMessage());
            }
        });
    }

    /** Writes the poller's output to Kafka; remembers this poll's sends so {@link #flush} can check them. */
    private final class KafkaSink implements FeedPoller.Sink {
        private final ThreadLocal<List<Future<RecordMetadata>>> pending = ThreadLocal.withInitial(ArrayList::new);

        @Override
        public void archive(FetchedDocument document) {
            try {
                // Archive loss is not fatal for the article: it is not awaited in flush().
                send(topics.archive(), document.url(), document);
            } catch (KafkaException e) {
                metrics.produceFailed(topics.archive().name());
                log.warn("archive record for {} not sent: {}", document.url(), e.getMessage());
            }
        }

        @Override
        public boolean article(RawArticle article, Fingerprint fingerprint) {
            try {
                pending.get().add(send(topics.raw(), article.id(), article));
                pending.get().add(send(topics.fingerprints(), fingerprint.id(), fingerprint));
                return true;
            } catch (KafkaException e) {
                metrics.produceFailed(topics.raw().name());
                log.warn("article {} not sent: {}", article.url(), e.getMessage());
                return false;
            }
        }

        @Override
        public void deadLetter(String url, byte[] body, String stage, String reason, Throwable error) {
            try {
                var headers = DeadLetters.headers(stage, reason, error, null, -1, -1);
                producer.send(DeadLetters.record(topics.dlq().name(), url.getBytes(StandardCharsets.UTF_8), body,
                        headers));
                metrics.deadLetter(stage);
            } catch (KafkaException e) {
                metrics.produceFailed(topics.dlq().name());
                log.warn("dead letter for {} not sent: {}", url, e.getMessage());
            }
        }

        @Override
        public boolean flush() {
            List<Future<RecordMetadata>> sent = pending.get();
            boolean ok = true;
            try {
                producer.flush();
                for (Future<RecordMetadata> f : sent) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        ok = false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ok = false;
            } catch (KafkaException e) {
                ok = false;
            } finally {
                sent.clear();
            }
            return ok;
        }
    }

    /** Stops polling (in-flight requests are abandoned) and closes the producer after sending what it holds. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("ingest threads did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        KafkaProducer<byte[], byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(10));
        }
        fetcher.close();
    }
}
