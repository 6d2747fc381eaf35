package org.newsmon.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

/**
 * One alertable event as one article reports it: the unit the clusterer matches against the events it already
 * tracks. Travels on the repartition topic as JSON, keyed by {@link #pairKey()}.
 *
 * @param duplicateOf id of the article this one is a syndicated copy of, or null
 * @param parties     for a visit the visitor first and the host second; for an agreement sorted
 * @param seenAt      record time of the article (ingestion time)
 * @param contentHash the article's text fingerprint: equal for syndicated copies
 * @param location    where the report places the event, or null
 */
record Sighting(
        String articleId,
        String duplicateOf,
        AlertSource source,
        List<String> sectors,
        EventType kind,
        EventStatus status,
        LocalDate date,
        LocalDate dateEnd,
        List<String> parties,
        List<String> actors,
        String sentence,
        Instant seenAt,
        String contentHash,
        String location) {

    Sighting {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        parties = parties == null ? List.of() : List.copyOf(parties);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /** Kind and parties, e.g. {@code visit:VN-AZ}: every event that could be the same one shares it. */
    String pairKey() {
        return pairKey(kind, parties);
    }

    static String pairKey(EventType kind, List<String> parties) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + String.join("-", parties);
    }

    /** The day the report speaks from: its publication day, else the day it was seen. */
    LocalDate referenceDay() {
        Instant t = source.publishedAt() != null ? source.publishedAt() : seenAt;
        return t == null ? null : LocalDate.ofInstant(t, java.time.ZoneOffset.UTC);
    }
}
