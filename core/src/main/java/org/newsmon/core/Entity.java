package org.newsmon.core;

import java.util.List;

/**
 * A person, organisation, place or country named in an article.
 *
 * @param id       stable gazetteer id (e.g. {@code person:to-lam}); for people found by title only, derived from the name
 * @param name     canonical English name ("To Lam" for "Tô Lâm" and "То Лам")
 * @param country  ISO 3166-1 alpha-2 code of the country the entity belongs to, or null
 * @param wikidata the entity's Wikidata id ({@code Q7747}) where the gazetteer knows it, else null (and absent in JSON)
 */
public record Entity(String id, EntityType type, String name, String country, List<Mention> mentions, String wikidata) {
    public Entity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
