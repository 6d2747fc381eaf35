package org.newsmon.ingest.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms found in pages and feeds, as a feed reader must (feedparser's date parsers are the reference):
 * W3C-DTF / ISO 8601 (also with a space for the 'T', a reduced precision such as "2003-12", or no zone), RFC 822 /
 * 1123 with the variants feeds really carry (two-digit years, full month names, a missing weekday or time, North
 * American zone names), asctime and "Wed Aug 30 2012 17:26:16 +0200"; Greek and Hungarian month names and Korean
 * dates as feedparser reads them. A date without zone is read as UTC; fractions
 * of a second are dropped. Out-of-range fields ("25:14", "-99:99") and trailing junk make a date unreadable rather
 * than half-read. Stateless.
 */
public final class Dates {
    private Dates() {}

    private static final String ZONE = "(Z|[A-Za-z][A-Za-z/_]*(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{1,2}(?::?\\d{2})?)";

    /** 2003-12-31T10:14:55.1234Z, 2004-07-08 23:56:58 -00:20, 2003-12, 2003; feedparser also takes a 3-digit month. */
    private static final Pattern W3DTF = Pattern.compile("(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,2}))?)?"
            + "(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*" + ZONE + "?)?");

    /** Thu, 01 Jan 2004 19:48:21 GMT; Fri,24 Nov 2023 18:28:36 -0000; Mon, 13 Feb, 2012 06:28:00 UTC; Thu, 01 Jan 04. */
    private static final Pattern RFC822 = Pattern.compile("(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?"
            + "\\s+(\\d{2,4})(?:,?\\s+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?\\s*" + ZONE + "?");

    /** Sun Jan  4 16:29:06 2004 (asctime); Thu Aug 30 2012 17:26:16 +0200; Sun Jul 15 01:16:00 +0000 2012. */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?:[A-Za-z]{2,9},?\\s+)?([A-Za-z]{3,9})\\s+(\\d{1,2}),?"
            + "\\s+(?:(\\d{4})\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*" + ZONE + ")?(?:\\s+(\\d{4}))?");

    /** Fri, 2006/09/15 08:19:53 EDT (Perforce). */
    private static final Pattern SLASHED = Pattern.compile("(?:[A-Za-z]{2,9},?\\s+)?(\\d{4})/(\\d{1,2})/(\\d{1,2})"
            + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*" + ZONE + "?");

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** Zone names feeds use, in hours from UTC (feedparser's table: US zones and their short forms, MET/MEST). */
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("etc/gmt", 0), Map.entry("etc/utc", 0),
            Map.entry("at", -4), Map.entry("ast", -4), Map.entry("adt", -3), Map.entry("et", -5),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("ct", -6), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mt", -7), Map.entry("mst", -7), Map.entry("mdt", -6),
            Map.entry("pt", -8), Map.entry("pst", -8), Map.entry("pdt", -7), Map.entry("akst", -9),
            Map.entry("akdt", -8), Map.entry("hst", -10), Map.entry("met", 1), Map.entry("mest", 2),
            Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("bst", 1), Map.entry("eet", 2),
            Map.entry("eest", 3), Map.entry("wet", 0), Map.entry("west", 1), Map.entry("jst", 9));

    /** The instant {@code text} names; a date or time without zone is read as UTC. Empty when unreadable. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = inEnglish(text.strip());
        try {
            // region ids ("...+01:00[Europe/Paris]") and anything else java.time reads exactly
            return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            // one of the looser forms below
        }
        try {
            Matcher m = W3DTF.matcher(t);
            if (m.matches()) {
                return at(year(m.group(1)), number(m.group(2), 1), number(m.group(3), 1), m.group(4), m.group(5),
                        m.group(6), m.group(7));
            }
            m = RFC822.matcher(t);
            if (m.matches()) {
                return at(year(m.group(3)), month(m.group(2)), number(m.group(1), 1), m.group(4), m.group(5),
                        m.group(6), m.group(7));
            }
            m = MONTH_FIRST.matcher(t);
            if (m.matches() && (m.group(3) == null) != (m.group(8) == null)) {
                String year = m.group(3) != null ? m.group(3) : m.group(8);
                return at(year(year), month(m.group(1)), number(m.group(2), 1), m.group(4), m.group(5), m.group(6),
                        m.group(7));
            }
            m = SLASHED.matcher(t);
            if (m.matches()) {
                return at(year(m.group(1)), number(m.group(2), 1), number(m.group(3), 1), m.group(4), m.group(5),
                        m.group(6), m.group(7));
            }
        } catch (DateTimeException | IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Greek and Hungarian month and day names in English; Korean dates (KST, 오전/오후 for am/pm) in W3DTF. */
    private static String inEnglish(String t) {
        Matcher korean = KOREAN.matcher(t);
        if (korean.matches() && (korean.group(4) != null || t.contains("년"))) {
            int hour = Integer.parseInt(korean.group(5));
            if ("오후".equals(korean.group(4)) && hour < 12) {
                hour += 12;
            } else if ("오전".equals(korean.group(4)) && hour == 12) {
                hour = 0;
            }
            return String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%s:%s+09:00", korean.group(1),
                    Integer.parseInt(korean.group(2)), Integer.parseInt(korean.group(3)), hour, korean.group(6),
                    korean.group(7));
        }
        if (t.chars().allMatch(c -> c < 0x80)) {
            return t;
        }
        Matcher word = WORD.matcher(t);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String english = NAMES.get(word.group().toLowerCase(Locale.ROOT));
            word.appendReplacement(out, Matcher.quoteReplacement(english != null ? english : word.group()));
        }
        return word.appendTail(out).toString();
    }

    private static final Pattern KOREAN = Pattern.compile(
            "(\\d{4})(?:년|-)\\s*(\\d{1,2})(?:월|-)\\s*(\\d{1,2})일?\\s+(?:(오전|오후)\\s+)?(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** feedparser's Greek (RFC 822 abbreviations) and Hungarian (W3DTF month) tables. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ιαν", "Jan"), Map.entry("φεβ", "Feb"), Map.entry("μάρ", "Mar"), Map.entry("μαρ", "Mar"),
            Map.entry("απρ", "Apr"), Map.entry("μάι", "May"), Map.entry("μαϊ", "May"), Map.entry("μαι", "May"),
            Map.entry("ιούν", "Jun"), Map.entry("ιον", "Jun"), Map.entry("ιούλ", "Jul"), Map.entry("ιολ", "Jul"),
            Map.entry("αύγ", "Aug"), Map.entry("αυγ", "Aug"), Map.entry("σεπ", "Sep"), Map.entry("οκτ", "Oct"),
            Map.entry("νοέ", "Nov"), Map.entry("νοε", "Nov"), Map.entry("δεκ", "Dec"),
            Map.entry("κυρ", "Sun"), Map.entry("δευ", "Mon"), Map.entry("τρι", "Tue"), Map.entry("τετ", "Wed"),
            Map.entry("πεμ", "Thu"), Map.entry("παρ", "Fri"), Map.entry("σαβ", "Sat"),
            Map.entry("január", "01"), Map.entry("február", "02"), Map.entry("március", "03"),
            Map.entry("április", "04"), Map.entry("május", "05"), Map.entry("június", "06"),
            Map.entry("július", "07"), Map.entry("augusztus", "08"), Map.entry("szeptember", "09"),
            Map.entry("október", "10"), Map.entry("november", "11"), Map.entry("december", "12"));

    private static Optional<Instant> at(int year, int month, int day, String hour, String minute, String second,
                                        String zone) {
        LocalDateTime local = LocalDateTime.of(year, month, day, number(hour, 0), number(minute, 0),
                number(second, 0));
        return Optional.of(local.toInstant(offset(zone)));
    }

    private static int number(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    /** Two-digit years are this century's below 50, the last one's from 50 (RFC 2822 4.3). */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        if (digits.length() == 3) {
            throw new IllegalArgumentException("three-digit year " + digits);
        }
        return y;
    }

    private static int month(String name) {
        int i = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return i + 1;
    }

    /** "Z", "+0200", "-01:01", "+05", "GMT-01:01", "EST"; UTC when absent or an unknown abbreviation. */
    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        int sign = zone.indexOf('+') >= 0 ? zone.indexOf('+') : zone.indexOf('-');
        String name = sign < 0 ? zone : zone.substring(0, sign);
        Integer hours = name.isEmpty() ? Integer.valueOf(0) : ZONE_HOURS.get(name.toLowerCase(Locale.ROOT));
        if (hours == null) {
            // an abbreviation we do not know is read as UTC, as feedparser does; a longer word is junk, not a zone
            if (name.length() > 5) {
                throw new IllegalArgumentException("not a zone: " + name);
            }
            hours = 0;
        }
        if (sign < 0) {
            return ZoneOffset.ofHours(hours);
        }
        String digits = zone.substring(sign + 1).replace(":", "");
        int h = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int m = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        if (m > 59) {
            throw new IllegalArgumentException("offset minutes " + m);
        }
        int seconds = (h * 3600 + m * 60) * (zone.charAt(sign) == '-' ? -1 : 1);
        return ZoneOffset.ofTotalSeconds(hours * 3600 + seconds);
    }
}
