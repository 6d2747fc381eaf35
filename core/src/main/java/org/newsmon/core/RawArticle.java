package org.newsmon.core;

import java.time.Instant;

/**
 * An article as ingest saw it: the page behind a feed item, its main text extracted. Value of {@code news.raw},
 * keyed by {@link #id}. Field names are a public contract (DESIGN.md): add fields, never rename them.
 *
 * @param id           first 32 hex chars of SHA-256 of {@link #canonicalUrl}, see {@link ArticleIds}
 * @param publishedAt  the article's own publication time; null when neither feed nor page gives one
 * @param fetchedAt    when ingest fetched it (also the Kafka record time)
 * @param contentHash  fingerprint of the text, used to recognise syndicated copies
 * @param duplicateOf  id of the earlier article this one is a near-duplicate of (syndicated copy), or null
 */
public record RawArticle(
        String id,
        String url,
        String canonicalUrl,
        String feedUrl,
        String source,
        String title,
        String summary,
        String author,
        String language,
        Instant publishedAt,
        Instant fetchedAt,
        String text,
        String contentHash,
        String duplicateOf) {

    /** This article marked a copy of the earlier article {@code originalId}. */
    public RawArticle withDuplicateOf(String originalId) {
        return new RawArticle(id, url, canonicalUrl, feedUrl, source, title, summary, author, language, publishedAt,
                fetchedAt, text, contentHash, originalId);
    }

    /** This article as found through another feed (or none: null) and named after another source. */
    public RawArticle withOrigin(String feedUrl, String source) {
        return new RawArticle(id, url, canonicalUrl, feedUrl, source, title, summary, author, language, publishedAt,
                fetchedAt, text, contentHash, duplicateOf);
    }

    /** The time the article speaks from: its publication time, else when it was fetched. */
    public Instant referenceTime() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }
}
