package org.newsmon.app.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmon.core.UserException;

/** A point in time on the command line: an ISO instant, an ISO date (UTC midnight), or an age ("30d", "12h", "45m"). */
public final class TimeArg {
    private static final Pattern AGE = Pattern.compile("(\\d+)([dhm])");

    private TimeArg() {}

    /** @throws UserException saying which forms are accepted */
    public static Instant parse(String text, Instant now) {
        String t = text.strip();
        Matcher age = AGE.matcher(t.toLowerCase(Locale.ROOT));
        if (age.matches()) {
            long n = Long.parseLong(age.group(1));
            Duration d = switch (age.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
            return now.minus(d);
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new UserException("'" + text + "' is not a time: use 2025-05-01T00:00:00Z, 2025-05-01 "
                        + "(UTC midnight) or an age like 30d, 12h, 45m");
            }
        }
    }
}
