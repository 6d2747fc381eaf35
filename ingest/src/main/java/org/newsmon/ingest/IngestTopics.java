package org.newsmon.ingest;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.newsmon.core.FeedState;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.JsonSerde;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topic;
import org.newsmon.core.Topics;
import org.newsmon.ingest.article.Fingerprint;

/**
 * The topics one ingest writes. {@link #DEFAULT} are the pipeline's; tests use renamed copies so that they share a
 * broker without sharing state.
 */
record IngestTopics(Topic<String, RawArticle> raw, Topic<String, FetchedDocument> archive,
                    Topic<String, FeedState> feedState, Topic<byte[], byte[]> dlq,
                    Topic<String, Fingerprint> fingerprints) {

    /**
     * The text fingerprint of every article ingest produced, keyed by article id; compacted, and deleted after 90
     * days (syndicated copies follow their original within days). Ingest's own bookkeeping: it reads the topic back
     * at start-up so near-duplicate detection survives a restart.
     */
    static final Topic<String, Fingerprint> FINGERPRINTS = new Topic<>("news.ingest-fingerprints",
            Serdes.String(), new JsonSerde<>(Fingerprint.class),
            Map.of("cleanup.policy", "compact,delete", "retention.ms", Long.toString(90L * 24 * 60 * 60 * 1000)));

    static final IngestTopics DEFAULT = new IngestTopics(Topics.RAW, Topics.ARCHIVE, Topics.FEED_STATE, Topics.DLQ,
            FINGERPRINTS);

    /** Every topic with {@code suffix} appended to its name. */
    IngestTopics suffixed(String suffix) {
        return new IngestTopics(raw.renamed(raw.name() + suffix), archive.renamed(archive.name() + suffix),
                feedState.renamed(feedState.name() + suffix), dlq.renamed(dlq.name() + suffix),
                fingerprints.renamed(fingerprints.name() + suffix));
    }

    List<Topic<?, ?>> all() {
        return List.of(raw, archive, feedState, dlq, fingerprints);
    }
}
