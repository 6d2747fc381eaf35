package org.newsmon.core;

import java.time.Instant;
import java.util.List;

/**
 * Ingest's bookkeeping for one feed. Value of the compacted {@code news.feed-state}, keyed by feed URL, so a restarted
 * ingest neither refetches everything nor re-emits old items.
 *
 * @param seenIds         ids (guid or link) of items already handled, newest first, bounded
 * @param failures        consecutive failed polls (drives back-off)
 * @param lastNewItemAt   when the feed last had an item not seen before
 */
public record FeedState(
        String feedUrl,
        String etag,
        String lastModified,
        List<String> seenIds,
        int failures,
        Instant lastPolledAt,
        Instant lastNewItemAt,
        String lastError) {

    public FeedState {
        seenIds = seenIds == null ? List.of() : List.copyOf(seenIds);
    }

    public static FeedState empty(String feedUrl) {
        return new FeedState(feedUrl, null, null, List.of(), 0, null, null, null);
    }
}
