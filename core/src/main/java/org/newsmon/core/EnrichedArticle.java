package org.newsmon.core;

import java.time.Instant;
import java.util.List;

/**
 * A {@link RawArticle} with what the tagger found. Value of {@code news.enriched}, keyed by article id. The JSON is
 * flat: every field of RawArticle, then the tags.
 *
 * @param countries ISO 3166-1 alpha-2 codes of the countries the article involves
 * @param relevant  whether the article concerns the watch (both watched countries, directly or via their actors)
 * @param relevance 0–1
 */
public record EnrichedArticle(
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
        String duplicateOf,
        List<Entity> entities,
        List<String> countries,
        boolean relevant,
        double relevance,
        List<SectorTag> sectors,
        List<Event> events) {

    public EnrichedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        countries = countries == null ? List.of() : List.copyOf(countries);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public static EnrichedArticle of(RawArticle raw, List<Entity> entities, List<String> countries, boolean relevant,
                                     double relevance, List<SectorTag> sectors, List<Event> events) {
        return new EnrichedArticle(raw.id(), raw.url(), raw.canonicalUrl(), raw.feedUrl(), raw.source(), raw.title(),
                raw.summary(), raw.author(), raw.language(), raw.publishedAt(), raw.fetchedAt(), raw.text(),
                raw.contentHash(), raw.duplicateOf(), entities, countries, relevant, relevance, sectors, events);
    }

    /** The article without its tags. */
    public RawArticle raw() {
        return new RawArticle(id, url, canonicalUrl, feedUrl, source, title, summary, author, language, publishedAt,
                fetchedAt, text, contentHash, duplicateOf);
    }
}
