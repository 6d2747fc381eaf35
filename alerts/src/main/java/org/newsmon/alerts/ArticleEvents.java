package org.newsmon.alerts;

import java.time.Instant;
import java.util.List;
import org.newsmon.core.Event;
import org.newsmon.core.SectorTag;

/**
 * What alerts read of an {@link org.newsmon.core.EnrichedArticle} on {@code news.enriched}: the same JSON, with
 * only the fields an alert uses. The text and the entities, most of each record, are skipped by the parser
 * instead of being built and thrown away (decoding whole articles was most of the alerts service's CPU in
 * {@code newsmon bench}).
 */
record ArticleEvents(String id, String url, String canonicalUrl, String source, String title, String language,
                     Instant publishedAt, String duplicateOf, String contentHash, List<SectorTag> sectors,
                     List<Event> events) {
    ArticleEvents {
        sectors = sectors == null ? List.of() : sectors;
        events = events == null ? List.of() : events;
    }
}
