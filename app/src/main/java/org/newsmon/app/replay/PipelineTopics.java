package org.newsmon.app.replay;

import java.util.List;
import org.newsmon.core.Alert;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topic;
import org.newsmon.core.Topics;

/**
 * The live pipeline's topics as replay and backfill see them: {@link #live()} are the {@link Topics} themselves;
 * tests use {@link #suffixed} copies (as ingest's tests do) so that they share a broker without sharing history.
 *
 * @param fingerprints ingest's dedupe bookkeeping topic ({@code news.ingest-fingerprints})
 */
public record PipelineTopics(Topic<String, RawArticle> raw, Topic<String, FetchedDocument> archive,
                             Topic<String, EnrichedArticle> enriched, Topic<String, Alert> alerts,
                             Topic<byte[], byte[]> dlq, Topic<?, ?> fingerprints) {

    public static PipelineTopics live() {
        return suffixed("");
    }

    /** Every topic with {@code suffix} appended to its name ({@code news.raw.t1}); "" gives the live ones. */
    public static PipelineTopics suffixed(String suffix) {
        Topic<?, ?> fingerprints = org.newsmon.ingest.ArchivedArticles.bookkeepingTopics().get(0);
        return new PipelineTopics(Topics.RAW.renamed(Topics.RAW.name() + suffix),
                Topics.ARCHIVE.renamed(Topics.ARCHIVE.name() + suffix),
                Topics.ENRICHED.renamed(Topics.ENRICHED.name() + suffix),
                Topics.ALERTS.renamed(Topics.ALERTS.name() + suffix),
                Topics.DLQ.renamed(Topics.DLQ.name() + suffix),
                fingerprints.renamed(fingerprints.name() + suffix));
    }

    public List<Topic<?, ?>> all() {
        return List.of(raw, archive, enriched, alerts, dlq, fingerprints);
    }
}
