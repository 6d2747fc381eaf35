package org.newsmon.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One real-world event, in its latest known state. Value of {@code news.alerts}, keyed by {@link #eventKey}, so the
 * compacted topic holds the latest revision of every event.
 *
 * @param eventKey    stable id of the event; never changes across revisions or replays
 * @param revision    1 for the first report, +1 for each report that changed the alert
 * @param firstSeenAt when the first report was seen
 * @param updatedAt   when this revision was made
 */
public record Alert(
        String eventKey,
        EventType kind,
        EventStatus status,
        String title,
        String summary,
        LocalDate date,
        List<String> parties,
        List<String> actors,
        List<String> sectors,
        List<AlertSource> sources,
        int revision,
        Instant firstSeenAt,
        Instant updatedAt) {

    public Alert {
        parties = parties == null ? List.of() : List.copyOf(parties);
        actors = actors == null ? List.of() : List.copyOf(actors);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
