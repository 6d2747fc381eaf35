package org.newsmon.core;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A {@link RawArticle} with what the tagger found. Value of {@code news.enriched}, keyed by article id. The JSON is
 * flat: every field of RawArticle (unwrapped, in its order), then the tags.
 *
 * @param raw       the article as ingest produced it
 * @param countries ISO 3166-1 alpha-2 codes of the countries the article involves
 * @param relevant  whether the article concerns the watch (both watched countries, directly or via their actors)
 * @param relevance 0–1
 */
public record EnrichedArticle(
        @JsonUnwrapped RawArticle raw,
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
        return new EnrichedArticle(raw, entities, countries, relevant, relevance, sectors, events);
    }

    /** The article's id (the key of its record), the field read most. */
    public String id() {
        return raw.id();
    }
}
