package org.newsmon.app.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.core.UserException;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ArchivedArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsmon replay}: re-runs the history of a time window through today's enrich and alerts logic.
 * <ul>
 *   <li>{@code --from raw}: the {@code news.raw} records of the window, read from the offsets
 *       {@link KafkaConsumer#offsetsForTimes} gives for its bounds (record time = ingestion time), are tagged
 *       in-process and written to the target's enriched topic, batch by batch, each batch in one transaction with
 *       the run's consumer-group offsets: Ctrl-C loses at most the batch in flight, and running again resumes.</li>
 *   <li>{@code --from archive}: the {@code news.archive} documents of the window are parsed and extracted again by
 *       {@link ArchivedArticles} (an extractor change takes effect), then tagged and written the same way; the
 *       progress is the number of articles done, kept in the offset metadata.</li>
 * </ul>
 * Then {@link AlertsStage} runs the alerts topology over the target until caught up. Progress is kept per target
 * and source: a finished run leaves its offsets at the window's end, so the same command again only processes what
 * arrived since, unless {@code fresh}. Not thread-safe, except {@link #stop()}, which may be called from any thread (a shutdown hook).
 */
public final class Replayer {
    private static final Logger log = LoggerFactory.getLogger(Replayer.class);
    static final int BATCH = 500;
    private static final String DONE = "done=";
    private static final String COMPLETE = "complete";

    /** Where history is read from. */
    public enum Source { ARCHIVE, RAW }

    /**
     * @param until null for "until now" (the end of the topic when the run starts)
     * @param to    "live" or a NAME
     * @param fresh ignore the progress of an earlier run with the same parameters and start over
     */
    public record Request(Source from, Instant since, Instant until, String to, boolean fresh) {
        public Request {
            if (since == null) {
                throw new UserException("--since is required");
            }
            if (until != null && !until.isAfter(since)) {
                throw new UserException("--until (" + until + ") must be after --since (" + since + ")");
            }
        }
    }

    private final Config config;
    private final PipelineTopics live;
    private final Tagger tagger;
    private final BiFunction<String, Long, ProgressBar> progress;
    private volatile boolean stopped;
    private int batch = BATCH;

    /** @param progress makes the progress display of a stage from its label and total */
    public Replayer(Config config, PipelineTopics live, Tagger tagger, BiFunction<String, Long, ProgressBar> progress) {
        this.config = config;
        this.live = live;
        this.tagger = tagger;
        this.progress = progress;
    }

    /** Articles per transaction (default {@value #BATCH}); tests make batches small to stop between them. */
    Replayer batchSize(int size) {
        this.batch = size;
        return this;
    }

    /** Asks a running replay to stop after the batch in flight (its progress is committed with it). */
    public void stop() {
        stopped = true;
    }

    public ReplaySummary replay(Request request) {
        ReplayTarget target = ReplayTarget.of(request.to(), live, config.get(AlertsSettings.APPLICATION_ID));
        String bootstrap = config.get(CommonSettings.BOOTSTRAP_SERVERS);
        List<org.newsmon.core.Topic<?, ?>> topics = new ArrayList<>(live.all());
        topics.addAll(target.topics());
        TopicAdmin.ensureTopics(config, topics);
        String group = groupId(request, target);
        long[] skipped = new long[1];
        long articles;
        long events;
        long dead;
        boolean complete;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(KafkaClients.connection(config), group, batch);
             EnrichedOutput out = new EnrichedOutput(config, group, target, tagger)) {
            complete = request.from() == Source.RAW
                    ? fromRaw(request, consumer, out, group, skipped)
                    : fromArchive(request, consumer, out, group, skipped);
            articles = out.articles();
            events = out.events();
            dead = out.deadLetters();
        }
        if (!complete) {
            return new ReplaySummary(articles, skipped[0], events, dead, 0, 0, false);
        }
        AlertsStage.Counts alerts = AlertsStage.run(config, target, () -> stopped);
        return new ReplaySummary(articles, skipped[0], events, dead, alerts.raised(), alerts.revised(), alerts.caughtUp());
    }

    /**
     * One progress group per target and source, not per window: "--since 30d" names another instant on every run,
     * and the same command must still resume. A run starts at the later of its window's start and this group's
     * committed position, so a window already replayed is skipped unless {@code fresh}.
     */
    static String groupId(Request r, ReplayTarget target) {
        return "newsmon-replay." + target.name() + "." + r.from().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A topic's partitions with the offsets of the request's window and where an earlier run of the group got to. */
    private record Window(List<TopicPartition> partitions, Map<TopicPartition, Long> since,
                          Map<TopicPartition, Long> stopAt, Map<TopicPartition, OffsetAndMetadata> committed) {}

    private Window window(Request request, KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = AlertsStage.partitions(consumer, topic);
        Map<TopicPartition, Long> stopAt = request.until() == null
                ? consumer.endOffsets(partitions, Duration.ofSeconds(30)) : offsetsFor(consumer, partitions, request.until());
        Map<TopicPartition, OffsetAndMetadata> committed = request.fresh() ? Map.of()
                : consumer.committed(java.util.Set.copyOf(partitions), Duration.ofSeconds(30));
        return new Window(partitions, offsetsFor(consumer, partitions, request.since()), stopAt, committed);
    }

    private boolean fromRaw(Request request, KafkaConsumer<byte[], byte[]> consumer, EnrichedOutput out, String group,
                            long[] skipped) {
        Window w = window(request, consumer, live.raw().name());
        List<TopicPartition> partitions = w.partitions();
        Map<TopicPartition, Long> since = w.since();
        Map<TopicPartition, Long> stopAt = w.stopAt();
        Map<TopicPartition, OffsetAndMetadata> committed = w.committed();
        Map<TopicPartition, Long> start = new HashMap<>();
        long total = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long from = c != null && c.offset() > since.get(tp) ? c.offset() : since.get(tp);
            start.put(tp, from);
            skipped[0] += Math.max(0, Math.min(from, stopAt.get(tp)) - since.get(tp));
            total += Math.max(0, stopAt.get(tp) - from);
        }
        consumer.assign(partitions);
        start.forEach(consumer::seek);
        List<TopicPartition> remaining = new ArrayList<>(partitions);
        remaining.removeIf(tp -> start.get(tp) >= stopAt.get(tp));
        consumer.pause(partitions.stream().filter(tp -> !remaining.contains(tp)).toList());
        ProgressBar bar = progress.apply("replay " + live.raw().name() + " → " + out.targetName(), total);
        while (!remaining.isEmpty() && !stopped) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                out.begin();
                long inBatch = 0;
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (r.offset() >= stopAt.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    inBatch++;
                    tagRaw(r, out);
                }
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (TopicPartition tp : records.partitions()) {
                    offsets.put(tp, new OffsetAndMetadata(Math.min(consumer.position(tp), stopAt.get(tp))));
                }
                out.commit(offsets, group);
                bar.advance(inBatch);
            }
            for (TopicPartition tp : List.copyOf(remaining)) {
                if (consumer.position(tp) >= stopAt.get(tp)) {
                    remaining.remove(tp);
                    consumer.pause(List.of(tp));
                }
            }
        }
        if (remaining.isEmpty()) {
            bar.total(bar.done()); // offsets count transaction markers too: the records are what was done
        }
        bar.finish();
        return remaining.isEmpty();
    }

    private void tagRaw(ConsumerRecord<byte[], byte[]> r, EnrichedOutput out) {
        if (r.value() == null) {
            return;
        }
        RawArticle raw;
        try {
            raw = live.raw().valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            out.deadLetter(r.key(), r.value(), "not a RawArticle: " + e.getMessage(), e, r.topic(), r.partition(), r.offset());
            return;
        }
        if (raw == null || raw.id() == null || raw.id().isBlank()) {
            out.deadLetter(r.key(), r.value(), "RawArticle without id", null, r.topic(), r.partition(), r.offset());
            return;
        }
        // the raw record's time, as the live enrich topology keeps it
        out.article(raw, r.timestamp());
    }

    private boolean fromArchive(Request request, KafkaConsumer<byte[], byte[]> consumer, EnrichedOutput out,
                                String group, long[] skipped) {
        Window w = window(request, consumer, live.archive().name());
        List<TopicPartition> partitions = w.partitions();
        Map<TopicPartition, Long> since = w.since();
        Map<TopicPartition, Long> stopAt = w.stopAt();
        Map<TopicPartition, OffsetAndMetadata> committed = w.committed();
        Map<TopicPartition, Long> start = new HashMap<>(since);
        int doneBefore = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            if (c == null) {
                continue;
            }
            if (c.metadata() != null && c.metadata().startsWith(DONE)) {
                // an interrupted run: the same window again, and skip the articles it wrote
                start.put(tp, c.offset());
                doneBefore = Integer.parseInt(c.metadata().substring(DONE.length()));
            } else if (c.offset() > since.get(tp)) {
                start.put(tp, c.offset()); // a finished run: only what was archived since
            }
        }
        List<FetchedDocument> documents = readArchive(consumer, partitions, start, stopAt, out);
        if (stopped) {
            return false; // a partial read must not be taken for the whole window
        }
        ArchivedArticles.Result result = new ArchivedArticles(config).build(documents, false);
        for (ArchivedArticles.Problem p : result.problems()) {
            log.info("archived document {} gave no article: {}", p.url(), p.reason());
        }
        List<RawArticle> articles = result.articles();
        skipped[0] = Math.min(doneBefore, articles.size());
        ProgressBar bar = progress.apply("replay " + live.archive().name() + " → " + out.targetName(), (long) articles.size());
        bar.advance(skipped[0]);
        int done = (int) skipped[0];
        long now = System.currentTimeMillis();
        boolean first = true;
        while (done < articles.size() && !stopped) {
            int end = Math.min(articles.size(), done + batch);
            out.begin();
            if (first) {
                out.flushPendingDeadLetters();
                first = false;
            }
            for (RawArticle article : articles.subList(done, end)) {
                // ingestion time of this replay: DESIGN.md keeps record time = ingestion time (retention)
                out.article(article, now);
            }
            out.commit(progress(partitions, start, DONE + end), group);
            bar.advance(end - done);
            done = end;
        }
        if (done < articles.size()) {
            bar.finish();
            return false;
        }
        out.begin();
        out.flushPendingDeadLetters();
        Map<TopicPartition, Long> finished = new HashMap<>();
        partitions.forEach(tp -> finished.put(tp, Math.max(start.get(tp), stopAt.get(tp))));
        out.commit(progress(partitions, finished, COMPLETE), group);
        bar.finish();
        return true;
    }

    private static Map<TopicPartition, OffsetAndMetadata> progress(List<TopicPartition> partitions,
                                                                   Map<TopicPartition, Long> offsets, String metadata) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        partitions.forEach(tp -> out.put(tp, new OffsetAndMetadata(offsets.get(tp), metadata)));
        return out;
    }

    /** The archive records of [start, stop), unreadable ones held as dead letters for the first transaction. */
    private List<FetchedDocument> readArchive(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                              Map<TopicPartition, Long> start, Map<TopicPartition, Long> stopAt,
                                              EnrichedOutput out) {
        List<FetchedDocument> documents = new ArrayList<>();
        consumer.assign(partitions);
        start.forEach(consumer::seek);
        List<TopicPartition> remaining = new ArrayList<>(partitions);
        remaining.removeIf(tp -> start.get(tp) >= stopAt.get(tp));
        long total = remaining.stream().mapToLong(tp -> stopAt.get(tp) - start.get(tp)).sum();
        ProgressBar bar = progress.apply("reading " + live.archive().name(), total);
        while (!remaining.isEmpty() && !stopped) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
            for (ConsumerRecord<byte[], byte[]> r : records) {
                if (r.offset() >= stopAt.get(new TopicPartition(r.topic(), r.partition())) || r.value() == null) {
                    continue;
                }
                try {
                    documents.add(live.archive().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                } catch (RuntimeException e) {
                    out.holdDeadLetter(r, "not a FetchedDocument: " + e.getMessage(), e);
                }
            }
            bar.advance(records.count());
            for (TopicPartition tp : List.copyOf(remaining)) {
                if (consumer.position(tp) >= stopAt.get(tp)) {
                    remaining.remove(tp);
                    consumer.pause(List.of(tp));
                }
            }
        }
        bar.total(bar.done());
        bar.finish();
        return documents;
    }

    /** The first offset at or after {@code time} in each partition; the end offset where there is none. */
    static Map<TopicPartition, Long> offsetsFor(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Instant time) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, time.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        Map<TopicPartition, Long> out = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp o = found.get(tp);
            out.put(tp, o == null ? end.get(tp) : o.offset());
        }
        return out;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Properties connection, String group, int batch) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batch);
        // archive records carry whole pages
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
