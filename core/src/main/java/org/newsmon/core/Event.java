package org.newsmon.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit or agreement an article reports.
 *
 * @param date       the (first) day of the event, resolved against the article's publication time; null if unknown
 * @param dateEnd    last day of a multi-day event, or null
 * @param parties    ISO codes of the countries involved; for a visit the visiting country first, the host second
 * @param actors     canonical names of the people acting
 * @param location   canonical place name, or null
 * @param sentence   the sentence the event was read from
 * @param historical true when the article recalls the event from the past rather than reports it as news
 * @param confidence 0–1
 */
public record Event(
        EventType type,
        EventStatus status,
        boolean historical,
        LocalDate date,
        LocalDate dateEnd,
        List<String> parties,
        List<String> actors,
        String location,
        String sentence,
        double confidence) {
    public Event {
        parties = parties == null ? List.of() : List.copyOf(parties);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
