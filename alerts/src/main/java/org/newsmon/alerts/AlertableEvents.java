package org.newsmon.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmon.core.AlertSource;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.SectorTag;
import org.newsmon.core.Sectors;

/**
 * Picks from an article the events that may raise an alert: non-historical visits of any status and signed
 * agreements, between at least two watched countries. Immutable and thread-safe.
 */
final class AlertableEvents {
    private final Set<String> watched;

    /** @param watched ISO codes of the watched countries (any case) */
    AlertableEvents(Collection<String> watched) {
        this.watched = watched.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (this.watched.size() < 2) {
            throw new IllegalArgumentException("needs at least two different countries, got " + watched);
        }
    }

    /** What one article yields. {@code malformed} counts events without a type or status. */
    record Result(List<Sighting> sightings, int malformed) {}

    Result sightings(ArticleEvents article, Instant seenAt) {
        List<Sighting> out = new ArrayList<>();
        int malformed = 0;
        for (Event event : article.events()) {
            if (event == null || event.type() == null || event.status() == null) {
                malformed++;
                continue;
            }
            if (event.historical()) {
                continue;
            }
            List<String> parties = parties(event);
            if (parties.isEmpty()) {
                continue;
            }
            out.add(new Sighting(article.id(), blankToNull(article.duplicateOf()), source(article, seenAt, event.sentence()),
                    sectors(article), event.type(), event.status(), event.date(), event.dateEnd(), parties,
                    event.actors(), event.sentence(), seenAt, blankToNull(article.contentHash()),
                    blankToNull(event.location())));
        }
        return new Result(out, malformed);
    }

    /** The event's parties as the alert keys them, or empty when it does not concern the watch. */
    private List<String> parties(Event event) {
        List<String> codes = event.parties().stream().filter(p -> p != null && !p.isBlank())
                .map(p -> p.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        if (codes.stream().filter(watched::contains).count() < 2) {
            return List.of();
        }
        if (event.type() == EventType.VISIT) {
            // Direction matters (who visits whom): the visitor comes first, then the hosts; a tour of several
            // countries alerts for the watched host.
            String visitor = codes.get(0);
            return watched.contains(visitor)
                    ? codes.stream().skip(1).filter(watched::contains).findFirst().map(host -> List.of(visitor, host)).orElse(List.of())
                    : List.of();
        }
        return event.status() == EventStatus.SIGNED ? codes.stream().sorted().toList() : List.of();
    }

    private static AlertSource source(ArticleEvents a, Instant seenAt, String sentence) {
        String url = a.canonicalUrl() != null && !a.canonicalUrl().isBlank() ? a.canonicalUrl() : a.url();
        return new AlertSource(url, a.source(), a.title(), a.publishedAt(), a.language(), seenAt, sentence, null);
    }

    private static List<String> sectors(ArticleEvents a) {
        return a.sectors().stream().filter(t -> t != null && Sectors.isKnown(t.sector())).map(SectorTag::sector).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
