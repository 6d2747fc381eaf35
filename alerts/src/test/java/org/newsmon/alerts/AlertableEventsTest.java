package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;

class AlertableEventsTest {
    private final AlertableEvents alertable = new AlertableEvents(List.of("az", "VN"));
    private static final LocalDate DAY = LocalDate.of(2025, 5, 7);

    private List<List<String>> pairs(Event... events) {
        EnrichedArticle a = DemoArticles.article("x", "x", "outlet", "en", "2025-05-07T10:00Z", null, "t", List.of(), events);
        return alertable.sightings(Json.MAPPER.convertValue(a, ArticleEvents.class), Instant.EPOCH).sightings().stream().map(Sighting::parties).toList();
    }

    @Test
    void aVisitKeepsItsDirection() {
        assertEquals(List.of(List.of("VN", "AZ")), pairs(DemoArticles.event(EventType.VISIT, EventStatus.ONGOING, false,
                DAY, null, List.of("vn", "az"), List.of())));
    }

    @Test
    void aTourAlertsForTheWatchedHost() {
        assertEquals(List.of(List.of("VN", "AZ")), pairs(DemoArticles.event(EventType.VISIT, EventStatus.ANNOUNCED, false,
                DAY, null, List.of("VN", "KZ", "AZ"), List.of())));
    }

    @Test
    void anOutsiderVisitingBothIsNotBetweenTheWatchedCountries() {
        assertEquals(List.of(), pairs(DemoArticles.event(EventType.VISIT, EventStatus.ONGOING, false, DAY, null,
                List.of("KZ", "AZ", "VN"), List.of())));
    }

    @Test
    void agreementsAlertOnlyWhenSignedAndKeyTheirPartiesSorted() {
        assertEquals(List.of(List.of("AZ", "KZ", "VN")), pairs(
                DemoArticles.event(EventType.AGREEMENT, EventStatus.SIGNED, false, DAY, null, List.of("VN", "KZ", "AZ"), List.of()),
                DemoArticles.event(EventType.AGREEMENT, EventStatus.PLANNED, false, DAY, null, List.of("VN", "AZ"), List.of())));
    }

    @Test
    void historicalAndMalformedEventsAreSkipped() {
        EnrichedArticle a = DemoArticles.article("x", "x", "outlet", "en", "2025-05-07T10:00Z", null, "t", List.of(),
                DemoArticles.event(EventType.VISIT, EventStatus.COMPLETED, true, DAY, null, List.of("VN", "AZ"), List.of()),
                new Event(null, EventStatus.ONGOING, false, DAY, null, List.of("VN", "AZ"), List.of(), null, null, 0.5));
        AlertableEvents.Result result = alertable.sightings(Json.MAPPER.convertValue(a, ArticleEvents.class), Instant.EPOCH);
        assertEquals(List.of(), result.sightings());
        assertEquals(1, result.malformed());
    }

    @Test
    void aWatchNeedsTwoCountries() {
        assertThrows(IllegalArgumentException.class, () -> new AlertableEvents(List.of("AZ", "az")));
    }
}
