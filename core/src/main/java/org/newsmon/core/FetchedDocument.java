package org.newsmon.core;

import java.time.Instant;
import java.util.Map;

/**
 * A document exactly as ingest fetched it, for replay. Value of {@code news.archive}, keyed by URL.
 *
 * @param kind        FEED or PAGE
 * @param url         the URL asked for
 * @param finalUrl    the URL answered, after redirects
 * @param feedUrl     for a page, the feed whose item linked to it; for a feed, itself
 * @param contentType the Content-Type header, or null
 * @param body        the decoded body text
 */
public record FetchedDocument(
        Kind kind,
        String url,
        String finalUrl,
        String feedUrl,
        int status,
        String contentType,
        Map<String, String> headers,
        Instant fetchedAt,
        String body) {

    public enum Kind { FEED, PAGE }

    public FetchedDocument {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
