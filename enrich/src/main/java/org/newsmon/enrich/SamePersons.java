package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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

        void add(String spelling) {
            if (spellings.add(spelling)) {
                names.add(new Name(spelling));
            }
        }

        /** A gazetteer person stays as it is; a titled one is named by its first Latin spelling, with a country if any has one. */
        Entry entry() {
            if (known) {
                return first;
            }
            String latinSpelling = spellings.stream().filter(s -> !Transcription.isCyrillic(s)).findFirst().orElse(spellings.iterator().next());
            String name = Transcription.latin(latinSpelling);
            String country = hits.stream().map(h -> h.value().country()).filter(c -> c != null).findFirst().orElse(null);
            return new Entry(Kind.PERSON, "person:" + Transcription.slug(name), name, country);
        }
    }

    /**
     * The known hits plus the titled people, each person under one entry, plus every other mention of their names.
     *
     * @param covered the text already claimed by a hit, updated as mentions are added
     */
    static List<Hit<Entry>> link(String text, List<Hit<Entry>> known, List<Hit<Entry>> titled, boolean[] covered) {
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
        // the runs of capitalised words, found once per length: every titled person is looked for among them
        Map<Integer, List<int[]>> windowsByWords = new HashMap<>();
        Map<Integer, List<Name>> namesByWords = new HashMap<>();
        for (Person person : persons.subList(knownPersons.size(), persons.size())) {
            int words = person.spellings.iterator().next().split(" ").length;
            List<int[]> windows = windowsByWords.computeIfAbsent(words, w -> nameWindows(text, w, covered));
            List<Name> names = namesByWords.computeIfAbsent(words,
                    w -> windows.stream().map(window -> new Name(text.substring(window[0], window[1]))).toList());
            for (int k = 0; k < windows.size(); k++) {
                int[] window = windows.get(k);
                if (!isFree(covered, window) || !person.spelledAs(names.get(k))) {
                    continue;
                }
                person.add(names.get(k).text());
                person.hits.add(new Hit<>(window[0], window[1], window[1] - window[0], person.first));
                Arrays.fill(covered, window[0], window[1], true);
            }
        }
        for (Person person : persons) {
            Entry entry = person.entry();
            for (Hit<Entry> hit : person.hits) {
                out.add(new Hit<>(hit.start(), hit.end(), hit.matched(), entry));
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
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

    /** Every run of {@code words} capitalised words not yet claimed (overlapping ones too), as [start, end). */
    private static List<int[]> nameWindows(String text, int words, boolean[] covered) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i)) || covered[i] || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            int count = 0;
            while (count < words) {
                int w = end;
                while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-')) {
                    w++;
                }
                if (w == end || covered[end] || !Character.isUpperCase(text.charAt(end))) {
                    break;
                }
                count++;
                end = w;
                if (count < words) {
                    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
                        break;
                    }
                    end++;
                }
            }
            if (count == words) {
                out.add(new int[] {i, end});
            }
        }
        return out;
    }

    /** No part of the window claimed since the windows were found. */
    private static boolean isFree(boolean[] covered, int[] window) {
        for (int i = window[0]; i < window[1]; i++) {
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
