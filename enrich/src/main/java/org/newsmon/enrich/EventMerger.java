package org.newsmon.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.enrich.EventExtractor.Mention;

/**
 * Merges the mentions an article makes of one event (same type, parties and, for history, year) into one
 * {@link Event}: the first explicit status (news states it in the headline and lead), the first date, every actor.
 * Stateless and thread-safe.
 */
final class EventMerger {
    private EventMerger() {}

    /** The article's events: its mentions merged, one event per type, parties and (for history) year. */
    static List<Event> merge(EventExtractor.Article article) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : article.mentions) {
            groups.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        List<Event> events = new ArrayList<>();
        for (List<Mention> group : groups.values()) {
            events.add(mergeGroup(group, article));
        }
        return withVisitLocations(withReturnVisitsRecalled(events));
    }

    /**
     * "The visit, a reciprocal one, follows Akufo-Addo's visit to Cote d'Ivoire": in an article about a visit from A to
     * B, a visit from B to A told as done or under way, on no day, is the earlier one it returns, recalled (the two
     * cannot both be under way); a return visit to come ("invited him to visit") stays news.
     */
    private static List<Event> withReturnVisitsRecalled(List<Event> events) {
        Event main = events.stream().filter(e -> e.type() == EventType.VISIT && !e.historical()).findFirst().orElse(null);
        if (main == null) {
            return events;
        }
        List<String> back = List.of(main.parties().get(1), main.parties().get(0));
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean recalled = e != main && e.type() == EventType.VISIT && !e.historical() && e.parties().equals(back)
                    && (e.status() == EventStatus.COMPLETED || e.status() == EventStatus.ONGOING) && e.date() == null;
            out.add(recalled ? new Event(e.type(), e.status(), true, e.date(), e.dateEnd(), e.parties(), e.actors(),
                    e.location(), e.sentence(), e.confidence()) : e);
        }
        return out;
    }

    /** An agreement signed during a visit between the same countries was signed where the visit was. */
    private static List<Event> withVisitLocations(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event event : events) {
            Event e = event;
            if (e.type() == EventType.AGREEMENT && e.location() == null && !e.historical()) {
                Set<String> parties = Set.copyOf(e.parties());
                String location = events.stream()
                        .filter(v -> v.type() == EventType.VISIT && !v.historical() && v.location() != null
                                && Set.copyOf(v.parties()).equals(parties))
                        .map(Event::location).findFirst().orElse(null);
                e = new Event(e.type(), e.status(), e.historical(), e.date(), e.dateEnd(), e.parties(), e.actors(), location,
                        e.sentence(), e.confidence());
            }
            out.add(e);
        }
        return out;
    }

    private static Event mergeGroup(List<Mention> group, EventExtractor.Article article) {
        LocalDate published = article.published;
        Mention first = group.get(0);
        LocalDate date = null;
        LocalDate dateEnd = null;
        for (Mention m : group) {
            if (m.date() != null) {
                date = m.date();
                dateEnd = m.dateEnd();
                break;
            }
        }
        if (dateEnd == null && date != null) {
            for (Mention m : group) {
                if (m.until() != null && m.until().isAfter(date)) {
                    dateEnd = m.until();
                    break;
                }
            }
        }
        EventStatus status;
        if (first.type() == EventType.AGREEMENT) {
            status = group.stream().anyMatch(m -> m.status() == EventStatus.SIGNED) ? EventStatus.SIGNED : EventStatus.PLANNED;
        } else {
            // the first explicit word wins: news puts the state of things in the headline and the lead
            status = group.stream().filter(Mention::statusExplicit).map(Mention::status).findFirst().orElse(null);
            if (status == EventStatus.ANNOUNCED && group.stream().anyMatch(m -> m.statusExplicit() && m.status() == EventStatus.COMPLETED)) {
                // a visit the article says was paid is over, though it also recalls the time "ahead of" it
                status = EventStatus.COMPLETED;
            }
            if (first.historical()) {
                status = status == EventStatus.CANCELLED ? status : EventStatus.COMPLETED;
            } else if (status == null) {
                status = statusByDate(date, dateEnd, published);
            } else if (status != EventStatus.CANCELLED && dateEnd != null && !date.isAfter(published)
                    && dateEnd.isAfter(published)) {
                // "from 30 October to 2 November", written on the 30th: under way, whatever tense the words are in
                // (on its last day the words say whether it has ended)
                status = EventStatus.ONGOING;
            } else if (status == EventStatus.ONGOING && dateEnd != null && dateEnd.isBefore(published)) {
                // "began a state visit on 8-9 November", written after the 9th: over
                status = EventStatus.COMPLETED;
            }
        }
        Set<String> actors = new LinkedHashSet<>();
        String location = null;
        double confidence = 0;
        for (Mention m : group) {
            actors.addAll(m.actors());
        }
        if (first.type() == EventType.VISIT && !first.historical() && !actors.isEmpty()) {
            // the host who met the visitor, though no visit sentence names them both ("Aliyev received To Lam")
            String visitor = actors.iterator().next();
            String host = first.parties().get(1);
            for (List<Gazetteer.Entry> people : article.peopleTogether) {
                if (people.stream().anyMatch(p -> p.name().equals(visitor))) {
                    people.stream().filter(p -> host.equals(p.country())).forEach(p -> actors.add(p.name()));
                }
            }
        }
        for (Mention m : group) {
            if (location == null) {
                location = m.location();
            }
            confidence = Math.max(confidence, m.confidence());
        }
        confidence = Math.min(0.95, confidence + 0.05 * (group.size() - 1));
        if (location == null && !first.historical()) {
            // "To Lam came to Azerbaijan": where in the host country, the article's dateline usually says
            location = first.type() == EventType.VISIT ? article.placeIn(first.parties().get(1)) : null;
        }
        // the sentence that says what the event's state is, else the first that names it
        EventStatus merged = status;
        String sentence = group.stream().filter(m -> m.statusExplicit() && m.status() == merged)
                .map(Mention::sentence).findFirst().orElse(first.sentence());
        return new Event(first.type(), status, first.historical(), date, dateEnd, first.parties(), List.copyOf(actors),
                location, sentence, Math.round(confidence * 100) / 100.0);
    }

    private static EventStatus statusByDate(LocalDate date, LocalDate dateEnd, LocalDate published) {
        if (date == null) {
            return EventStatus.ONGOING;
        }
        if (date.isAfter(published)) {
            return EventStatus.ANNOUNCED;
        }
        LocalDate end = dateEnd != null ? dateEnd : date;
        return end.isBefore(published) ? EventStatus.COMPLETED : EventStatus.ONGOING;
    }
}
