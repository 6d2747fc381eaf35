package org.newsmon.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One real-world event, in its latest known state. Value of {@code news.alerts}, keyed by {@link #eventKey}, so the
 * compacted topic holds the latest revision of every event. Fields are only ever added (DESIGN.md), at the end.
 *
 * @param title              generated plain-English line per kind and status ("Vietnam's General Secretary To Lam
 *                           visits Azerbaijan — completed, 7–8 May 2025"); before {@link #headline} existed, the lead
 *                           report's headline
 * @param revision           1 for the first report, +1 for each report that changed the alert
 * @param firstSeenAt        when the first report was seen
 * @param updatedAt          when this revision was made
 * @param headline           the lead report's own headline
 * @param dateEnd            last day of a multi-day event, or null
 * @param location           where it happens ("Baku, Azerbaijan"), or null when no report says
 * @param documents          for an agreement, the documents the reports name ("joint statement"); empty otherwise
 * @param independentSources how many {@link #sources} are not copies of another ({@link AlertSource#copyOf()})
 * @param history            status changes in the order reports published them, each with the report that told it
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
        Instant updatedAt,
        String headline,
        LocalDate dateEnd,
        String location,
        List<String> documents,
        int independentSources,
        List<StatusChange> history) {

    public Alert {
        parties = parties == null ? List.of() : List.copyOf(parties);
        actors = actors == null ? List.of() : List.copyOf(actors);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        documents = documents == null ? List.of() : List.copyOf(documents);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** An alert with only the first contract's fields: every source independent, no history. */
    public Alert(String eventKey, EventType kind, EventStatus status, String title, String summary, LocalDate date,
                 List<String> parties, List<String> actors, List<String> sectors, List<AlertSource> sources,
                 int revision, Instant firstSeenAt, Instant updatedAt) {
        this(eventKey, kind, status, title, summary, date, parties, actors, sectors, sources, revision, firstSeenAt,
                updatedAt, title, null, null, List.of(), sources == null ? 0 : sources.size(), List.of());
    }
}
