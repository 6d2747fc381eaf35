package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

/**
 * The two seed articles of the shared workspace (../../shared/seeds), tagged as {@code newsmon tag --published
 * 2025-05-06} tags them: their new events exactly, and every other visit or agreement in them historical or off the
 * watch. Skipped where the seeds are not present.
 */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
    private static final Tagger TAGGER = Tagger.defaults();
    private static final List<String> WATCH = List.of("AZ", "VN");

    private static List<Event> events(String prefix) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seed articles at " + SEEDS.toAbsolutePath());
        Path file;
        try (var files = Files.list(SEEDS)) {
            file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(file != null, "no seed " + prefix + "_*.txt");
        return TAGGER.tag(Articles.of(Files.readString(file), "2025-05-06T00:00:00Z")).events();
    }

    /** Not historical and between the watched countries: what the alerts service acts on. */
    private static List<Event> newOnWatch(List<Event> events) {
        return events.stream().filter(e -> !e.historical() && e.parties().containsAll(WATCH)).toList();
    }

    private static void assertEvent(Event e, EventType type, EventStatus status, List<String> parties, List<String> actors,
                                    LocalDate date, LocalDate dateEnd) {
        assertEquals(type, e.type(), e::toString);
        assertEquals(status, e.status(), e::toString);
        assertEquals(parties, e.parties(), e::toString);
        assertEquals(actors, e.actors(), e::toString);
        assertEquals(date, e.date(), e::toString);
        assertEquals(dateEnd, e.dateEnd(), e::toString);
    }

    @Test
    void azertacInterviewAnnouncesToLamsStateVisitAndRecallsTheRest() throws IOException {
        List<Event> events = events("000");
        List<Event> news = newOnWatch(events);
        assertEquals(1, news.size(), events::toString);
        // Truong Tan Sang came in 2015: an actor of that visit, not of To Lam's
        assertEvent(news.get(0), EventType.VISIT, EventStatus.ANNOUNCED, List.of("VN", "AZ"), List.of("To Lam"),
                LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 8));
        assertTrue(events.stream().filter(e -> e != news.get(0)).allMatch(e -> e.historical() || !e.parties().containsAll(WATCH)),
                events::toString);
        assertHistorical(events, EventType.VISIT, List.of("VN", "AZ"), "Ho Chi Minh");
        assertHistorical(events, EventType.VISIT, List.of("AZ", "VN"), "Heydar Aliyev");
        assertHistorical(events, EventType.VISIT, List.of("VN", "AZ"), "Truong Tan Sang");
        assertTrue(events.stream().anyMatch(e -> e.historical() && e.type() == EventType.VISIT && e.parties().equals(List.of("AZ", "VN"))
                && "Hanoi".equals(e.location())), () -> "Aliyev's 2014 visit to Hanoi missing from " + events);
        assertTrue(events.stream().anyMatch(e -> e.historical() && e.type() == EventType.AGREEMENT
                && e.sentence().contains("2019")), () -> "the 2019 agreement missing from " + events);
    }

    @Test
    void newsAzReportsTheVisitAsPaidAndItsSigningsAsNews() throws IOException {
        List<Event> events = events("001");
        List<Event> news = newOnWatch(events);
        assertEquals(2, news.size(), events::toString);
        // "has paid an official visit" outweighs the later "ahead of To Lam's visit"; the text names no day
        assertEvent(news.get(0), EventType.VISIT, EventStatus.COMPLETED, List.of("VN", "AZ"), List.of("To Lam", "Ilham Aliyev"),
                null, null);
        assertEvent(news.get(1), EventType.AGREEMENT, EventStatus.SIGNED, List.of("AZ", "VN"), List.of("To Lam", "Ilham Aliyev"),
                null, null);
        List<Event> offWatch = events.stream().filter(e -> !e.historical() && !e.parties().containsAll(WATCH)).toList();
        // "… is scheduled to continue his regional tour with visits to Belarus and Russia": a visit to each
        assertEquals(List.of(List.of("VN", "KZ"), List.of("VN", "BY"), List.of("VN", "RU")),
                offWatch.stream().map(Event::parties).toList(), events::toString);
        offWatch.forEach(e -> assertEquals(List.of("To Lam"), e.actors(), e::toString));
        // "arrived in Baku following an official visit to Kazakhstan and … is scheduled to continue … with visits to Belarus"
        assertEquals(List.of(EventStatus.COMPLETED, EventStatus.ANNOUNCED, EventStatus.ANNOUNCED),
                offWatch.stream().map(Event::status).toList(), events::toString);
        assertHistorical(events, EventType.VISIT, List.of("VN", "AZ"), "Ho Chi Minh");
        assertHistorical(events, EventType.VISIT, List.of("AZ", "VN"), "Heydar Aliyev");
        assertHistorical(events, EventType.VISIT, List.of("AZ", "VN"), "Ilham Aliyev");
        assertHistorical(events, EventType.VISIT, List.of("VN", "AZ"), "Truong Tan Sang");
        // "During his visit to Hanoi, President Aliyev met…" is the 2014 visit, no new one
        assertTrue(events.stream().noneMatch(e -> !e.historical() && e.parties().equals(List.of("AZ", "VN"))
                && e.type() == EventType.VISIT), events::toString);
    }

    private static void assertHistorical(List<Event> events, EventType type, List<String> parties, String actor) {
        assertTrue(events.stream().anyMatch(e -> e.historical() && e.type() == type && e.parties().equals(parties)
                        && e.actors().equals(List.of(actor)) && e.status() == EventStatus.COMPLETED),
                () -> "no historical " + type + " " + parties + " by " + actor + " in " + events);
    }
}
