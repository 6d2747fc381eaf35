package org.newsmon.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmon.core.EventStatus;

/**
 * Decides whether a sighting is an event already tracked, and merges it in. Pure: no Kafka, no clock. Two reports
 * are the same event when they have the same kind and parties in the same direction (the caller only offers events
 * of the sighting's {@link Sighting#pairKey()}) and either dates that overlap (give or take
 * {@link #DATE_SLACK_DAYS}), or, when one side has no date, a publication day near the event and compatible actors
 * (one side names nobody, or they share a name). Among several matches, the one sharing most actors wins.
 * Thread-safe (stateless).
 */
final class EventClusterer {
    /** Reports disagree by a day about when a visit "is": arrival evening vs. talks next morning. */
    static final int DATE_SLACK_DAYS = 1;
    /** An undated report can speak of an event announced up to this long before it happens… */
    static final int UNDATED_BEFORE_DAYS = 30;
    /** …or report on it this long after it ended. */
    static final int UNDATED_AFTER_DAYS = 7;

    /** The best matching event among {@code candidates}, or empty when the sighting is a new event. */
    Optional<TrackedEvent> match(Collection<TrackedEvent> candidates, Sighting sighting) {
        if (sighting.duplicateOf() != null) {
            Optional<TrackedEvent> original = candidates.stream()
                    .filter(e -> e.hasArticle(sighting.duplicateOf())).findFirst();
            if (original.isPresent()) {
                return original;
            }
        }
        Optional<TrackedEvent> sameArticle = candidates.stream().filter(e -> e.hasArticle(sighting.articleId()))
                .filter(e -> dateScore(e, sighting) >= 0).findFirst();
        if (sameArticle.isPresent()) {
            return sameArticle;
        }
        TrackedEvent best = null;
        int bestScore = -1;
        for (TrackedEvent event : candidates) {
            int dates = dateScore(event, sighting);
            // Dated reports that overlap are the same event even when they name different people (one names the
            // visitor, another the host who received him); names must agree only where a date does not.
            if (dates < 0 || dates < 2 && !actorsCompatible(event.actors(), sighting.actors())) {
                continue;
            }
            int score = dates * 100 + sharedActors(event.actors(), sighting.actors());
            if (score > bestScore) {
                best = event;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A new event, revision 1. */
    TrackedEvent start(String eventKey, Sighting s) {
        LocalDate day = s.referenceDay();
        return new TrackedEvent(eventKey, s.kind(), s.status(), s.parties(), s.date(), endOf(s), day, day,
                dedupe(s.actors()), dedupe(s.sectors()), List.of(report(s, false)), 1, s.seenAt(), s.seenAt());
    }

    /**
     * Sources listed per event. The event (and its alert) is one Kafka record: an event reported a thousand times over
     * (a year's backfill of a big story) would outgrow the 1 MiB record limit and stop the alerts service.
     */
    static final int MAX_REPORTS = 300;

    /**
     * The event with the sighting merged in; the same content (equal {@link TrackedEvent#toAlert()} but for revision
     * and time) when the report adds nothing. A syndicated copy of a report already merged only adds itself as a
     * source. Status only moves forward.
     */
    TrackedEvent absorb(TrackedEvent e, Sighting s) {
        // Past MAX_REPORTS a report still advances status, dates and actors; it is just not listed as a source.
        boolean copyOfKnown = s.duplicateOf() != null && e.hasArticle(s.duplicateOf());
        List<TrackedEvent.Report> reports = new ArrayList<>(e.reports());
        if (!e.hasArticle(s.articleId()) && reports.size() < MAX_REPORTS) {
            reports.add(report(s, copyOfKnown));
        } else {
            // The same article again, tagged further along (a replay through a better tagger): its report moves on.
            reports.replaceAll(r -> r.articleId().equals(s.articleId()) && r.duplicateOf() == null
                    && s.status().progress() > r.status().progress() ? report(s, false) : r);
        }
        if (copyOfKnown) {
            return e.withReports(reports);
        }
        EventStatus status = s.status().progress() > e.status().progress() ? s.status() : e.status();
        LocalDate day = s.referenceDay();
        return e.changed()
                .status(status)
                .span(min(e.start(), s.date()), max(e.end(), endOf(s)))
                .seen(min(e.seenFrom(), day), max(e.seenTo(), day))
                .actors(union(e.actors(), s.actors()))
                .sectors(union(e.sectors(), s.sectors()))
                .reports(reports)
                .build();
    }

    /** Whether {@code next} would publish something {@code previous} did not. */
    static boolean changed(TrackedEvent previous, TrackedEvent next) {
        return !previous.toAlert().equals(next.toAlert());
    }

    /** {@code next} as a new revision made at {@code at}. */
    static TrackedEvent revised(TrackedEvent next, Instant at) {
        return next.nextRevision(at);
    }

    /**
     * How well the dates fit: 2 both dated and overlapping, 1 one side undated but within the window around the
     * other, 0 neither dated but published close together, -1 incompatible.
     */
    static int dateScore(TrackedEvent e, Sighting s) {
        LocalDate sStart = s.date();
        LocalDate sEnd = endOf(s);
        if (e.start() != null && sStart != null) {
            LocalDate eEnd = e.end() != null ? e.end() : e.start();
            boolean overlap = !sStart.isAfter(eEnd.plusDays(DATE_SLACK_DAYS))
                    && !sEnd.isBefore(e.start().minusDays(DATE_SLACK_DAYS));
            return overlap ? 2 : -1;
        }
        if (e.start() != null) {
            LocalDate day = s.referenceDay();
            LocalDate eEnd = e.end() != null ? e.end() : e.start();
            return day != null && within(day, e.start().minusDays(UNDATED_BEFORE_DAYS), eEnd.plusDays(UNDATED_AFTER_DAYS)) ? 1 : -1;
        }
        if (sStart != null) {
            return e.seenFrom() != null
                    && within(sStart, e.seenFrom().minusDays(UNDATED_AFTER_DAYS), e.seenTo().plusDays(UNDATED_BEFORE_DAYS)) ? 1 : -1;
        }
        LocalDate day = s.referenceDay();
        return day != null && e.seenFrom() != null
                && within(day, e.seenFrom().minusDays(UNDATED_AFTER_DAYS), e.seenTo().plusDays(UNDATED_AFTER_DAYS)) ? 0 : -1;
    }

    static boolean actorsCompatible(List<String> known, List<String> reported) {
        return known.isEmpty() || reported.isEmpty() || sharedActors(known, reported) > 0;
    }

    private static int sharedActors(List<String> known, List<String> reported) {
        Set<String> names = known.stream().map(EventClusterer::norm).collect(Collectors.toSet());
        return (int) reported.stream().map(EventClusterer::norm).filter(names::contains).count();
    }

    private static TrackedEvent.Report report(Sighting s, boolean copy) {
        return new TrackedEvent.Report(s.articleId(), copy ? s.duplicateOf() : null, s.source(), s.status(), s.sentence(),
                s.contentHash(), s.duplicateOf(), s.actors(), s.location());
    }

    private static LocalDate endOf(Sighting s) {
        return s.dateEnd() != null ? s.dateEnd() : s.date();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static List<String> dedupe(List<String> values) {
        return union(List.of(), values);
    }

    /** {@code a} then what {@code b} adds, names compared without case. */
    private static List<String> union(List<String> a, List<String> b) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String v : a) {
            if (v != null && seen.add(norm(v))) {
                out.add(v);
            }
        }
        for (String v : b) {
            if (v != null && !v.isBlank() && seen.add(norm(v))) {
                out.add(v);
            }
        }
        return out;
    }

    private static String norm(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (a.isBefore(b) ? a : b);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
    }
}
