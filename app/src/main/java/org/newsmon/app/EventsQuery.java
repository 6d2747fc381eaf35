package org.newsmon.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsmon.app.replay.TimeArg;
import org.newsmon.core.Alert;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Sectors;
import org.newsmon.core.UserException;

/**
 * Which alerted events {@code newsmon events} shows, and in what order. Pure; immutable.
 *
 * @param since    only events revised (learnt of or changed) at or after this instant; null: all
 * @param kind     only this kind; null: both
 * @param statuses only these statuses; empty: all
 * @param sectors  only events tagged with at least one of these sectors; empty: all
 */
record EventsQuery(Instant since, EventType kind, Set<EventStatus> statuses, Set<String> sectors) {
    EventsQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    /**
     * Newest first: by the event's own day (its last day when it spans several; undated events by the day newsmon
     * first saw them), then by the latest revision, then by key so the order is total.
     */
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(EventsQuery::day).reversed()
            .thenComparing(Alert::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Alert::eventKey);

    /**
     * The query the words of a command line or a URL ask for; null or empty words ask nothing.
     *
     * @throws UserException naming every word that is wrong, at once
     */
    static EventsQuery parse(String since, String kind, List<String> statuses, List<String> sectors, Instant now) {
        List<String> problems = new ArrayList<>();
        Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = TimeArg.parse(since, now);
            } catch (UserException e) {
                problems.add("--since: " + e.getMessage());
            }
        }
        EventType type = null;
        if (kind != null && !kind.isBlank()) {
            try {
                type = EventType.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("--kind: '" + kind + "' is not visit or agreement");
            }
        }
        Set<EventStatus> wanted = EnumSet.noneOf(EventStatus.class);
        for (String s : statuses) {
            if (s.isBlank()) {
                continue;
            }
            try {
                wanted.add(EventStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("--status: '" + s + "' is none of announced, ongoing, completed, cancelled, planned, signed");
            }
        }
        Set<String> wantedSectors = new TreeSet<>();
        for (String s : sectors) {
            String sector = s.strip().toLowerCase(Locale.ROOT);
            if (Sectors.isKnown(sector)) {
                wantedSectors.add(sector);
            } else if (!sector.isEmpty()) {
                problems.add("--sector: '" + s + "' is not a sector; they are " + String.join(", ", Sectors.ALL));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(String.join("; ", problems));
        }
        return new EventsQuery(from, type, wanted, wantedSectors);
    }

    List<Alert> select(Collection<Alert> alerts) {
        return alerts.stream().filter(this::matches).sorted(NEWEST_FIRST).toList();
    }

    boolean matches(Alert a) {
        return (since == null || a.updatedAt() != null && !a.updatedAt().isBefore(since))
                && (kind == null || a.kind() == kind)
                && (statuses.isEmpty() || statuses.contains(a.status()))
                && (sectors.isEmpty() || a.sectors().stream().anyMatch(sectors::contains));
    }

    static LocalDate day(Alert a) {
        if (a.dateEnd() != null) {
            return a.dateEnd();
        }
        if (a.date() != null) {
            return a.date();
        }
        return a.firstSeenAt() == null ? LocalDate.MIN : LocalDate.ofInstant(a.firstSeenAt(), ZoneOffset.UTC);
    }

    /** One line per event: day(s), kind, status, title, independent and all sources, sectors, key. */
    static String line(Alert a) {
        String days = a.date() == null ? "undated   " : a.date().toString();
        if (a.dateEnd() != null && !a.dateEnd().equals(a.date())) {
            days += "…" + a.dateEnd();
        }
        return String.format("%-21s  %-9s  %-9s  %s  [%d independent of %d source%s; %s]  %s", days, a.kind(),
                a.status(), a.title(), a.independentSources(), a.sources().size(), a.sources().size() == 1 ? "" : "s",
                sectors(a.sectors()), a.eventKey());
    }

    /** The first few sectors (the most important come first), so a line stays readable; "+N" says how many more. */
    private static String sectors(List<String> sectors) {
        if (sectors.isEmpty()) {
            return "no sector";
        }
        int shown = Math.min(SECTORS_SHOWN, sectors.size());
        return String.join(", ", sectors.subList(0, shown)) + (sectors.size() > shown ? " +" + (sectors.size() - shown) : "");
    }

    private static final int SECTORS_SHOWN = 4;
}
