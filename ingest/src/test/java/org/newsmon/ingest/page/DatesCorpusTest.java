package org.newsmon.ingest.page;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsmon.core.Json;

/**
 * Scores {@link Dates} on feedparser's date-parser cases (date_parser_cases.jsonl: a date string and the UTC time
 * feedparser reads, or none for garbage); 72 cases, 67 met; skipped without ../shared/testdata/feedparser.
 */
class DatesCorpusTest {
    private static final Path CASES = Path.of("../../shared/testdata/feedparser/date_parser_cases.jsonl");

    @Test
    void readsTheDatesFeedparserReadsAndRefusesTheOnesItRefuses() throws Exception {
        assumeTrue(Files.isRegularFile(CASES), "../shared/testdata/feedparser is absent");
        int met = 0;
        int total = 0;
        for (String line : Files.readAllLines(CASES)) {
            JsonNode c = Json.MAPPER.readTree(line);
            JsonNode t = c.get("expected_utc_tuple");
            Instant expected = t == null || t.isNull() ? null : LocalDateTime.of(t.get(0).asInt(), t.get(1).asInt(),
                    t.get(2).asInt(), t.get(3).asInt(), t.get(4).asInt(), t.get(5).asInt()).toInstant(ZoneOffset.UTC);
            Optional<Instant> actual = Dates.parse(c.get("input").asText());
            total++;
            // feedparser's time.struct_time has whole seconds; Dates drops fractions too
            if (Objects.equals(expected, actual.orElse(null))) {
                met++;
            } else {
                System.out.println("date " + c.get("parser").asText() + " '" + c.get("input").asText() + "': expected "
                        + expected + ", read " + actual.orElse(null));
            }
        }
        System.out.println("date_parser_cases: " + met + " of " + total);
        // not met: feedparser's two-digit-year ISO 8601 forms ("031231", "-0312", "03335")
        assertTrue(met >= 67, met + " of " + total);
    }
}
