package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Makes one person of the spellings of one name in an article: the same name without its title ("Le Thi Thu Hang
 * said"), in the other script ("Phó Thủ tướng Trần Lưu Quang" and "Чан Лыу Куанг"; "Ceyhun Bayramov" and "Джейхун
 * Байрамов") or with a Russian case ending ("Чан Лыу Куанга"). A person found by title in Cyrillic takes the Latin
 * spelling of the article as canonical name, or the gazetteer person of that name. Stateless and thread-safe.
 */
final class SamePersons {
    private SamePersons() {}

    /** Letters a Russian case ending may add to the last word of a name. */
    private static final int CASE_ENDING = 2;

    /** One person: the entry it had first (a gazetteer entry, or a titled one), its spellings and its hits. */
    private static final class Person {
        final Entry first;
        final boolean known;
        /** Distinct: a name repeated a thousand times is compared once. */
        final Set<String> spellings = new LinkedHashSet<>();
        /** The spellings as compared: script and folding worked out once each. */
        final List<Name> names = new ArrayList<>();
        final List<Hit<Entry>> hits = new ArrayList<>();

        Person(Entry first, boolean known) {
            this.first = first;
            this.known = known;
        }

        boolean spelledAs(Name name) {
            for (Name n : names) {
                if (sameName(n, name) || sameName(name, n)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A quick test before {@link #spelledAs}: a name in the same script as one of ours must begin with the same
         * letter to be it; one in the other script has to be compared in full.
         */
        boolean mayBe(char foldedFirst, boolean cyrillic) {
            for (Name n : names) {
                if (n.cyrillic() != cyrillic || !n.folded().isEmpty() && n.folded().charAt(0) == foldedFirst) {
                    return true;
                }
            }
            return false;
        }

        void add(String spelling) {
            if (spellings.add(spelling)) {
                names.add(new Name(spelling));
            }
        }

        /**
         * A gazetteer person stays as it is; a titled one is the gazetteer person of its country whose name sounds the
         * same ("Aleksandr Lukaşenko"), else is named by its first Latin spelling, with a country if any has one.
         */
        Entry entry(Gazetteer gazetteer) {
            if (known) {
                return first;
            }
            String firstSpelling = spellings.iterator().next();
            String latinSpelling = firstSpelling;
            for (Name n : names) { // the spellings, in their order, with their script
                if (!n.cyrillic()) {
                    latinSpelling = n.text();
                    break;
                }
            }
            // the name as its title found it, out of any case it was in ("Binali Yıldırımla"), unless a Latin
            // spelling is there for one found in Cyrillic
            String name = latinSpelling.equals(firstSpelling) ? first.name() : Transcription.latin(latinSpelling);
            String country = null;
            for (Hit<Entry> h : hits) {
                if (h.value().country() != null) {
                    country = h.value().country();
                    break;
                }
            }
            // as named, and as written: a case ending taken off ("Cinpin" is not "Cinp" + "-in") may be the name's own
            Entry sounding = gazetteer.personSoundingLike(name, country);
            for (java.util.Iterator<String> it = spellings.iterator(); sounding == null && it.hasNext(); ) {
                String spelling = it.next();
                sounding = spelling.equals(name) ? null : gazetteer.personSoundingLike(spelling, country);
            }
            if (sounding != null) {
                return sounding;
            }
            return new Entry(Kind.PERSON, "person:" + Transcription.slug(name), name, country);
        }
    }

    /**
     * The known hits plus the titled people, each person under one entry, plus every other mention of their names.
     *
     * @param covered the text already claimed by a hit, updated as mentions are added
     */
    static List<Hit<Entry>> link(String text, List<Hit<Entry>> known, List<Hit<Entry>> titled, boolean[] covered,
                                 Gazetteer gazetteer) {
        List<Hit<Entry>> out = new ArrayList<>();
        Map<Entry, Person> knownPersons = new LinkedHashMap<>();
        for (Hit<Entry> hit : known) {
            if (hit.value().kind() == Kind.PERSON) {
                Person p = knownPersons.computeIfAbsent(hit.value(), e -> new Person(e, true));
                p.add(surface(text, hit));
                p.hits.add(hit);
            } else {
                out.add(hit);
            }
        }
        List<Person> persons = new ArrayList<>(knownPersons.values());
        for (Hit<Entry> t : titled) {
            String spelling = surface(text, t);
            Name name = new Name(spelling);
            Person person = persons.stream().filter(p -> p.spelledAs(name)).findFirst().orElse(null);
            if (person == null) {
                person = new Person(t.value(), false);
                persons.add(person);
            }
            person.add(spelling);
            person.hits.add(t);
        }
        // the capitalised words, found once: every titled person is looked for among their runs
        CapitalisedWords words = new CapitalisedWords(text, covered);
        for (Person person : persons.subList(knownPersons.size(), persons.size())) {
            int length = person.spellings.iterator().next().split(" ").length;
            for (int first = 0; first < words.count(); first++) {
                // in a text without Cyrillic words every run is Latin: the quick test, which most words fail, first
                if (!words.anyCyrillic() && !person.mayBe(TextFolding.fold(text.charAt(words.start(first))), false)) {
                    continue;
                }
                int end = words.windowEnd(first, length);
                if (end < 0 || !isFree(covered, words.start(first), end) 
                        || !person.mayBe(TextFolding.fold(text.charAt(words.start(first))), words.cyrillic(first, length))) {
                    continue;
                }
                Name name = new Name(text.substring(words.start(first), end));
                if (!person.spelledAs(name)) {
                    continue;
                }
                person.add(name.text());
                person.hits.add(new Hit<>(words.start(first), end, end - words.start(first), person.first));
                Arrays.fill(covered, words.start(first), end, true);
            }
        }
        // a Vietnamese name's last word is a given name, and a common word too ("Chính", "Hùng"): news uses it alone
        // only after an honorific, so a known Vietnamese is not looked for by it
        linkSurnames(text, persons.stream().filter(p -> !(p.known && "VN".equals(p.first.country()))).toList(), words,
                covered);
        for (Person person : persons) {
            Entry entry = person.entry(gazetteer);
            for (Hit<Entry> hit : person.hits) {
                out.add(new Hit<>(hit.start(), hit.end(), hit.matched(), entry));
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    /**
     * "General Wei Fenghe … Fenghe arrived in India", "Om Birla … Birla will head to Cambodia": a person named again by
     * the last word of their name alone.
     * A last word that two people of the article share names neither; one of three letters or fewer is too likely
     * another word.
     */
    private static void linkSurnames(String text, List<Person> titled, CapitalisedWords words, boolean[] covered) {
        Map<String, Person> bySurname = new LinkedHashMap<>();
        for (Person person : titled) {
            String first = person.spellings.iterator().next();
            int space = first.lastIndexOf(' ');
            String surname = TextFolding.foldToString(first.substring(space + 1));
            if (space < 0 || surname.length() < 3) {
                continue; // of three letters only after an honorific: see below
            }
            bySurname.merge(surname, person, (a, b) -> a == b ? a : null);
        }
        bySurname.values().removeIf(java.util.Objects::isNull);
        if (bySurname.isEmpty()) {
            return;
        }
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String surname : bySurname.keySet()) {
            shortest = Math.min(shortest, surname.length());
            longest = Math.max(longest, surname.length() + CASE_ENDING);
        }
        for (int w = 0; w < words.count(); w++) {
            int start = words.start(w);
            int end = words.windowEnd(w, 1);
            if (end - start < shortest || end - start > longest || !isFree(covered, start, end)) {
                continue;
            }
            boolean afterHonorific = afterHonorific(text, start);
            if (!afterHonorific && insideAnotherName(text, end, covered)) {
                continue; // "Jomo Kenyatta International Airport" names no Kenyatta of the article
            }
            String folded = TextFolding.foldToString(text.substring(start, end));
            for (Map.Entry<String, Person> e : bySurname.entrySet()) {
                // "Mrs May", "Mr Key": a surname of three letters is too likely another word without one
                if ((e.getKey().length() >= 4 || afterHonorific && folded.equals(e.getKey()))
                        && withCaseEnding(e.getKey(), folded)) {
                    e.getValue().hits.add(new Hit<>(start, end, end - start, e.getValue().first));
                    Arrays.fill(covered, start, end, true);
                    break;
                }
            }
        }
    }

    /**
     * Whether a capitalised word follows, so that the word begins or is inside the name of something else ("Jomo
     * Kenyatta International Airport"); the word before may be the person's own first name, with a case ending the
     * gazetteer lacks ("Sergey Lavrovun").
     */
    private static boolean insideAnotherName(String text, int end, boolean[] covered) {
        // a capitalised word that is itself a known name ("Lavrovun Azərbaycana") is no part of this one
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && !covered[end + 1];
    }

    /** Whether the word before {@code start}, one space away, is an honorific. */
    private static boolean afterHonorific(String text, int start) {
        int end = start - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return false;
        }
        int begin = text.lastIndexOf(' ', end - 1) + 1;
        return Gazetteer.HONORIFICS.contains(text.substring(begin, end));
    }

    /** A spelling with its script and folded form, worked out once: names are compared many times over. */
    record Name(String text, boolean cyrillic, String folded) {
        Name(String text) {
            this(text, Transcription.isCyrillic(text), TextFolding.foldToString(text));
        }
    }

    /** Whether {@code name} as found by its title is the same name as {@code other}, in its script or the other. */
    static boolean sameName(String name, String other) {
        return sameName(new Name(name), new Name(other));
    }

    private static boolean sameName(Name name, Name other) {
        if (name.cyrillic() == other.cyrillic()) {
            return withCaseEnding(name.folded(), other.folded());
        }
        String latin = name.cyrillic() ? other.text() : name.text();
        Name cyrillic = name.cyrillic() ? name : other;
        String foldedCyrillic = loose(cyrillic.folded());
        for (String russian : Transcription.russianForVietnamese(latin)) {
            if (withCaseEnding(loose(TextFolding.foldToString(russian)), foldedCyrillic)) {
                return true;
            }
        }
        String skeleton = Transcription.skeleton(latin);
        return !skeleton.isEmpty() && skeleton.equals(Transcription.skeleton(cyrillic.text()));
    }

    /**
     * Russian vowels that a Latin spelling without diacritics cannot tell apart made one, repeats collapsed:
     * "Tran Luu Quang" transcribes as "Чан Лууу Куанг", the press writes "Чан Лыу Куанг" (ư).
     */
    private static String loose(String russian) {
        StringBuilder out = new StringBuilder(russian.length());
        for (int i = 0; i < russian.length(); i++) {
            char c = switch (russian.charAt(i)) {
                case 'ы' -> 'у';
                case 'э' -> 'е';
                default -> russian.charAt(i);
            };
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code written} is {@code name} or {@code name} with a short case ending. */
    private static boolean withCaseEnding(String name, String written) {
        return written.startsWith(name) && written.length() - name.length() <= CASE_ENDING
                && written.substring(name.length()).chars().allMatch(Character::isLetter);
    }

    /**
     * The words of a text that start with a capital and were not claimed when it was read, each a run of letters and
     * hyphens, by position ("Jean-Pierre" is one and "Pierre" another).
     */
    private static final class CapitalisedWords {
        private final String text;
        private int[] starts;
        private int[] ends;
        private boolean[] cyrillic;
        private int count;
        private boolean anyCyrillicWord;

        CapitalisedWords(String text, boolean[] covered) {
            this.text = text;
            int n = text.length();
            // room for a capitalised word every 16 chars, about what news has: rarely grown
            int room = Math.max(16, n / 16);
            starts = new int[room];
            ends = new int[room];
            cyrillic = new boolean[room];
            for (int i = 0; ; i++) {
                // a tight loop to the next capital first: most chars are none, and this way the scan runs at over
                // twice the speed of one loop testing everything at each char
                while (i < n && !TextFolding.isCapital(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (covered[i] || i > 0 && TextFolding.isWordChar(text.charAt(i - 1))) {
                    continue;
                }
                int w = i;
                boolean anyCyrillic = false;
                for (char c; w < n && (TextFolding.isLetter(c = text.charAt(w)) || c == '-'); w++) {
                    anyCyrillic |= Transcription.isCyrillic(c);
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    cyrillic = Arrays.copyOf(cyrillic, count * 2);
                }
                starts[count] = i;
                ends[count] = w;
                cyrillic[count] = anyCyrillic;
                anyCyrillicWord |= anyCyrillic;
                count++;
            }
        }

        int count() {
            return count;
        }

        /** Whether any of the words has a Cyrillic letter. */
        boolean anyCyrillic() {
            return anyCyrillicWord;
        }

        int start(int word) {
            return starts[word];
        }

        /** Where the run of {@code length} words from {@code first}, one space apart, ends; -1 if there is none. */
        int windowEnd(int first, int length) {
            int last = lastWord(first, length);
            return last < 0 ? -1 : ends[last];
        }

        /** The last of {@code length} words from {@code first}, each one space after the one before; -1 if none. */
        private int lastWord(int first, int length) {
            int word = first;
            for (int k = 1; k < length; k++) {
                int next = ends[word] + 1;
                if (next >= text.length() || text.charAt(next - 1) != ' ') {
                    return -1;
                }
                // words are by start; one inside the word before ("Pierre" of "Jean-Pierre") may come between
                int w = word + 1;
                while (w < count && starts[w] < next) {
                    w++;
                }
                if (w == count || starts[w] != next) {
                    return -1;
                }
                word = w;
            }
            return word;
        }

        /** Whether any of the {@code length} words from {@code first} (a run {@link #windowEnd} found) has a Cyrillic letter. */
        boolean cyrillic(int first, int length) {
            int last = lastWord(first, length);
            for (int w = first; w <= last; w++) {
                if (cyrillic[w]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** No part of {@code [start, end)} claimed since the words were found. */
    private static boolean isFree(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static String surface(String text, Hit<Entry> hit) {
        return text.substring(hit.start(), hit.end());
    }
}
