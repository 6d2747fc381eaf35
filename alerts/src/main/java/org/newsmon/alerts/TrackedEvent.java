package org.newsmon.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Sectors;

/**
 * Everything the alerts service knows about one real-world event: the value of its state store, keyed by
 * {@link #eventKey}. Immutable; {@link EventClusterer} makes the next version.
 *
 * @param start     earliest day any report gives for the event, or null when none gives one
 * @param end       latest last day any report gives, or null
 * @param seenFrom  earliest publication day of a report (places undated reports in time)
 * @param seenTo    latest publication day of a report
 * @param reports   one per article, in arrival order
 */
record TrackedEvent(
        String eventKey,
        EventType kind,
        EventStatus status,
        List<String> parties,
        LocalDate start,
        LocalDate end,
        LocalDate seenFrom,
        LocalDate seenTo,
        List<String> actors,
        List<String> sectors,
        List<Report> reports,
        int revision,
        Instant firstSeenAt,
        Instant updatedAt) {

    /**
     * One article's report of the event.
     *
     * @param duplicateOf   set when the article is a syndicated copy that was merged as a source only
     * @param contentHash   the article's text fingerprint (null in state stored before it was kept)
     * @param copyOfArticle the article ingest found this one a copy of, merged or not (null: none)
     * @param actors        the people this report names, in its order (a visit's visitor usually first)
     * @param location      where this report places the event, or null
     */
    record Report(String articleId, String duplicateOf, AlertSource source, EventStatus status, String sentence,
                  String contentHash, String copyOfArticle, List<String> actors, String location) {
        Report {
            actors = actors == null ? List.of() : List.copyOf(actors);
        }
    }

    TrackedEvent {
        parties = parties == null ? List.of() : List.copyOf(parties);
        actors = actors == null ? List.of() : List.copyOf(actors);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    TrackedEvent withReports(List<Report> reports) {
        return changed().reports(reports).build();
    }

    /** The next revision, published at {@code at}. */
    TrackedEvent nextRevision(Instant at) {
        return changed().revision(revision + 1).updatedAt(at).build();
    }

    /** A copy of this event to change by name; its identity (key, kind, parties, first seen) stays. */
    Changes changed() {
        return new Changes(this);
    }

    /**
     * The next version of an event, its fields set by name: fourteen components, four of them dates, are too many to
     * get right by position. Not thread-safe.
     */
    static final class Changes {
        private final TrackedEvent from;
        private EventStatus status;
        private LocalDate start;
        private LocalDate end;
        private LocalDate seenFrom;
        private LocalDate seenTo;
        private List<String> actors;
        private List<String> sectors;
        private List<Report> reports;
        private int revision;
        private Instant updatedAt;

        private Changes(TrackedEvent from) {
            this.from = from;
            this.status = from.status;
            this.start = from.start;
            this.end = from.end;
            this.seenFrom = from.seenFrom;
            this.seenTo = from.seenTo;
            this.actors = from.actors;
            this.sectors = from.sectors;
            this.reports = from.reports;
            this.revision = from.revision;
            this.updatedAt = from.updatedAt;
        }

        Changes status(EventStatus status) {
            this.status = status;
            return this;
        }

        /** The days the event itself spans, as reports give them. */
        Changes span(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            return this;
        }

        /** The publication days of its reports. */
        Changes seen(LocalDate seenFrom, LocalDate seenTo) {
            this.seenFrom = seenFrom;
            this.seenTo = seenTo;
            return this;
        }

        Changes actors(List<String> actors) {
            this.actors = actors;
            return this;
        }

        Changes sectors(List<String> sectors) {
            this.sectors = sectors;
            return this;
        }

        Changes reports(List<Report> reports) {
            this.reports = reports;
            return this;
        }

        Changes revision(int revision) {
            this.revision = revision;
            return this;
        }

        Changes updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        TrackedEvent build() {
            return new TrackedEvent(from.eventKey, from.kind, status, from.parties, start, end, seenFrom, seenTo, actors,
                    sectors, reports, revision, from.firstSeenAt, updatedAt);
        }
    }

    boolean hasArticle(String articleId) {
        return reports.stream().anyMatch(r -> r.articleId().equals(articleId));
    }

    /** The alert this state publishes. */
    Alert toAlert() {
        return AlertComposer.compose(this);
    }
}
