package org.newsmon.app.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topic;
import org.newsmon.core.TopicAdmin;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ArchivedArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsmon backfill}: saved history ({@link SavedHistory}) into the live pipeline as if ingest had fetched it
 * at its original time: the documents into {@code news.archive}, their articles (built by {@link ArchivedArticles},
 * publication times from the documents) into {@code news.raw} with ingest's fingerprints, and, tagged by today's
 * tagger, into {@code news.enriched}, all of a batch in one transaction; then the live alerts application runs until
 * caught up. The fingerprints are the committed progress: a second run, or a run resumed after Ctrl-C, skips the
 * articles already written, and live ingest will not produce them again either. If the live enrich service is
 * running it tags the backfilled {@code news.raw} records too: the alerts stage merges the two copies of an article
 * (same id), so no alert is doubled. Not thread-safe, except {@link #stop()}.
 */
public final class Backfill {
    private static final Logger log = LoggerFactory.getLogger(Backfill.class);
    static final int BATCH = 200;

    private final Config config;
    private final PipelineTopics live;
    private final Tagger tagger;
    private final BiFunction<String, Long, ProgressBar> progress;
    private volatile boolean stopped;

    public Backfill(Config config, PipelineTopics live, Tagger tagger, BiFunction<String, Long, ProgressBar> progress) {
        this.config = config;
        this.live = live;
        this.tagger = tagger;
        this.progress = progress;
    }

    public void stop() {
        stopped = true;
    }

    /**
     * @param unreadable told of each input that gave no document, in input order (each is also dead-lettered)
     */
    public ReplaySummary run(List<Path> paths, Consumer<SavedHistory.Problem> unreadable) {
        String bootstrap = config.get(CommonSettings.BOOTSTRAP_SERVERS);
        SavedHistory.Loaded loaded = SavedHistory.read(paths);
        loaded.problems().forEach(unreadable);
        TopicAdmin.ensureTopics(config, live.all());
        ArchivedArticles builder = new ArchivedArticles(config);
        builder.loadKnown(KafkaClients.connection(config), live.fingerprints().name());
        ArchivedArticles.Result result = builder.build(loaded.documents(), true);
        ReplayTarget target = ReplayTarget.of("live", live, config.get(AlertsSettings.APPLICATION_ID));

        Map<String, List<FetchedDocument>> byUrl = new LinkedHashMap<>();
        for (FetchedDocument d : loaded.documents()) {
            byUrl.computeIfAbsent(d.url(), k -> new ArrayList<>()).add(d);
        }
        Set<String> archived = new HashSet<>();
        List<RawArticle> articles = result.articles();
        ProgressBar bar = progress.apply("backfill → " + live.raw().name(), (long) articles.size());
        int done = 0;
        long articlesWritten;
        long events;
        long dead;
        try (EnrichedOutput out = new EnrichedOutput(config, "newsmon-backfill." + live.raw().name(), target, tagger)) {
            // unusable inputs: one dead letter each, so they are counted and visible like ingest's
            out.begin();
            for (SavedHistory.Problem problem : loaded.problems()) {
                out.deadLetter(null, new byte[0], "backfill input: " + problem.input() + ": " + problem.error(), null,
                        null, -1, -1);
            }
            for (ArchivedArticles.Problem p : result.problems()) {
                out.deadLetter(p.url().getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[0],
                        "backfill: " + p.reason(), null, null, -1, -1);
            }
            out.commit(Map.of(), "");
            while (done < articles.size() && !stopped) {
                int end = Math.min(articles.size(), done + BATCH);
                long now = System.currentTimeMillis();
                out.begin();
                for (RawArticle article : articles.subList(done, end)) {
                    // the documents it came from go with it, so the archive holds what the article was made of
                    for (String url : new String[] {article.feedUrl(), article.url()}) {
                        if (url != null && archived.add(url)) {
                            for (FetchedDocument d : byUrl.getOrDefault(url, List.of())) {
                                out.send(record(live.archive(), d.url(), d, now));
                            }
                        }
                    }
                    // record time = ingestion time (now), as DESIGN.md says; the payload keeps the original times
                    out.send(record(live.raw(), article.id(), article, now));
                    out.send(ArchivedArticles.fingerprintRecord(live.fingerprints().name(), article, now));
                    out.article(article, now);
                }
                out.commit(Map.of(), "");
                bar.advance(end - done);
                done = end;
            }
            articlesWritten = out.articles();
            events = out.events();
            dead = out.deadLetters();
        }
        bar.finish();
        if (done < articles.size()) {
            return new ReplaySummary(articlesWritten, result.alreadyKnown(), events, dead, 0, 0, false);
        }
        AlertsStage.Counts alerts = AlertsStage.run(config, target, () -> stopped);
        return new ReplaySummary(articlesWritten, result.alreadyKnown(), events, dead, alerts.raised(), alerts.revised(),
                alerts.caughtUp());
    }

    private static <V> ProducerRecord<byte[], byte[]> record(Topic<String, V> topic, String key, V value, long timestamp) {
        return new ProducerRecord<>(topic.name(), null, timestamp, topic.keySerde().serializer().serialize(topic.name(), key),
                topic.valueSerde().serializer().serialize(topic.name(), value));
    }
}
