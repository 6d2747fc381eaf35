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

    /** An article built field by field, by name: for code that makes one from something other than a feed item. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link RawArticle} by field name, so that two of its many string fields cannot be swapped unnoticed;
     * a field not set is null ({@link #withDuplicateOf} marks a copy). Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private String url;
        private String canonicalUrl;
        private String feedUrl;
        private String source;
        private String title;
        private String summary;
        private String author;
        private String language;
        private Instant publishedAt;
        private Instant fetchedAt;
        private String text;
        private String contentHash;

        private Builder() {}

        /** The page at {@code url} whose canonical URL is {@code canonicalUrl}: sets both, and the id derived from the latter. */
        public Builder page(String url, String canonicalUrl) {
            this.url = url;
            this.canonicalUrl = canonicalUrl;
            this.id = ArticleIds.of(canonicalUrl);
            return this;
        }

        /** The extracted text, and the content hash derived from it. */
        public Builder text(String text) {
            this.text = text;
            this.contentHash = ArticleIds.sha256Hex(text);
            return this;
        }

        public Builder feedUrl(String feedUrl) {
            this.feedUrl = feedUrl;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder fetchedAt(Instant fetchedAt) {
            this.fetchedAt = fetchedAt;
            return this;
        }

        public RawArticle build() {
            return new RawArticle(id, url, canonicalUrl, feedUrl, source, title, summary, author, language, publishedAt,
                    fetchedAt, text, contentHash, null);
        }
    }

    /** The time the article speaks from: its publication time, else when it was fetched. */
    public Instant referenceTime() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }
}
