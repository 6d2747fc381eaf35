package org.newsmon.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence and resolves them against the article's publication date: "May 7-8, 2025",
 * "October 14-15", "7 мая", "до 8 мая", "mayın 7-də", "Noyabrın 13-də", "ngày 7/5", "từ ngày 7 đến ngày 8/5",
 * "15/10", "on Thursday", "в среду", "yesterday", "вчера", "in May", "last month", "in 1959", "1959-cu ildə".
 * Stateless and thread-safe.
 */
final class DateFinder {
    private DateFinder() {}

    enum Precision { DAY, MONTH, YEAR }

    /**
     * A date expression at {@code [start, end)} of the text.
     *
     * @param until the expression only bounds the end ("until May 8", "до 8 мая", "mayın 8-dək")
     */
    record DateMention(int start, int end, LocalDate from, LocalDate to, Precision precision, boolean until) {
        boolean isRange() {
            return to != null && !to.equals(from);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
            + "|январ[ья]|феврал[ья]|марта|март|апрел[ья]|мая|май|июн[ья]|июл[ья]|августа|август|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]"
            + "|yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)";
    private static final Pattern UNTIL_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(until|till|through|до|по|đến)\\s+(?:ngày\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern VI_RANGE = Pattern.compile(
            "từ\\s+(?:ngày\\s+)?(\\d{1,2})(?:/(\\d{1,2}))?\\s+(?:đến|tới|-)\\s+(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\.?(?:ın|in|un|ün|nın|nin)?\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?!\\d)"
                    + "(-?(?:dək|dek|də|da|dan|dən|ci|cı|cu|cü|nci|ncı|ncu|ncü|th|st|nd|rd))?(?:,?\\s+(\\d{4}))?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d/.])(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:th|st|nd|rd)?\\s+(?:of\\s+)?" + MONTH
                    + "(?![\\p{L}])(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.,])(?:ngày\\s+)?(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])"
                    + "|(?<![\\d/.,])(\\d{1,2})()\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?<![\\p{L}])(yesterday|today|tomorrow|вчера|сегодня|завтра|dünən|bu gün|sabah|hôm qua|hôm nay|ngày mai)(?![\\p{L}])", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|понедельник|вторник|сред[уаеы]|четверг|пятниц[уаеы]|суббот[уаеы]|воскресень[ея]"
                    + "|bazar ertəsi|çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə"
                    + "|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật)(?![\\p{L}])", FLAGS);
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?<![\\p{L}])(last month|в прошлом месяце|ötən ay|keçən ay|tháng trước|last year|в прошлом году|ötən il|keçən il|năm ngoái)(?![\\p{L}])", FLAGS);
    /** Month alone, capitalised in English ("in May"), so that the verb "may" is not a month. */
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "(?<![\\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![\\p{L}])(?:\\s+(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|20\\d\\d)(?![\\d.,]\\d)");

    /** Date expressions in {@code sentence} (which starts at {@code offset} of the text), by position. */
    static List<DateMention> find(String sentence, int offset, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length()];
        Matcher m = VI_RANGE.matcher(sentence);
        while (m.find()) {
            int month = Integer.parseInt(m.group(4));
            Integer year = m.group(5) == null ? null : Integer.parseInt(m.group(5));
            int fromMonth = m.group(2) == null ? month : Integer.parseInt(m.group(2));
            LocalDate from = date(year, fromMonth, Integer.parseInt(m.group(1)), published);
            LocalDate to = date(year, month, Integer.parseInt(m.group(3)), published);
            add(found, taken, m, offset, from, to, Precision.DAY, false);
        }
        m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            int month = monthOf(m.group(1));
            if (month < 1 || isTaken(taken, m)) {
                continue;
            }
            Integer year = m.group(5) == null ? null : Integer.parseInt(m.group(5));
            LocalDate from = date(year, month, Integer.parseInt(m.group(2)), published);
            LocalDate to = m.group(3) == null ? null : date(year, month, Integer.parseInt(m.group(3)), published);
            String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            boolean until = suffix.endsWith("dək") || suffix.endsWith("dek") || untilBefore(sentence, m.start());
            add(found, taken, m, offset, from, to, Precision.DAY, until);
        }
        m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            int month = monthOf(m.group(3));
            if (month < 1 || isTaken(taken, m)) {
                continue;
            }
            Integer year = m.group(4) == null ? null : Integer.parseInt(m.group(4));
            LocalDate from = date(year, month, Integer.parseInt(m.group(1)), published);
            LocalDate to = m.group(2) == null ? null : date(year, month, Integer.parseInt(m.group(2)), published);
            add(found, taken, m, offset, from, to, Precision.DAY, untilBefore(sentence, m.start()));
        }
        m = NUMERIC.matcher(sentence);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 5; // slashed "7/5", or dotted "15.10.2025"
            int day = Integer.parseInt(m.group(g));
            int month = Integer.parseInt(m.group(g + 2));
            if (month < 1 || month > 12 || day < 1 || day > 31 || isTaken(taken, m)) {
                continue;
            }
            Integer year = m.group(g + 3) == null ? null : Integer.parseInt(m.group(g + 3));
            LocalDate from = date(year, month, day, published);
            String second = m.group(g + 1);
            LocalDate to = second == null || second.isEmpty() ? null : date(year, month, Integer.parseInt(second), published);
            add(found, taken, m, offset, from, to, Precision.DAY, untilBefore(sentence, m.start()));
        }
        m = RELATIVE_DAY.matcher(sentence);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int shift = switch (word) {
                case "yesterday", "вчера", "dünən", "hôm qua" -> -1;
                case "tomorrow", "завтра", "sabah", "ngày mai" -> 1;
                default -> 0;
            };
            add(found, taken, m, offset, published.plusDays(shift), null, Precision.DAY, false);
        }
        m = WEEKDAY.matcher(sentence);
        while (m.find()) {
            if (!isTaken(taken, m)) {
                add(found, taken, m, offset, nearest(weekdayOf(m.group(1)), published), null, Precision.DAY, false);
            }
        }
        m = RELATIVE_PERIOD.matcher(sentence);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            boolean month = word.contains("month") || word.contains("месяц") || word.contains("ay") || word.contains("tháng");
            if (month) {
                LocalDate start = published.minusMonths(1).withDayOfMonth(1);
                add(found, taken, m, offset, start, start.plusMonths(1).minusDays(1), Precision.MONTH, false);
            } else {
                LocalDate start = published.minusYears(1).withDayOfYear(1);
                add(found, taken, m, offset, start, start.plusYears(1).minusDays(1), Precision.YEAR, false);
            }
        }
        m = MONTH_ONLY.matcher(sentence);
        while (m.find()) {
            if (isTaken(taken, m)) {
                continue;
            }
            int month = monthOf(m.group(1));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : (month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1);
            LocalDate start = LocalDate.of(year, month, 1);
            add(found, taken, m, offset, start, start.plusMonths(1).minusDays(1), Precision.MONTH, false);
        }
        m = YEAR.matcher(sentence);
        while (m.find()) {
            if (!isTaken(taken, m)) {
                int year = Integer.parseInt(m.group(1));
                add(found, taken, m, offset, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, false);
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static boolean untilBefore(String sentence, int start) {
        int from = Math.max(0, start - 12);
        return UNTIL_BEFORE.matcher(sentence.substring(from, start)).find();
    }

    private static boolean isTaken(boolean[] taken, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<DateMention> found, boolean[] taken, Matcher m, int offset, LocalDate from, LocalDate to,
                            Precision precision, boolean until) {
        if (from == null || isTaken(taken, m)) {
            return;
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        if (to != null && to.isBefore(from)) {
            to = null;
        }
        found.add(new DateMention(offset + m.start(), offset + m.end(), from, to, precision, until));
    }

    /** The date with the given month and day; without a year, the one nearest to {@code published}. */
    private static LocalDate date(Integer year, int month, int day, LocalDate published) {
        if (year != null) {
            return safeDate(year, month, day);
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate candidate = safeDate(y, month, day);
            if (candidate != null && (best == null
                    || Math.abs(ChronoUnit.DAYS.between(published, candidate)) < Math.abs(ChronoUnit.DAYS.between(published, best)))) {
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? null : first.withDayOfMonth(day);
    }

    /** The day of that weekday nearest to {@code published} (the past on a tie): "on Thursday". */
    private static LocalDate nearest(DayOfWeek day, LocalDate published) {
        int diff = day.getValue() - published.getDayOfWeek().getValue();
        if (diff > 3) {
            diff -= 7;
        } else if (diff < -3) {
            diff += 7;
        }
        return published.plusDays(diff);
    }

    static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[][] stems = {
                {"jan", "январ", "yanvar"}, {"feb", "феврал", "fevral"}, {"mar", "март", "mart"},
                {"apr", "апрел", "aprel"}, {"may", "ма", "may"}, {"jun", "июн", "iyun"}, {"jul", "июл", "iyul"},
                {"aug", "август", "avqust"}, {"sep", "сентябр", "sentyabr"}, {"oct", "октябр", "oktyabr"},
                {"nov", "ноябр", "noyabr"}, {"dec", "декабр", "dekabr"}};
        for (int i = 0; i < stems.length; i++) {
            for (String stem : stems[i]) {
                if (w.startsWith(stem)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static DayOfWeek weekdayOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("mon") || w.startsWith("понед") || w.equals("bazar ertəsi") || w.equals("thứ hai")) {
            return DayOfWeek.MONDAY;
        }
        if (w.startsWith("tue") || w.startsWith("вторн") || w.equals("çərşənbə axşamı") || w.equals("thứ ba")) {
            return DayOfWeek.TUESDAY;
        }
        if (w.startsWith("wed") || w.startsWith("сред") || w.equals("çərşənbə") || w.equals("thứ tư")) {
            return DayOfWeek.WEDNESDAY;
        }
        if (w.startsWith("thu") && !w.startsWith("thứ") || w.startsWith("четв") || w.equals("cümə axşamı") || w.equals("thứ năm")) {
            return DayOfWeek.THURSDAY;
        }
        if (w.startsWith("fri") || w.startsWith("пятн") || w.equals("cümə") || w.equals("thứ sáu")) {
            return DayOfWeek.FRIDAY;
        }
        if (w.startsWith("sat") || w.startsWith("субб") || w.equals("şənbə") || w.equals("thứ bảy")) {
            return DayOfWeek.SATURDAY;
        }
        return DayOfWeek.SUNDAY;
    }
}
