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

    /** This state with the validators of another response (null: none, so the next poll is unconditional). */
    public FeedState withValidators(String etag, String lastModified) {
        return new FeedState(feedUrl, etag, lastModified, seenIds, failures, lastPolledAt, lastNewItemAt, lastError);
    }

    public FeedState withSeenIds(List<String> seenIds, Instant lastNewItemAt) {
        return new FeedState(feedUrl, etag, lastModified, seenIds, failures, lastPolledAt, lastNewItemAt, lastError);
    }

    /** This state after a poll at {@code at}: {@code failures} in a row so far, {@code error} null after a success. */
    public FeedState polled(Instant at, int failures, String error) {
        return new FeedState(feedUrl, etag, lastModified, seenIds, failures, at, lastNewItemAt, error);
    }

    public static FeedState empty(String feedUrl) {
        return new FeedState(feedUrl, null, null, List.of(), 0, null, null, null);
    }
}
