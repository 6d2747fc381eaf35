package org.newsmon.core;

import java.time.Instant;

/**
 * One report of an alerted event.
 *
 * @param firstSeenAt when newsmon first saw the report (its record time), or null in alerts written before it existed
 * @param sentence    the sentence the event was read from, in the report's language
 * @param copyOf      URL of the report this one copies (same or near-same text under another URL or outlet), or
 *                    null for an independent report; copies are not counted in {@link Alert#independentSources()}
 */
public record AlertSource(String url, String source, String title, Instant publishedAt, String language,
                          Instant firstSeenAt, String sentence, String copyOf) {

    /** A report without the fields added later (first-seen time, sentence, copy mark). */
    public AlertSource(String url, String source, String title, Instant publishedAt, String language) {
        this(url, source, title, publishedAt, language, null, null, null);
    }

    /** This report marked a copy of the report at {@code originalUrl} (null: an independent one). */
    public AlertSource withCopyOf(String originalUrl) {
        return new AlertSource(url, source, title, publishedAt, language, firstSeenAt, sentence, originalUrl);
    }
}
