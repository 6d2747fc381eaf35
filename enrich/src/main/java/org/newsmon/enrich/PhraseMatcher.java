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
    private static final int STEM = 0xFFFF;
    private static final int SUFFIX_MASK = 0xFFFF;
    private static final int EXACT = 1 << 16;     // =phrase
    private static final int ACRONYM = 1 << 17;   // "NAM" must not match Vietnamese "năm"
    private static final int CAPITALS = 1 << 18;  // ^phrase

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
     * The trie as a double array, {@value #STRIDE} ints per slot: the slot of the state's parent ({@link #FREE} for
     * an unused slot), the state's base, and its first pattern (-1 if none). The child of the state in slot
     * {@code s} on char class {@code c} is in slot {@code base(s) + c} if that slot's parent is {@code s}. The root is
     * slot 0. Packed this way the whole trie is a few MB, so a walk mostly reads from cache.
     */
    private final int[] trie;
    /**
     * Per pattern, side by side so that one read brings both: its rule (the letters its last word may go on for, and
     * the {@link #EXACT}, {@link #ACRONYM} and {@link #CAPITALS} flags), and the next pattern ending at the same state.
     */
    private final int[] patterns;
    private final String[] exactText;       // lower-cased phrase for =phrases, else null
    private final String[] caseText;
    private final T[] values;

    private static final int STRIDE = 3;
    private static final int PARENT = 0;
    private static final int BASE = 1;
    private static final int PATTERN = 2;
    private static final int FREE = -1;
    private static final int ROOT_PARENT = -2;

    private PhraseMatcher(Builder<T> b) {
        this.exactText = b.exact.toArray(new String[0]);
        this.caseText = b.phrases.toArray(new String[0]);
        this.patterns = new int[2 * caseText.length];
        for (int i = 0; i < caseText.length; i++) {
            patterns[2 * i] = b.suffixes.get(i) | (exactText[i] != null ? EXACT : 0)
                    | (isAcronym(caseText[i]) ? ACRONYM : 0) | (b.capitals.get(i) ? CAPITALS : 0);
            patterns[2 * i + 1] = b.nextPattern.get(i);
        }
        @SuppressWarnings("unchecked")
        T[] vals = (T[]) b.values.toArray();
        this.values = vals;
        this.charClass = new char[Character.MAX_VALUE + 1];
        char classes = 0;
        for (char c : b.alphabet) {
            charClass[c] = ++classes;
        }
        this.trie = pack(b);
    }

    /**
     * Lays the builder's trie out as a double array, breadth first: each state gets the lowest base at which the
     * slots of all its children are free.
     */
    private int[] pack(Builder<T> b) {
        int[] slotOf = new int[b.stateCount];
        int[] trie = new int[STRIDE * Math.max(16, b.stateCount * 2)];
        for (int i = 0; i < trie.length; i += STRIDE) {
            trie[i + PARENT] = FREE;
        }
        trie[PARENT] = ROOT_PARENT;
        trie[PATTERN] = b.firstPattern[0];
        int firstFree = 1;
        int[] queue = new int[b.stateCount];
        int tail = 1; // the root, state 0, first
        for (int head = 0; head < tail; head++) {
            int state = queue[head];
            int slot = slotOf[state];
            List<int[]> children = b.children.get(state);
            if (children == null) {
                continue;
            }
            int[] classes = new int[children.size()];
            for (int k = 0; k < classes.length; k++) {
                classes[k] = charClass[children.get(k)[0]];
            }
            while (firstFree < trie.length / STRIDE && trie[firstFree * STRIDE + PARENT] != FREE) {
                firstFree++;
            }
            int smallest = Arrays.stream(classes).min().orElseThrow();
            int base = Math.max(0, firstFree - smallest);
            while (!fits(trie, base, classes)) {
                base++;
            }
            int needed = STRIDE * (base + Arrays.stream(classes).max().orElseThrow() + 1);
            if (needed > trie.length) {
                int old = trie.length;
                trie = Arrays.copyOf(trie, Math.max(needed, old * 2));
                for (int i = old; i < trie.length; i += STRIDE) {
                    trie[i + PARENT] = FREE;
                }
            }
            trie[slot * STRIDE + BASE] = base;
            for (int k = 0; k < classes.length; k++) {
                int child = children.get(k)[1];
                int childSlot = base + classes[k];
                slotOf[child] = childSlot;
                trie[childSlot * STRIDE + PARENT] = slot;
                trie[childSlot * STRIDE + PATTERN] = b.firstPattern[child];
                queue[tail++] = child;
            }
        }
        int used = trie.length / STRIDE;
        while (used > 1 && trie[(used - 1) * STRIDE + PARENT] == FREE) {
            used--;
        }
        // room after the last base for every class, so a walk needs no bounds test of its own
        int maxBase = 0;
        for (int k = 0; k < used; k++) {
            maxBase = Math.max(maxBase, trie[k * STRIDE + BASE]);
        }
        int length = Math.max(used, maxBase + b.alphabet.size() + 1);
        int[] out = Arrays.copyOf(trie, length * STRIDE);
        for (int k = used; k < length; k++) {
            out[k * STRIDE + PARENT] = FREE;
        }
        return out;
    }

    private static boolean fits(int[] trie, int base, int[] classes) {
        for (int c : classes) {
            int at = (base + c) * STRIDE;
            if (at < trie.length && trie[at + PARENT] != FREE) {
                return false;
            }
        }
        return true;
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
        // news text has a hit every 30-odd chars: room for that many from the start, not grown step by step
        List<Hit<T>> hits = new ArrayList<>(folded.length / 32 + 4);
        int[] trie = this.trie;
        char[] charClass = this.charClass;
        int n = folded.length;
        // the walk only notes where it passed a state with patterns, (offset, first pattern) pairs; they are
        // checked after it: a walk loop this small runs faster than one that makes hits as it goes
        int[] found = new int[32];
        int next;
        for (int i = 0; i < n; i = next) {
            next = nextStart(folded, i);
            int slot = 0;
            int count = 0;
            for (int j = i; j < n; j++) {
                int child = trie[slot * STRIDE + BASE] + charClass[folded[j]];
                if (trie[child * STRIDE + PARENT] != slot) { // class 0, no phrase has that char, is no one's child
                    break;
                }
                slot = child;
                int pattern = trie[slot * STRIDE + PATTERN];
                if (pattern >= 0) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count] = j;
                    found[count + 1] = pattern;
                    count += 2;
                }
            }
            if (count > 0) {
                addHits(text, folded, i, next, found, count, hits);
            }
        }
        for (int k = 1; k < hits.size(); k++) {
            if (matchEnd(hits.get(k - 1)) > matchEnd(hits.get(k))) {
                // walks go by start; hits are promised by end, then start
                hits.sort(BY_END_THEN_START);
                break;
            }
        }
        return hits;
    }

    private static int matchEnd(Hit<?> hit) {
        return hit.start() + hit.matched();
    }

    /**
     * The hits of one walk from {@code start}: {@code found} holds {@code count / 2} (offset of the last char,
     * first pattern) pairs, in walk order; {@code wordEnd} is where the word at {@code start} ends.
     */
    private void addHits(String text, char[] folded, int start, int wordEnd, int[] found, int count, List<Hit<T>> hits) {
        int n = folded.length;
        for (int k = 0; k < count; k += 2) {
            int j = found[k];
            // Every pattern of a state spells the same folded phrase, from start to j: where its word ends is
            // found once for all of them, and once for all the states of a walk in the same word.
            int end = j + 1;
            if (!TextFolding.isWordChar(folded[j])) {
                wordEnd = end;
            } else if (j >= wordEnd) { // in a later word of the phrase
                wordEnd = end;
                while (wordEnd < n && TextFolding.isWordChar(folded[wordEnd])) {
                    wordEnd++;
                }
            }
            for (int p = found[k + 1]; p >= 0; p = patterns[2 * p + 1]) {
                accept(p, start, end, wordEnd, text, hits);
            }
        }
    }

    /** Where the next walk starts after one from {@code i}: the next word, or the next char if {@code i} is in none. */
    private static int nextStart(char[] folded, int i) {
        if (!TextFolding.isWordChar(folded[i])) {
            return i + 1;
        }
        int k = i + 1;
        while (k < folded.length && TextFolding.isWordChar(folded[k])) {
            k++;
        }
        return k;
    }

    private static final Comparator<Hit<?>> BY_END_THEN_START = (a, b) -> {
        int endA = a.start() + a.matched();
        int endB = b.start() + b.matched();
        return endA != endB ? Integer.compare(endA, endB) : Integer.compare(a.start(), b.start());
    };

    /** Adds the hit of {@code pattern} on {@code [start, end)} unless its suffix, exact spelling or case rules it out. */
    private void accept(int pattern, int start, int end, int wordEnd, String text, List<Hit<T>> hits) {
        int rule = patterns[2 * pattern];
        if (wordEnd - end > (rule & SUFFIX_MASK)) {
            return;
        }
        if ((rule & EXACT) != 0 && !text.regionMatches(true, start, exactText[pattern], 0, end - start)) {
            return;
        }
        if ((rule & ACRONYM) != 0 && !text.regionMatches(start, caseText[pattern], 0, end - start)) {
            return;
        }
        if ((rule & CAPITALS) != 0 && !capitalsMatch(caseText[pattern], text, start)) {
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
     * for an =phrase its spelling in lower case ("Ba Lan" and "=Ba Lan" differ, "Nga" and "^Nga" do not), for an acronym
     * its capitals ("ГУАМ" and "Гуам" differ).
     */
    static String key(String notation) {
        String phrase = plain(notation);
        if (isAcronym(phrase)) {
            return "#" + phrase; // matched in capitals only: "ГУАМ" is another phrase than "Гуам"
        }
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
        List<Hit<T>> sorted = hits;
        if (!inOrder(hits, LEFTMOST_LONGEST)) { // often they are: the sort is stable, so it would change nothing
            sorted = new ArrayList<>(hits);
            sorted.sort(LEFTMOST_LONGEST);
        }
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

    private static boolean inOrder(List<? extends Hit<?>> hits, Comparator<Hit<?>> order) {
        for (int k = 1; k < hits.size(); k++) {
            if (order.compare(hits.get(k - 1), hits.get(k)) > 0) {
                return false;
            }
        }
        return true;
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
