package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds many phrases in a text in one pass: an Aho–Corasick automaton over {@link TextFolding folded} text, so case
 * and diacritics do not matter. A phrase matches whole words only, with three options written in front of or
 * behind it in the data files:
 * <ul>
 *   <li>{@code ~phrase}: inflectable, the last word may carry up to {@value #MAX_SUFFIX} more letters of a
 *       Russian or Azerbaijani case ending ("Bakı" matches "Bakıya", "Вьетнам" matches "Вьетнама");</li>
 *   <li>{@code phrase*}: a stem, the last word may go on with any letters ("нефтегаз*");</li>
 *   <li>{@code =phrase}: diacritics must match too, case aside (Vietnamese "ký" sign, not "kỳ" session).</li>
 * </ul>
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

    private final int[] rootNext;          // transitions of the root, by char: the hot path
    private final char[] charClass;        // per char, 1 + its index in the phrases' alphabet; 0 = in no phrase
    /**
     * The automaton as a DFA table: one row per state (all, or the shallowest), {@link #width} ints: the next
     * position by char class (failures already followed), then the state's first output (-1 if none). A position is
     * a row's offset in the table, or {@code ~state} for a state without a row.
     */
    private final int[] table;
    private final int width;
    private final int[] position;           // per state, its position
    private final LongIntMap next;          // other transitions, key (state << 16 | char)
    private final int[] fail;
    private final int[] firstPattern;       // per state, first pattern ending here, -1 if none
    private final int[] outputLink;         // per state, nearest state on the fail chain with patterns, -1 if none
    private final int[] firstOutput;        // per state, itself if patterns end here, else its outputLink
    private final int[] nextPattern;        // per pattern, the next pattern ending at the same state
    private final int[] patternLength;
    private final int[] maxSuffix;
    private final String[] exactText;       // lower-cased phrase for =phrases, else null
    private final boolean[] caseSensitive;  // acronyms: "NAM" must not match Vietnamese "năm"
    private final String[] caseText;
    private final T[] values;

    private PhraseMatcher(Builder<T> b) {
        int states = b.stateCount;
        this.rootNext = b.rootNext;
        this.next = b.next;
        this.firstPattern = Arrays.copyOf(b.firstPattern, states);
        this.patternLength = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        this.maxSuffix = b.suffixes.stream().mapToInt(Integer::intValue).toArray();
        this.exactText = b.exact.toArray(new String[0]);
        this.caseText = b.phrases.toArray(new String[0]);
        this.caseSensitive = new boolean[caseText.length];
        for (int i = 0; i < caseText.length; i++) {
            caseSensitive[i] = isAcronym(caseText[i]);
        }
        this.nextPattern = b.nextPattern.stream().mapToInt(Integer::intValue).toArray();
        @SuppressWarnings("unchecked")
        T[] vals = (T[]) b.values.toArray();
        this.values = vals;
        this.fail = new int[states];
        this.outputLink = new int[states];
        buildFailureLinks(b);
        this.charClass = new char[Character.MAX_VALUE + 1];
        char classes = 0;
        for (char c : b.alphabet) {
            charClass[c] = ++classes;
        }
        this.firstOutput = new int[states];
        for (int s = 0; s < states; s++) {
            firstOutput[s] = firstPattern[s] >= 0 ? s : outputLink[s];
        }
        this.width = classes + 2;
        this.position = new int[states];
        this.table = buildTable(b, classes);
    }

    /** At most this many ints in the DFA table by default: the bundled data needs under a million. */
    static final int TABLE_BUDGET = 4 << 20;

    /**
     * Each state gets a full row of transitions (a DFA row, failures already followed) indexed by char class, so a
     * char costs one array read instead of hash lookups along the failure chain. Rows are laid out breadth-first:
     * the shallow states, where most text is read, share cache lines, and a state's failure target (shallower) has
     * its row first. Past the budget ({@link #TABLE_BUDGET} unless the builder says otherwise) the deeper, rarely reached states keep the hash lookup.
     */
    private int[] buildTable(Builder<T> b, int classes) {
        int[] order = breadthFirstOrder(b);
        int rowsKept = Math.max(1, (int) Math.min(order.length, b.tableBudget / width));
        int[][] targets = new int[b.stateCount][]; // next state ids, by class; class 0 (in no phrase) leads to the root
        for (int k = 0; k < rowsKept; k++) {
            int state = order[k];
            int[] row = new int[classes + 1];
            int[] failRow = state == 0 ? null : targets[fail[state]];
            for (char a : b.alphabet) {
                int g = step(state, a);
                row[charClass[a]] = g >= 0 ? g : state == 0 ? 0 : failRow[charClass[a]];
            }
            targets[state] = row;
        }
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
            int[] row = targets[order[k]];
            for (int cls = 0; cls <= classes; cls++) {
                out[k * width + cls] = position[row[cls]];
            }
            out[k * width + classes + 1] = firstOutput[order[k]];
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

    private void buildFailureLinks(Builder<T> b) {
        // breadth-first over the trie; children are recorded per state in the builder
        int[] queue = new int[b.stateCount];
        int head = 0;
        int tail = 0;
        Arrays.fill(outputLink, -1);
        for (int c = 0; c < rootNext.length; c++) {
            int s = rootNext[c];
            if (s > 0) {
                fail[s] = 0;
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int state = queue[head++];
            List<int[]> children = b.children.get(state);
            if (children == null) {
                continue;
            }
            for (int[] child : children) {
                char c = (char) child[0];
                int target = child[1];
                int f = fail[state];
                int candidate;
                while ((candidate = step(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                if (candidate < 0 || candidate == target) {
                    candidate = 0;
                }
                fail[target] = candidate;
                outputLink[target] = firstPattern[candidate] >= 0 ? candidate : outputLink[candidate];
                queue[tail++] = target;
            }
        }
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

    private int step(int state, char c) {
        return state == 0 ? (rootNext[c] > 0 ? rootNext[c] : -1) : next.get(((long) state << 16) | c);
    }

    /** Every match in {@code text}, overlapping ones included, in order of their end. */
    List<Hit<T>> findAll(String text) {
        return findAll(text, TextFolding.fold(text));
    }

    /** As {@link #findAll(String)} on text already folded (same length as {@code text}). */
    List<Hit<T>> findAll(String text, char[] folded) {
        List<Hit<T>> hits = new ArrayList<>();
        int[] table = this.table;
        char[] charClass = this.charClass;
        int outputSlot = width - 1;
        int at = position[0];
        for (int i = 0; i < folded.length; i++) {
            char c = folded[i];
            int cls = charClass[c];
            int out;
            if (at >= 0) {
                at = table[at + cls];
            } else {
                at = slowStep(~at, c, cls);
            }
            out = at >= 0 ? table[at + outputSlot] : firstOutput[~at];
            while (out >= 0) {
                for (int p = firstPattern[out]; p >= 0; p = nextPattern[p]) {
                    accept(p, i + 1, text, folded, hits);
                }
                out = outputLink[out];
            }
        }
        return hits;
    }

    /** The position after {@code c} from a state without a row: hash lookups along the failure chain. */
    private int slowStep(int state, char c, int cls) {
        if (cls == 0) {
            return position[0]; // a char of no phrase ends every partial match
        }
        while (true) {
            int at = position[state];
            if (at >= 0) {
                return table[at + cls];
            }
            int s = next.get(((long) state << 16) | c);
            if (s >= 0) {
                return position[s];
            }
            state = fail[state];
        }
    }

    private void accept(int pattern, int end, String text, char[] folded, List<Hit<T>> hits) {
        int start = end - patternLength[pattern];
        if (start > 0 && TextFolding.isWordChar(folded[start - 1]) && TextFolding.isWordChar(folded[start])) {
            return;
        }
        int wordEnd = end;
        if (end < folded.length && TextFolding.isWordChar(folded[end - 1])) {
            while (wordEnd < folded.length && TextFolding.isWordChar(folded[wordEnd])) {
                wordEnd++;
            }
        }
        if (wordEnd - end > maxSuffix[pattern]) {
            return;
        }
        if (exactText[pattern] != null && !text.regionMatches(true, start, exactText[pattern], 0, end - start)) {
            return;
        }
        if (caseSensitive[pattern] && !text.regionMatches(start, caseText[pattern], 0, end - start)) {
            return;
        }
        hits.add(new Hit<>(start, wordEnd, end - start, values[pattern]));
    }

    /** Leftmost-longest selection: of overlapping hits keep the one starting first, then the longest. */
    static <T> List<Hit<T>> longestNonOverlapping(List<Hit<T>> hits) {
        List<Hit<T>> sorted = new ArrayList<>(hits);
        // on equal spans the longer phrase wins over the shorter one with a case ending ("вьетнамск*" over "~Вьетнам")
        sorted.sort(Comparator.<Hit<T>>comparingInt(Hit::start)
                .thenComparing(Comparator.comparingInt(Hit<T>::length).reversed())
                .thenComparing(Comparator.comparingInt(Hit<T>::matched).reversed()));
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
        private final List<Integer> lengths = new ArrayList<>();
        private final List<Integer> suffixes = new ArrayList<>();
        private final List<String> exact = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<Integer> nextPattern = new ArrayList<>();
        private final List<T> values = new ArrayList<>();
        private int tableBudget = TABLE_BUDGET;

        Builder() {
            Arrays.fill(firstPattern, -1);
        }

        /** Adds a phrase in data-file notation ({@code ~inflectable}, {@code stem*}, {@code =exact}). */
        Builder<T> add(String notation, T value) {
            String phrase = notation.strip();
            int suffix = 0;
            boolean exactMatch = false;
            if (phrase.startsWith("=")) {
                exactMatch = true;
                phrase = phrase.substring(1);
            }
            if (phrase.startsWith("~")) {
                suffix = MAX_SUFFIX;
                phrase = phrase.substring(1);
            }
            if (phrase.endsWith("*")) {
                suffix = STEM;
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            phrase = phrase.strip();
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase in '" + notation + "'");
            }
            int state = 0;
            for (char c : TextFolding.fold(phrase)) {
                state = childOf(state, c);
                alphabet.add(c);
            }
            int pattern = values.size();
            lengths.add(phrase.length());
            suffixes.add(suffix);
            exact.add(exactMatch ? phrase.toLowerCase(java.util.Locale.ROOT) : null);
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
