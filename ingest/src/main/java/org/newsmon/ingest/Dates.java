package org.newsmon.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the date forms found in pages and feeds (ISO-8601 variants, RFC 822/1123). Stateless. */
final class Dates {
    private Dates() {}

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]XXX", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]XX", Locale.ROOT),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH));

    /** The instant {@code text} names; a date or time without zone is read as UTC. Empty when unreadable. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("Z") || t.endsWith("z")) {
            try {
                return Optional.of(Instant.parse(t.toUpperCase(Locale.ROOT).replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                // not this form; try the others
            }
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return Optional.of(ZonedDateTime.parse(t, f).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException e) {
            // try without zone
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t)
                    .atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
