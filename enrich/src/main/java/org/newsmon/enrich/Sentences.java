package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences, keeping offsets. Stateless and thread-safe. */
final class Sentences {
    private Sentences() {}

    /** A sentence at {@code [start, end)} of the text, whitespace trimmed. */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }

        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
            "sgt", "prof", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "г", "гг", "им", "ул", "т", "д", "тыс", "млн",
            "млрд", "e", "i", "u", "s");
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Longest sentence: text without sentence ends (hostile or broken input) is cut at a space after this many chars,
     * so that work per sentence stays bounded.
     */
    static final int MAX_LENGTH = 2000;

    /**
     * The hits that lie inside each span, one list per span, in one pass over both (hits in any order). A hit that
     * crosses a span end belongs to no span.
     */
    static <T> List<List<PhraseMatcher.Hit<T>>> bucket(List<PhraseMatcher.Hit<T>> hits, List<Span> spans) {
        List<PhraseMatcher.Hit<T>> sorted = hits;
        if (!byStart(hits)) { // mostly they are already, and the sort is stable: the same order either way
            sorted = new ArrayList<>(hits);
            sorted.sort(java.util.Comparator.comparingInt(PhraseMatcher.Hit::start));
        }
        List<List<PhraseMatcher.Hit<T>>> out = new ArrayList<>(spans.size());
        int h = 0;
        for (Span span : spans) {
            List<PhraseMatcher.Hit<T>> inside = null; // most sentences have none of a kind: one shared empty list
            while (h < sorted.size() && sorted.get(h).start() < span.start()) {
                h++;
            }
            int k = h;
            while (k < sorted.size() && sorted.get(k).start() < span.end()) {
                if (sorted.get(k).end() <= span.end()) {
                    if (inside == null) {
                        inside = new ArrayList<>();
                    }
                    inside.add(sorted.get(k));
                }
                k++;
            }
            out.add(inside == null ? java.util.Collections.emptyList() : inside);
        }
        return out;
    }

    private static boolean byStart(List<? extends PhraseMatcher.Hit<?>> hits) {
        for (int k = 1; k < hits.size(); k++) {
            if (hits.get(k - 1).start() > hits.get(k).start()) {
                return false;
            }
        }
        return true;
    }

    /** The chars that may end a sentence; the scan jumps from one to the next (indexOf is vectorised). */
    private static final char[] ENDS = {'\n', '.', '!', '?', '…'};

    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int[] nextEnd = new int[ENDS.length]; // per end char, its next index at or after i (n when none)
        for (int k = 0; k < ENDS.length; k++) {
            nextEnd[k] = indexOrEnd(text, ENDS[k], 0);
        }
        int start = 0;
        int i = 0;
        while (i < n) {
            int p = n;
            for (int k = 0; k < ENDS.length; k++) {
                if (nextEnd[k] < i) {
                    nextEnd[k] = indexOrEnd(text, ENDS[k], i);
                }
                p = Math.min(p, nextEnd[k]);
            }
            // text without sentence ends is cut at the first space MAX_LENGTH chars after the sentence start
            if (p - start > MAX_LENGTH) {
                int cut = text.indexOf(' ', Math.max(i, start + MAX_LENGTH));
                if (cut >= 0 && cut < p) {
                    add(text, start, cut + 1, spans);
                    start = cut + 1;
                    i = cut + 1;
                    continue;
                }
            }
            if (p == n) {
                break;
            }
            char c = text.charAt(p);
            if (c == '\n') {
                add(text, start, p, spans);
                start = p + 1;
            } else if (endsSentence(text, p)) {
                add(text, start, p + 1, spans);
                start = p + 1;
            }
            i = p + 1;
        }
        add(text, start, n, spans);
        return spans;
    }

    private static int indexOrEnd(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    private static boolean endsSentence(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '»' || text.charAt(j) == '”' || text.charAt(j) == ')')) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return gluedSentences(text, i, j);
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '«' || next == '“'
                || next == '-' || next == '–' || next == '—')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (i - w > LONGEST_ABBREVIATION) {
            return true;
        }
        return !ABBREVIATIONS.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a full stop with no space after it still ends a sentence: pages that lose the space between paragraphs
     * glue "...the same day.The White House said". A word of three letters or more before the stop and a
     * capitalised word after it tell this from "U.S.", "3.5", "example.com" and "Mr.Smith".
     */
    private static boolean gluedSentences(String text, int stop, int next) {
        if (text.charAt(stop) != '.' || next + 1 >= text.length() || !Character.isUpperCase(text.charAt(next))
                || !Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        int after = next;
        while (after < text.length() && Character.isLetter(text.charAt(after))) {
            after++;
        }
        if (after + 1 < text.length() && text.charAt(after) == '.' && Character.isLetter(text.charAt(after + 1))) {
            return false; // a web address: "news.Example.Com"
        }
        int w = stop;
        while (w > 0 && Character.isLowerCase(text.charAt(w - 1))) {
            w--;
        }
        if (stop - w < 3) {
            return false;
        }
        if (w > 0 && Character.isUpperCase(text.charAt(w - 1))) {
            w--; // "Colombia.The"
        }
        return (w == 0 || !(Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.'))
                && !ABBREVIATIONS.contains(text.substring(w, stop).toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
