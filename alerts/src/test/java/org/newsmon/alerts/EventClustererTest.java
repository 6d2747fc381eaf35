package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

class EventClustererTest {
    private final EventClusterer clusterer = new EventClusterer();

    private static Sighting sighting(String id, EventStatus status, LocalDate date, LocalDate end, String published,
                                     List<String> actors) {
        Instant at = Instant.parse(published);
        return new Sighting(id, null, new AlertSource("http://127.0.0.1/" + id, "outlet", "title " + id, at, "en"),
                List.of("politics"), EventType.VISIT, status, date, end, List.of("VN", "AZ"), actors, "sentence " + id, at,
                "hash-" + id, "Baku");
    }

    private static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);
    private static final LocalDate MAY_8 = LocalDate.of(2025, 5, 8);

    private TrackedEvent tracked() {
        return clusterer.start("visit:VN-AZ:2025-05-07",
                sighting("a2", EventStatus.ANNOUNCED, MAY_7, MAY_8, "2025-05-06T05:45:00Z", List.of("To Lam")));
    }

    @Test
    void overlappingDatesMatchEvenWhenTheReportNamesOnlyTheHost() {
        Sighting host = sighting("z1", EventStatus.ONGOING, MAY_8, null, "2025-05-08T10:00:00Z", List.of("Ilham Aliyev"));
        assertTrue(clusterer.match(List.of(tracked()), host).isPresent());
    }

    @Test
    void aDayOfSlackButNotTwo() {
        assertTrue(clusterer.match(List.of(tracked()),
                sighting("x", EventStatus.ONGOING, LocalDate.of(2025, 5, 9), null, "2025-05-09T10:00:00Z", List.of())).isPresent());
        assertFalse(clusterer.match(List.of(tracked()),
                sighting("y", EventStatus.ONGOING, LocalDate.of(2025, 5, 10), null, "2025-05-10T10:00:00Z", List.of())).isPresent());
    }

    @Test
    void anUndatedReportMatchesNearTheEventOnlyWithCompatibleActors() {
        Sighting sameVisitor = sighting("r1", EventStatus.ONGOING, null, null, "2025-05-07T15:40:00Z", List.of("To Lam"));
        Sighting otherVisitor = sighting("q", EventStatus.ONGOING, null, null, "2025-05-07T15:40:00Z", List.of("Pham Minh Chinh"));
        Sighting monthsLater = sighting("later", EventStatus.ONGOING, null, null, "2025-09-01T00:00:00Z", List.of("To Lam"));
        assertTrue(clusterer.match(List.of(tracked()), sameVisitor).isPresent());
        assertFalse(clusterer.match(List.of(tracked()), otherVisitor).isPresent());
        assertFalse(clusterer.match(List.of(tracked()), monthsLater).isPresent());
    }

    @Test
    void statusMovesForwardOnlyAndActorsAndSourcesAccumulate() {
        TrackedEvent completed = clusterer.absorb(tracked(),
                sighting("n1", EventStatus.COMPLETED, MAY_7, MAY_8, "2025-05-08T12:10:00Z", List.of("To Lam", "Ilham Aliyev")));
        TrackedEvent afterLateOngoing = clusterer.absorb(completed,
                sighting("z1", EventStatus.ONGOING, MAY_7, null, "2025-05-07T13:05:00Z", List.of("to lam")));
        assertEquals(EventStatus.COMPLETED, afterLateOngoing.status());
        assertEquals(List.of("To Lam", "Ilham Aliyev"), afterLateOngoing.actors(), "names compared without case");
        assertEquals(3, afterLateOngoing.toAlert().sources().size());
        assertEquals(List.of("a2", "z1", "n1"), afterLateOngoing.toAlert().sources().stream()
                .map(s -> s.url().substring(s.url().lastIndexOf('/') + 1)).toList(), "sources by publication time");
    }

    @Test
    void aMuchReportedEventListsAtMostMaxReportsSourcesYetStillMovesOn() {
        TrackedEvent event = tracked();
        for (int i = 0; i < EventClusterer.MAX_REPORTS + 50; i++) {
            event = clusterer.absorb(event, sighting("copy" + i, EventStatus.ANNOUNCED, MAY_7, MAY_8,
                    "2025-05-06T06:00:00Z", List.of("To Lam")));
        }
        assertEquals(EventClusterer.MAX_REPORTS, event.toAlert().sources().size());
        TrackedEvent done = clusterer.absorb(event, sighting("v2", EventStatus.COMPLETED, MAY_7, MAY_8,
                "2025-05-08T12:30:00Z", List.of("To Lam", "Ilham Aliyev")));
        assertEquals(EventStatus.COMPLETED, done.status(), "a report past the limit still advances the event");
        assertEquals(EventClusterer.MAX_REPORTS, done.toAlert().sources().size());
    }

    @Test
    void theSameReportAgainChangesNothing() {
        TrackedEvent event = tracked();
        TrackedEvent again = clusterer.absorb(event,
                sighting("a2", EventStatus.ANNOUNCED, MAY_7, MAY_8, "2025-05-06T05:45:00Z", List.of("To Lam")));
        assertFalse(EventClusterer.changed(event, again));
    }

    @Test
    void theSameArticleTaggedFurtherAlongMovesTheEventOn() {
        TrackedEvent event = tracked();
        TrackedEvent retagged = clusterer.absorb(event,
                sighting("a2", EventStatus.COMPLETED, MAY_7, MAY_8, "2025-05-06T05:45:00Z", List.of("To Lam")));
        assertTrue(EventClusterer.changed(event, retagged));
        assertEquals(EventStatus.COMPLETED, retagged.status());
        assertEquals(EventStatus.COMPLETED, retagged.reports().get(0).status());
        assertEquals(1, retagged.reports().size());
    }

    @Test
    void aCopyOfAKnownReportIsMatchedByItsOriginal() {
        TrackedEvent event = tracked();
        Sighting copy = new Sighting("s1", "a2", new AlertSource("http://127.0.0.1/s1", "Silk Meridian", "copy", null, "en"),
                List.of("finance"), EventType.VISIT, EventStatus.COMPLETED, LocalDate.of(2026, 1, 1), null,
                List.of("VN", "AZ"), List.of("Nobody"), "s", Instant.parse("2026-01-01T00:00:00Z"), "hash-s1", null);
        Optional<TrackedEvent> match = clusterer.match(List.of(event), copy);
        assertTrue(match.isPresent(), "matched through duplicateOf though its date is far off");
        TrackedEvent merged = clusterer.absorb(event, copy);
        assertEquals(EventStatus.ANNOUNCED, merged.status());
        assertEquals(List.of("politics"), merged.sectors());
        assertEquals(2, merged.toAlert().sources().size());
    }
}
