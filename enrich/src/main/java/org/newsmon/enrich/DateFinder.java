package org.newsmon.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
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
            "(?<![\\p{L}])(until|till|through|to|до|по|đến)\\s+(?:ngày\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern VI_RANGE = Pattern.compile(
            "từ\\s+(?:ngày\\s+)?(\\d{1,2})(?:/(\\d{1,2}))?\\s+(?:đến|tới|-)\\s+(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?", FLAGS);
    /** "с 23 по 26 июня", "from 23 to 26 June", "с 30 мая по 2 июня": a range of days, the first month optional. */
    private static final Pattern FROM_TO = Pattern.compile(
            "(?<![\\p{L}])(?:с|from)\\s+(\\d{1,2})(?:\\s+" + MONTH + ")?\\s+(?:по|до|to|until|till)\\s+(\\d{1,2})\\s+" + MONTH
                    + "(?![\\p{L}])(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\.?(?:ın|in|un|ün|nın|nin)?\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?!\\d)"
                    + "(-?(?:dək|dek|də|da|dan|dən|ci|cı|cu|cü|nci|ncı|ncu|ncü|th|st|nd|rd))?(?:,?\\s+(\\d{4}))?", FLAGS);
    /** Azerbaijani puts the year first: "1923-cü il dekabrın 18-də", "2024-cü ilin mayın 5-i". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d])(1[89]\\d\\d|20\\d\\d)-?(?:ci|cı|cu|cü)\\s+il(?:in)?\\s+" + MONTH + "(?:ın|in|un|ün|nın|nin)?\\s+(\\d{1,2})(?!\\d)"
                    + "(-?(?:dək|dek|də|da|dan|dən|ci|cı|cu|cü|i|ı|u|ü))?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d/.])(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:th|st|nd|rd)?\\s+(?:of\\s+)?" + MONTH
                    + "(?![\\p{L}])(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.,])(?:ngày\\s+)?(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])"
                    + "|(?<![\\d/.,])(\\d{1,2})()\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)");
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
    /** "ngày 5 tháng 4 năm 2025", "tháng 4/2017", "tháng 4 năm sau": Vietnamese months are numbered. */
    private static final Pattern VI_MONTH = Pattern.compile(
            "(?<![\\p{L}])(?:ngày\\s+(\\d{1,2})\\s+)?tháng\\s+(\\d{1,2})(?:\\s*(?:/|năm)\\s*(\\d{4})|\\s+năm\\s+(sau|tới|nay|ngoái|trước))?(?![\\d/])",
            FLAGS);
    /** A year; found by {@link #isYearAt}, which tests compare with this expression. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|20\\d\\d)(?![\\d.,]\\d)");

    /**
     * Words any worded date needs (months, weekdays, "yesterday"…), found in one pass so that the regular
     * expressions below run only on sentences that can hold a date: most cannot, and the expressions are slow.
     */
    private static final PhraseMatcher<TimeWord> TIME_WORDS = PhraseMatcher.<TimeWord>builder().addAll(timeWords()).build();

    /** Which kind of date a time word can begin; each kind's expression runs only around its own words. */
    enum TimeWord { MONTH, WEEKDAY, RELATIVE_DAY, PERIOD }

    static List<PhraseMatcher.Phrase<TimeWord>> timeWords() {
        List<PhraseMatcher.Phrase<TimeWord>> words = new ArrayList<>();
        add(words, TimeWord.MONTH, "january february march april may* june july august september october november december "
                + "jan feb mar apr jun jul aug sep sept oct nov dec январ* феврал* март* апрел* мая май мае июн* июл* август* "
                + "сентябр* октябр* ноябр* декабр* yanvar* fevral* mart* aprel* iyun* iyul* avqust* sentyabr* oktyabr* "
                + "noyabr* dekabr*");
        add(words, TimeWord.WEEKDAY, "monday tuesday wednesday thursday friday saturday sunday понедельник* вторник* сред* "
                + "четверг* пятниц* суббот* воскресен* bazar çərşənbə cümə şənbə thứ chủ");
        add(words, TimeWord.RELATIVE_DAY, "yesterday today tomorrow вчера сегодня завтра dünən gün sabah hôm ngày");
        add(words, TimeWord.PERIOD, "last прошлом ötən keçən tháng năm");
        return words;
    }

    private static void add(List<PhraseMatcher.Phrase<TimeWord>> words, TimeWord kind, String list) {
        for (String w : list.split(" ")) {
            words.add(new PhraseMatcher.Phrase<>(w, kind));
        }
    }

    /** Date expressions in {@code sentence} (which starts at {@code offset} of the text), by position. */
    static List<DateMention> find(String sentence, int offset, LocalDate published) {
        return find(sentence, offset, published, TIME_WORDS.findAll(sentence), 0);
    }

    /** Date expressions in the sentence {@code span} of {@code text}, given the time words found in it. */
    static List<DateMention> find(String text, Sentences.Span span, LocalDate published, List<PhraseMatcher.Hit<TimeWord>> timeWords) {
        String sentence = span.of(text);
        return find(sentence, span.start(), published, timeWords, span.start());
    }

    private static List<DateMention> find(String sentence, int offset, LocalDate published,
                                          List<PhraseMatcher.Hit<TimeWord>> timeWords, int wordOffset) {
        List<int[]> numbers = digitWindows(sentence);
        boolean digits = !numbers.isEmpty();
        boolean words = !timeWords.isEmpty();
        List<int[]> windows = windows(sentence, timeWords, wordOffset, TimeWord.MONTH, 16, 24);
        if (!digits && !words) {
            return List.of();
        }
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length()];
        if (digits) {
            numeric(sentence, offset, published, numbers, windows, found, taken);
        }
        if (words) {
            worded(sentence, offset, published, timeWords, wordOffset, found, taken);
        }
        if (digits) {
            years(sentence, offset, numbers, found, taken);
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void numeric(String sentence, int offset, LocalDate published, List<int[]> numbers, List<int[]> windows,
                                List<DateMention> found, boolean[] taken) {
        // the expressions are tried only where the letters they need are: "từ" (from) for the Vietnamese range
        boolean viRange = sentence.indexOf('ừ') >= 0 || sentence.indexOf('Ừ') >= 0;
        for (MatchResult m : matches(VI_RANGE, sentence, viRange ? numbers : List.of())) {
            int month = Integer.parseInt(m.group(4));
            Integer year = m.group(5) == null ? null : Integer.parseInt(m.group(5));
            int fromMonth = m.group(2) == null ? month : Integer.parseInt(m.group(2));
            LocalDate from = date(year, fromMonth, Integer.parseInt(m.group(1)), published);
            LocalDate to = date(year, month, Integer.parseInt(m.group(3)), published);
            add(found, taken, m, offset, from, to, Precision.DAY, false);
        }
        for (MatchResult m : matches(FROM_TO, sentence, windows)) {
            int month = monthOf(m.group(4));
            int fromMonth = m.group(2) == null ? month : monthOf(m.group(2));
            Integer year = m.group(5) == null ? null : Integer.parseInt(m.group(5));
            add(found, taken, m, offset, date(year, fromMonth, Integer.parseInt(m.group(1)), published),
                    date(year, month, Integer.parseInt(m.group(3)), published), Precision.DAY, false);
        }
        if (!windows.isEmpty()) {
            monthAndDay(sentence, offset, published, windows, found, taken);
        }
        numericDates(sentence, offset, published, numbers, found, taken);
    }

    private static void monthAndDay(String sentence, int offset, LocalDate published, List<int[]> windows, List<DateMention> found,
                                    boolean[] taken) {
        for (MatchResult m : matches(YEAR_MONTH_DAY, sentence, windows)) {
            int month = monthOf(m.group(2));
            if (month < 1 || isTaken(taken, m)) {
                continue;
            }
            LocalDate from = date(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)), published);
            String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            add(found, taken, m, offset, from, null, Precision.DAY, suffix.endsWith("dək") || suffix.endsWith("dek"));
        }
        for (MatchResult m : matches(MONTH_DAY, sentence, windows)) {
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
        for (MatchResult m : matches(DAY_MONTH, sentence, windows)) {
            int month = monthOf(m.group(3));
            if (month < 1 || isTaken(taken, m)) {
                continue;
            }
            Integer year = m.group(4) == null ? null : Integer.parseInt(m.group(4));
            LocalDate from = date(year, month, Integer.parseInt(m.group(1)), published);
            LocalDate to = m.group(2) == null ? null : date(year, month, Integer.parseInt(m.group(2)), published);
            add(found, taken, m, offset, from, to, Precision.DAY, untilBefore(sentence, m.start()));
        }
    }

    private static void numericDates(String sentence, int offset, LocalDate published, List<int[]> numbers,
                                     List<DateMention> found, boolean[] taken) {
        for (MatchResult m : matches(NUMERIC, sentence, mayBeNumericDate(sentence) ? numbers : List.of())) {
            int g = m.group(1) != null ? 1 : 5; // slashed "7/5", or dotted "15.10.2025"
            int day = Integer.parseInt(m.group(g));
            int month = Integer.parseInt(m.group(g + 2));
            if (month < 1 || month > 12 || day < 1 || day > 31 || isTaken(taken, m)) {
                continue;
            }
            Integer year = m.group(g + 3) == null ? null : Integer.parseInt(m.group(g + 3));
            if (year != null && isStamp(sentence, m.start(), m.end())) {
                continue;
            }
            LocalDate from = date(year, month, day, published);
            String second = m.group(g + 1);
            LocalDate to = second == null || second.isEmpty() ? null : date(year, month, Integer.parseInt(second), published);
            add(found, taken, m, offset, from, to, Precision.DAY, untilBefore(sentence, m.start()));
        }
    }

    /** A time of day after a stamp's date: "18/10/2022 14:05". */
    private static final Pattern STAMP_AFTER = Pattern.compile("\\s+(?:\\d{1,2}:\\d{2}\\s+)?\\p{Lu}");
    /** Words of the day a dated Vietnamese sentence opens with, no comma after the date: "Sáng 18/10/2022 Chủ tịch". */
    private static final java.util.Set<String> DAY_PARTS = java.util.Set.of("ngày", "sáng", "chiều", "tối", "trưa", "đêm",
            "on", "от");

    /**
     * "Uzbekistan 18/10/2022 President …": a full date between a section name (or nothing) and a capital, with no
     * word that ties it to the sentence, is the page's stamp of when it was posted, not the time of any event.
     */
    private static boolean isStamp(String sentence, int start, int end) {
        if (!STAMP_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return false;
        }
        String before = sentence.substring(0, start).strip();
        String word = before.substring(before.lastIndexOf(' ') + 1);
        return word.isEmpty() || Character.isUpperCase(word.charAt(0)) && !DAY_PARTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a slashed ("7/5") or dotted ("15.10.2025") date can be in the sentence: a '/', or a digit, a dot, one
     * or two digits, a dot and a digit (not just a digit.digit: decimals such as "12.5" are common and then the
     * expression ran for nothing).
     */
    static boolean mayBeNumericDate(String sentence) {
        if (sentence.indexOf('/') >= 0) {
            return true;
        }
        int n = sentence.length();
        for (int i = sentence.indexOf('.'); i >= 0; i = sentence.indexOf('.', i + 1)) {
            if (i == 0 || !isAsciiDigit(sentence.charAt(i - 1)) || i + 1 >= n || !isAsciiDigit(sentence.charAt(i + 1))) {
                continue;
            }
            int dot = i + 2 < n && isAsciiDigit(sentence.charAt(i + 2)) ? i + 3 : i + 2;
            if (dot + 1 < n && sentence.charAt(dot) == '.' && isAsciiDigit(sentence.charAt(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private static void worded(String sentence, int offset, LocalDate published, List<PhraseMatcher.Hit<TimeWord>> words,
                               int wordOffset, List<DateMention> found, boolean[] taken) {
        for (MatchResult m : matches(RELATIVE_DAY, sentence, windows(sentence, words, wordOffset, TimeWord.RELATIVE_DAY, 4, 8))) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int shift = switch (word) {
                case "yesterday", "вчера", "dünən", "hôm qua" -> -1;
                case "tomorrow", "завтра", "sabah", "ngày mai" -> 1;
                default -> 0;
            };
            add(found, taken, m, offset, published.plusDays(shift), null, Precision.DAY, false);
        }
        for (MatchResult m : matches(WEEKDAY, sentence, windows(sentence, words, wordOffset, TimeWord.WEEKDAY, 1, 20))) {
            if (!isTaken(taken, m)) {
                add(found, taken, m, offset, nearest(weekdayOf(m.group(1)), published), null, Precision.DAY, false);
            }
        }
        for (MatchResult m : matches(RELATIVE_PERIOD, sentence, windows(sentence, words, wordOffset, TimeWord.PERIOD, 4, 24))) {
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
        for (MatchResult m : matches(VI_MONTH, sentence, windows(sentence, words, wordOffset, TimeWord.PERIOD, 12, 24))) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12 || isTaken(taken, m)) {
                continue;
            }
            String relative = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : switch (relative) {
                case "sau", "tới" -> published.getYear() + 1;
                case "ngoái", "trước" -> published.getYear() - 1;
                case "nay" -> published.getYear();
                default -> month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
            };
            if (m.group(1) != null) {
                add(found, taken, m, offset, safeDate(year, month, Integer.parseInt(m.group(1))), null, Precision.DAY, false);
            } else {
                LocalDate start = LocalDate.of(year, month, 1);
                add(found, taken, m, offset, start, start.plusMonths(1).minusDays(1), Precision.MONTH, false);
            }
        }
        for (MatchResult m : matches(MONTH_ONLY, sentence, windows(sentence, words, wordOffset, TimeWord.MONTH, 1, 12))) {
            if (isTaken(taken, m)) {
                continue;
            }
            int month = monthOf(m.group(1));
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : (month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1);
            LocalDate start = LocalDate.of(year, month, 1);
            add(found, taken, m, offset, start, start.plusMonths(1).minusDays(1), Precision.MONTH, false);
        }
    }

    private static void years(String sentence, int offset, List<int[]> numbers, List<DateMention> found, boolean[] taken) {
        for (int[] w : numbers) {
            for (int i = w[0]; i + 4 <= w[1]; i++) {
                if (isYearAt(sentence, i)) {
                    if (!isTaken(taken, i, i + 4)) {
                        int year = Integer.parseInt(sentence, i, i + 4, 10);
                        add(found, taken, i, i + 4, offset, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                                Precision.YEAR, false);
                    }
                    i += 3; // a search goes on after its match
                }
            }
        }
    }

    /**
     * Whether {@link #YEAR} matches at {@code i} (its look-arounds seeing the whole sentence): tested by hand, as
     * numbers are in most sentences and the expression, tried at every char of their windows, was slow.
     */
    static boolean isYearAt(String s, int i) {
        char c0 = s.charAt(i);
        char c1 = s.charAt(i + 1);
        if (!(c0 == '1' && (c1 == '8' || c1 == '9') || c0 == '2' && c1 == '0')
                || !isAsciiDigit(s.charAt(i + 2)) || !isAsciiDigit(s.charAt(i + 3))) {
            return false;
        }
        if (i > 0 && isDigitDotOrComma(s.charAt(i - 1))) {
            return false;
        }
        return !(i + 5 < s.length() && isDigitDotOrComma(s.charAt(i + 4)) && isAsciiDigit(s.charAt(i + 5)));
    }

    private static boolean isDigitDotOrComma(char c) {
        return isAsciiDigit(c) || c == '.' || c == ',';
    }

    /** Stretches of the sentence around its time words, where worded dates can be. */
    private static List<int[]> windows(String sentence, List<PhraseMatcher.Hit<TimeWord>> hits, int offset, TimeWord kind,
                                       int before, int after) {
        List<int[]> windows = new ArrayList<>();
        for (PhraseMatcher.Hit<TimeWord> hit : hits) {
            if (hit.value() != kind) {
                continue;
            }
            int from = Math.max(0, hit.start() - offset - before);
            int to = Math.min(sentence.length(), hit.end() - offset + after);
            if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
                windows.get(windows.size() - 1)[1] = Math.max(to, windows.get(windows.size() - 1)[1]);
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Stretches of the sentence around its numbers, where numeric dates and years can be. */
    private static List<int[]> digitWindows(String sentence) {
        List<int[]> windows = new ArrayList<>();
        int n = sentence.length();
        for (int i = 0; i < n; i++) {
            if (!isAsciiDigit(sentence.charAt(i))) {
                continue; // the expressions match ASCII digits only
            }
            int end = i;
            while (end < n && (isAsciiDigit(sentence.charAt(end)) || "/.,-– ".indexOf(sentence.charAt(end)) >= 0)) {
                end++;
            }
            int from = Math.max(0, i - 24);
            int to = Math.min(n, end + 12);
            if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
                windows.get(windows.size() - 1)[1] = Math.max(to, windows.get(windows.size() - 1)[1]);
            } else {
                windows.add(new int[] {from, to});
            }
            i = end;
        }
        return windows;
    }

    /**
     * The matches of {@code pattern} within the windows (which do not overlap), each window searched with the text
     * around it visible to look-arounds.
     */
    private static List<MatchResult> matches(Pattern pattern, String sentence, List<int[]> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        List<MatchResult> out = new ArrayList<>();
        // one matcher for all windows: region() resets it but keeps the bounds' transparency and anchoring
        Matcher m = pattern.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            while (m.find()) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    private static boolean untilBefore(String sentence, int start) {
        int from = Math.max(0, start - 12);
        return UNTIL_BEFORE.matcher(sentence.substring(from, start)).find();
    }

    private static boolean isTaken(boolean[] taken, MatchResult m) {
        return isTaken(taken, m.start(), m.end());
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<DateMention> found, boolean[] taken, MatchResult m, int offset, LocalDate from, LocalDate to,
                            Precision precision, boolean until) {
        add(found, taken, m.start(), m.end(), offset, from, to, precision, until);
    }

    private static void add(List<DateMention> found, boolean[] taken, int start, int end, int offset, LocalDate from,
                            LocalDate to, Precision precision, boolean until) {
        if (from == null || isTaken(taken, start, end)) {
            return;
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        if (to != null && to.isBefore(from)) {
            to = null;
        }
        found.add(new DateMention(offset + start, offset + end, from, to, precision, until));
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
