package org.newsmon.core;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic of the pipeline (DESIGN.md "Flow"). */
public final class Topics {
    private Topics() {}

    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    /** The largest record newsmon writes (a whole page in the archive, a poison input in the DLQ): 16 MiB. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    /** Articles as ingested, keyed by article id. */
    public static final Topic<String, RawArticle> RAW = new Topic<>("news.raw", Serdes.String(),
            new JsonSerde<>(RawArticle.class), Map.of("compression.type", "zstd"));

    /** Articles with entities, sectors and events, keyed by article id. */
    public static final Topic<String, EnrichedArticle> ENRICHED = new Topic<>("news.enriched", Serdes.String(),
            new JsonSerde<>(EnrichedArticle.class), Map.of("compression.type", "zstd"));

    /** The latest revision of every event, keyed by event key: compacted so it converges to one record per event. */
    public static final Topic<String, Alert> ALERTS = new Topic<>("news.alerts", Serdes.String(),
            new JsonSerde<>(Alert.class), Map.of("cleanup.policy", "compact"));

    /** Every fetched feed and page, keyed by URL, kept long and compressed so history can be re-parsed. */
    public static final Topic<String, FetchedDocument> ARCHIVE = new Topic<>("news.archive", Serdes.String(),
            new JsonSerde<>(FetchedDocument.class),
            Map.of("retention.ms", Long.toString(3650 * DAY_MS), "compression.type", "zstd",
                    "max.message.bytes", Integer.toString(MAX_RECORD_BYTES)));

    /** Ingest bookkeeping per feed, keyed by feed URL; compacted to the latest state of each feed. */
    public static final Topic<String, FeedState> FEED_STATE = new Topic<>("news.feed-state", Serdes.String(),
            new JsonSerde<>(FeedState.class), Map.of("cleanup.policy", "compact"));

    /**
     * Records that could not be processed, bytes as they were, with the reason in headers ({@link DeadLetters}).
     * Values may be as large as the largest accepted input.
     */
    public static final Topic<byte[], byte[]> DLQ = new Topic<>("news.dlq", Serdes.ByteArray(), Serdes.ByteArray(),
            Map.of("retention.ms", Long.toString(30 * DAY_MS), "max.message.bytes", Integer.toString(MAX_RECORD_BYTES)));

    public static final List<Topic<?, ?>> ALL = List.of(RAW, ENRICHED, ALERTS, ARCHIVE, FEED_STATE, DLQ);
}
