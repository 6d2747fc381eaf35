package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds many phrases in a text in one pass: a trie over {@link TextFolding folded} text, walked from each word start
 * (as phrases match whole words, no match can begin inside a word), so case and diacritics do not matter. A phrase matches whole words only, with three options written in front of or
 * behind it in the data files:
 * <ul>
 *   <li>{@code ~phrase}: inflectable, the last word may carry up to {@value #MAX_SUFFIX} more letters of a
 *       Russian or Azerbaijani case ending ("Bakı" matches "Bakıya", "Вьетнам" matches "Вьетнама");</li>
 *   <li>{@code phrase*}: a stem, the last word may go on with any letters ("нефтегаз*");</li>
 *   <li>{@code =phrase}: diacritics must match too, case aside (Vietnamese "ký" sign, not "kỳ" session);</li>
 *   <li>{@code ^phrase}: its capitals must be capitals in the text, for names that are also common words
 *       ("^Turkey", not the bird; "^Того", not "того").</li>
 * </ul>
 * The marks combine in the order {@code ^=~}: "^=Nga".
 * Acronyms (up to five capitals: "NAM", "UN") match in capitals only.
 * Immutable once built and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
    static final int MAX_SUFFIX = 5;
    private static final int STEM = Integer.MAX_VALUE;

    /** A phrase in data-file notation and what it stands for. */
    record Phrase<T>(String notation, T value) {}

    /** A phrase found at {@code [start, end)} of the text, end including any accepted suffix. */
    record Hit<T>(int start, int end, int matched, T value) {
        int length() {
            return end - start;
        }
    }

    private final char[] charClass;        // per char, 1 + its index in the phrases' alphabet; 0 = in no phrase
    /**
     * The trie as a table: one row per state (all, or the shallowest), {@link #width} ints: the child's position by
     * char class ({@link #NONE} if none), then the state's first pattern (-1 if none). A position is a row's offset
     * in the table, or {@code ~state} for a state without a row.
     */
    private final int[] table;
    private final int width;
    private final int[] position;           // per state, its position
    private final LongIntMap next;          // transitions by key (state << 16 | char), for the states without a row
    private final int[] firstPattern;       // per state, first pattern ending here, -1 if none
    private final int[] nextPattern;        // per pattern, the next pattern ending at the same state
    private final int[] maxSuffix;
    private final String[] exactText;       // lower-cased phrase for =phrases, else null
    private final boolean[] caseSensitive;  // acronyms: "NAM" must not match Vietnamese "năm"
    private final boolean[] capitalsKept;   // ^phrases
    private final String[] caseText;
    private final T[] values;

    /** In a row: no child for that char. The root's position, 0, is no one's child. */
    private static final int NONE = 0;

    private PhraseMatcher(Builder<T> b) {
        int states = b.stateCount;
        this.next = b.next;
        this.firstPattern = Arrays.copyOf(b.firstPattern, states);
        this.maxSuffix = b.suffixes.stream().mapToInt(Integer::intValue).toArray();
        this.exactText = b.exact.toArray(new String[0]);
        this.caseText = b.phrases.toArray(new String[0]);
        this.caseSensitive = new boolean[caseText.length];
        for (int i = 0; i < caseText.length; i++) {
            caseSensitive[i] = isAcronym(caseText[i]);
        }
        this.capitalsKept = new boolean[caseText.length];
        for (int i = 0; i < caseText.length; i++) {
            capitalsKept[i] = b.capitals.get(i);
        }
        this.nextPattern = b.nextPattern.stream().mapToInt(Integer::intValue).toArray();
        @SuppressWarnings("unchecked")
        T[] vals = (T[]) b.values.toArray();
        this.values = vals;
        this.charClass = new char[Character.MAX_VALUE + 1];
        char classes = 0;
        for (char c : b.alphabet) {
            charClass[c] = ++classes;
        }
        this.width = classes + 2;
        this.position = new int[states];
        this.table = buildTable(b, classes);
    }

    /** At most this many ints in the trie table by default: the bundled data needs under a million. */
    static final int TABLE_BUDGET = 4 << 20;

    /**
     * Each state gets a full row of children indexed by char class, so a char costs one array read instead of a
     * hash lookup. Rows are laid out breadth-first: the shallow states, where most words are read, share cache
     * lines. Past the budget ({@link #TABLE_BUDGET} unless the builder says otherwise) the deeper, rarely reached
     * states keep the hash lookup.
     */
    private int[] buildTable(Builder<T> b, int classes) {
        int[] order = breadthFirstOrder(b);
        int rowsKept = Math.max(1, (int) Math.min(order.length, b.tableBudget / width));
        Arrays.fill(position, -1);
        for (int k = 0; k < rowsKept; k++) {
            position[order[k]] = k * width;
        }
        for (int state = 0; state < position.length; state++) {
            if (position[state] < 0) {
                position[state] = ~state;
            }
        }
        int[] out = new int[rowsKept * width];
        for (int k = 0; k < rowsKept; k++) {
            int state = order[k];
            List<int[]> children = b.children.get(state);
            if (children != null) {
                for (int[] child : children) {
                    out[k * width + charClass[child[0]]] = position[child[1]];
                }
            }
            out[k * width + classes + 1] = firstPattern[state];
        }
        return out;
    }

    private int[] breadthFirstOrder(Builder<T> b) {
        int[] queue = new int[b.stateCount];
        int tail = 1; // the root, state 0, first
        for (int head = 0; head < tail; head++) {
            List<int[]> children = b.children.get(queue[head]);
            if (children != null) {
                for (int[] child : children) {
                    queue[tail++] = child[1];
                }
            }
        }
        return queue;
    }

    /** Short all-capital words are acronyms and match only in capitals. */
    static boolean isAcronym(String phrase) {
        if (phrase.length() > 5) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** Every match in {@code text}, overlapping ones included, in order of their end (then of their start). */
    List<Hit<T>> findAll(String text) {
        return findAll(text, TextFolding.fold(text));
    }

    /**
     * As {@link #findAll(String)} on text already folded (same length as {@code text}). A phrase matches whole
     * words only, so it can start only where a word starts (or at a char that is no letter): the trie is walked
     * from those places alone, as far as the text follows it, and the letters inside words are only stepped over.
     */
    List<Hit<T>> findAll(String text, char[] folded) {
        List<Hit<T>> hits = new ArrayList<>();
        int[] table = this.table;
        char[] charClass = this.charClass;
        int patternSlot = width - 1;
        boolean sorted = true;
        int lastEnd = 0;
        boolean previousIsWord = false;
        for (int i = 0; i < folded.length; i++) {
            boolean word = TextFolding.isWordChar(folded[i]);
            if (word && previousIsWord) {
                continue; // inside a word
            }
            previousIsWord = word;
            int at = 0;
            for (int j = i; j < folded.length; j++) {
                char c = folded[j];
                int cls = charClass[c];
                if (cls == 0) {
                    break;
                }
                at = at >= 0 ? table[at + cls] : slowChild(~at, c);
                if (at == NONE) {
                    break;
                }
                int pattern = at >= 0 ? table[at + patternSlot] : firstPattern[~at];
                if (pattern >= 0) {
                    int size = hits.size();
                    // Every pattern of a state spells the same folded phrase, from i to j: where its word ends is
                    // found once for all of them.
                    int end = j + 1;
                    int wordEnd = end;
                    if (TextFolding.isWordChar(folded[j])) {
                        while (wordEnd < folded.length && TextFolding.isWordChar(folded[wordEnd])) {
                            wordEnd++;
                        }
                    }
                    for (int p = pattern; p >= 0; p = nextPattern[p]) {
                        accept(p, i, end, wordEnd, text, hits);
                    }
                    if (hits.size() > size) {
                        sorted &= j + 1 >= lastEnd;
                        lastEnd = Math.max(lastEnd, j + 1);
                    }
                }
            }
        }
        if (!sorted) {
            // walks go by start; hits are promised by end, then start
            hits.sort(BY_END_THEN_START);
        }
        return hits;
    }

    private static final Comparator<Hit<?>> BY_END_THEN_START = (a, b) -> {
        int endA = a.start() + a.matched();
        int endB = b.start() + b.matched();
        return endA != endB ? Integer.compare(endA, endB) : Integer.compare(a.start(), b.start());
    };

    /** The position of a row-less state's child on {@code c}, {@link #NONE} if it has none. */
    private int slowChild(int state, char c) {
        int s = next.get(((long) state << 16) | c);
        return s < 0 ? NONE : position[s];
    }

    /** Adds the hit of {@code pattern} on {@code [start, end)} unless its suffix, exact spelling or case rules it out. */
    private void accept(int pattern, int start, int end, int wordEnd, String text, List<Hit<T>> hits) {
        if (wordEnd - end > maxSuffix[pattern]) {
            return;
        }
        if (exactText[pattern] != null && !text.regionMatches(true, start, exactText[pattern], 0, end - start)) {
            return;
        }
        if (caseSensitive[pattern] && !text.regionMatches(start, caseText[pattern], 0, end - start)) {
            return;
        }
        if (capitalsKept[pattern] && !capitalsMatch(caseText[pattern], text, start)) {
            return;
        }
        hits.add(new Hit<>(start, wordEnd, end - start, values[pattern]));
    }

    private static boolean capitalsMatch(String phrase, String text, int start) {
        for (int k = 0; k < phrase.length(); k++) {
            if (Character.isUpperCase(phrase.charAt(k)) && !Character.isUpperCase(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase of a data-file notation without its marks: "^=Nga" → "Nga", "нефтегаз*" → "нефтегаз". */
    static String plain(String notation) {
        String s = notation.strip();
        int start = 0;
        while (start < s.length() && "^=~".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        int end = s.endsWith("*") ? s.length() - 1 : s.length();
        return start >= end ? "" : s.substring(start, end).strip();
    }

    /**
     * What a phrase matches, as one string: two phrases with the same key match the same text. The folded phrase, or
     * for an =phrase its spelling in lower case ("Ba Lan" and "=Ba Lan" differ, "Nga" and "^Nga" do not).
     */
    static String key(String notation) {
        String phrase = plain(notation);
        return notation.strip().startsWith("=") || notation.strip().startsWith("^=")
                ? "=" + phrase.toLowerCase(java.util.Locale.ROOT) : TextFolding.foldToString(phrase);
    }

    /** By start, then longest first; on equal spans the longer phrase wins over the shorter one with a case ending. */
    private static final Comparator<Hit<?>> LEFTMOST_LONGEST = (a, b) -> {
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        if (a.length() != b.length()) {
            return Integer.compare(b.length(), a.length());
        }
        return Integer.compare(b.matched(), a.matched());
    };

    /** Leftmost-longest selection: of overlapping hits keep the one starting first, then the longest. */
    static <T> List<Hit<T>> longestNonOverlapping(List<Hit<T>> hits) {
        List<Hit<T>> sorted = new ArrayList<>(hits);
        sorted.sort(LEFTMOST_LONGEST);
        List<Hit<T>> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Hit<T> hit : sorted) {
            if (hit.start() >= coveredTo) {
                kept.add(hit);
                coveredTo = hit.end();
            }
        }
        return kept;
    }

    /** The hits whose value is of {@code type}, in their order. */
    @SuppressWarnings("unchecked")
    static <T> List<Hit<T>> ofType(List<? extends Hit<?>> hits, Class<T> type) {
        List<Hit<T>> out = new ArrayList<>();
        for (Hit<?> hit : hits) {
            if (type.isInstance(hit.value())) {
                out.add((Hit<T>) hit);
            }
        }
        return out;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects phrases; not thread-safe. */
    static final class Builder<T> {
        private final int[] rootNext = new int[Character.MAX_VALUE + 1];
        private final LongIntMap next = new LongIntMap();
        private final java.util.Map<Integer, List<int[]>> children = new java.util.HashMap<>();
        private int[] firstPattern = new int[64];
        private int stateCount = 1;
        private final java.util.TreeSet<Character> alphabet = new java.util.TreeSet<>();
        private final List<Integer> suffixes = new ArrayList<>();
        private final List<String> exact = new ArrayList<>();
        private final List<Boolean> capitals = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<Integer> nextPattern = new ArrayList<>();
        private final List<T> values = new ArrayList<>();
        private int tableBudget = TABLE_BUDGET;

        Builder() {
            Arrays.fill(firstPattern, -1);
        }

        /** Adds a phrase in data-file notation ({@code ~inflectable}, {@code stem*}, {@code =exact}, {@code ^Capitals}). */
        Builder<T> add(String notation, T value) {
            String marked = notation.strip();
            String phrase = plain(marked);
            String marks = marked.substring(0, Math.max(0, marked.indexOf(phrase)));
            boolean keepCapitals = marks.contains("^");
            boolean exactMatch = marks.contains("=");
            int suffix = marked.endsWith("*") ? STEM : marks.contains("~") ? MAX_SUFFIX : 0;
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase in '" + notation + "'");
            }
            int state = 0;
            for (char c : TextFolding.fold(phrase)) {
                state = childOf(state, c);
                alphabet.add(c);
            }
            int pattern = values.size();
            suffixes.add(suffix);
            exact.add(exactMatch ? phrase.toLowerCase(java.util.Locale.ROOT) : null);
            capitals.add(keepCapitals);
            phrases.add(phrase);
            values.add(value);
            nextPattern.add(firstPattern[state]);
            firstPattern[state] = pattern;
            return this;
        }

        private int childOf(int state, char c) {
            int existing = state == 0 ? (rootNext[c] > 0 ? rootNext[c] : -1) : next.get(((long) state << 16) | c);
            if (existing >= 0) {
                return existing;
            }
            int created = stateCount++;
            if (created >= firstPattern.length) {
                int old = firstPattern.length;
                firstPattern = Arrays.copyOf(firstPattern, old * 2);
                Arrays.fill(firstPattern, old, firstPattern.length, -1);
            }
            if (state == 0) {
                rootNext[c] = created;
            } else {
                next.put(((long) state << 16) | c, created);
            }
            children.computeIfAbsent(state, k -> new ArrayList<>()).add(new int[] {c, created});
            return created;
        }

        Builder<T> addAll(List<? extends Phrase<? extends T>> phrases) {
            for (Phrase<? extends T> p : phrases) {
                add(p.notation(), p.value());
            }
            return this;
        }

        /** At most this many ints in the DFA table (the root's row is always there); deeper states use hash lookups. */
        Builder<T> tableBudget(int ints) {
            this.tableBudget = ints;
            return this;
        }

        PhraseMatcher<T> build() {
            return new PhraseMatcher<>(this);
        }
    }

    /**
     * Open-addressing map from a transition key ({@code state << 16 | char}) to a state, -1 when absent. Key and
     * value share one long (key in the high 40 bits, state in the low 24), so a lookup touches one cache line.
     * Read-only after building.
     */
    static final class LongIntMap {
        private static final int VALUE_BITS = 24;
        private static final long VALUE_MASK = (1L << VALUE_BITS) - 1;
        private long[] table = new long[1024];
        private int size;

        int get(long key) {
            long[] t = table;
            int mask = t.length - 1;
            int i = mix(key) & mask;
            long e;
            while ((e = t[i]) != 0) {
                if (e >>> VALUE_BITS == key) {
                    return (int) (e & VALUE_MASK);
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        void put(long key, int value) {
            if (value > VALUE_MASK || key >>> (64 - VALUE_BITS) != 0) {
                throw new IllegalStateException("phrase automaton too large: more than " + VALUE_MASK + " states");
            }
            if (size * 2 >= table.length) {
                grow();
            }
            insert(table, key << VALUE_BITS | value);
            size++;
        }

        private static void insert(long[] t, long entry) {
            int mask = t.length - 1;
            int i = mix(entry >>> VALUE_BITS) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = entry;
        }

        private void grow() {
            long[] bigger = new long[table.length * 2];
            for (long e : table) {
                if (e != 0) {
                    insert(bigger, e);
                }
            }
            table = bigger;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32);
        }
    }
}
