package org.newsmon.ingest.article;

import java.time.Instant;

/**
 * One produced article's text fingerprint: the value of ingest's fingerprints topic, and what {@link DedupeIndex}
 * compares. The JSON field names are the topic's format.
 */
public record Fingerprint(String id, String contentHash, long simHash, String canonicalUrl, Instant seenAt) {}
