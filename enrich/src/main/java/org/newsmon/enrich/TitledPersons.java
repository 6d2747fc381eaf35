package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Finds people the gazetteer does not know from their title: "Deputy Foreign Minister Le Thi Thu Hang", "Phó Thủ
 * tướng Trần Hồng Hà", "министр иностранных дел Азербайджана Джейхун Байрамов", "Gabriel Boric, the Chilean
 * president,". The name is two to four capitalised words (with the particles of Arabic and European names between
 * them: "Mohammed bin Zayed"). The person's country is the one named just before the title ("Vietnamese", "Chile's",
 * "Azərbaycanın"), else between title and name ("of Azerbaijan", "Азербайджана", "Campuchia"), else after the name
 * ("President Gabriel Boric of Chile"); a country the person is sent to ("Ambassador to Vietnam", "в Азербайджане",
 * "Azərbaycandakı") is not theirs. Once found, the person's other spellings are mentions too ({@link SamePersons}).
 * Immutable and thread-safe.
 */
final class TitledPersons {
    /** A title of {@code titles.txt}. */
    record Title(String language) {}

    static final Set<String> STOP_WORDS = Set.of("The", "A", "An", "And", "Of", "In", "On", "At", "For", "With",
            "To", "He", "She", "His", "Her", "It", "This", "That", "But", "Or", "As", "By", "From", "Is", "Was", "Has",
            "Said", "Says", "Also", "В", "И", "На", "Он", "Она", "Và", "Của", "Ông", "Bà");
    /** Capitalised words that begin or belong to the name of an organisation, not a person. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("Republic", "Committee", "Central", "Party", "Ministry",
            "Council", "Agency", "Company", "Union", "Association", "Commission", "Bank", "Fund", "Foundation", "Embassy",
            "University", "State", "National", "Assembly", "Government", "Office", "Administration", "Department",
            "Ban", "Bộ", "Ủy", "Đảng", "Hội", "Tập", "Cục", "Viện", "Sở", "Cộng", "Liên", "Thành", "Tỉnh", "Trung",
            "Quốc", "Chính", "Văn", "Nhà", "Tổng", "Đại", "ЦК", "МИД", "Совета", "Министерства");
    /** Lower-case words inside names: "Mohammed bin Zayed", "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "von", "van", "der", "de",
            "da", "do", "dos", "del", "di", "la");
    /** Words that send a title's holder to a country: its name after them is not the holder's country. */
    private static final List<String> DESTINATIONS = List.of("to", "in", "at", "в", "во", "tại", "ở");
    private static final int MAX_NAME_WORDS = 4;

    private final List<PhraseMatcher.Phrase<Title>> phrases;

    private TitledPersons(List<PhraseMatcher.Phrase<Title>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static TitledPersons bundled() {
        List<PhraseMatcher.Phrase<Title>> phrases = new ArrayList<>();
        Map<String, List<String>> portfolios = new HashMap<>();
        for (DataFiles.Line line : DataFiles.read("titles.txt")) {
            if (line.fields().size() != 2) {
                throw new IllegalStateException("titles.txt:" + line.number() + ": expected language|titles");
            }
            String language = line.fields().get(0);
            List<String> titles = DataFiles.phrases(line.fields().get(1));
            if (language.endsWith("-portfolios")) {
                portfolios.put(language.substring(0, language.indexOf('-')), titles);
                continue;
            }
            Title title = new Title(language);
            for (String notation : titles) {
                List<String> expanded = notation.contains("{portfolio}")
                        ? portfolios.getOrDefault(language, List.of()).stream().map(p -> notation.replace("{portfolio}", p)).toList()
                        : List.of(notation);
                for (String t : expanded) {
                    if (language.equals("ru")) {
                        // "министра обороны", "премьер-министром": the head noun declines, the rest stays
                        RussianDeclension.forms(PhraseMatcher.plain(t)).forEach(f -> phrases.add(new PhraseMatcher.Phrase<>(f, title)));
                    } else {
                        phrases.add(new PhraseMatcher.Phrase<>(t, title));
                    }
                }
            }
        }
        return new TitledPersons(phrases);
    }

    List<PhraseMatcher.Phrase<Title>> phrases() {
        return phrases;
    }

    /**
     * The known entities of {@code text} plus the people found by title and their other mentions, as one list by
     * position.
     *
     * @param known  gazetteer hits, longest match chosen
     * @param titles title hits of {@link #phrases()}
     */
    List<Hit<Entry>> addTitled(String text, List<Hit<Entry>> known, List<Hit<Title>> titles) {
        if (titles.isEmpty()) {
            return known;
        }
        boolean[] covered = new boolean[text.length()];
        for (Hit<Entry> hit : known) {
            Arrays.fill(covered, hit.start(), hit.end(), true);
        }
        Map<Integer, Hit<Entry>> byStart = new HashMap<>();
        Map<Integer, Hit<Entry>> byEnd = new HashMap<>();
        for (Hit<Entry> hit : known) {
            byStart.putIfAbsent(hit.start(), hit);
            byEnd.put(hit.end(), hit);
        }
        List<Hit<Entry>> titled = new ArrayList<>();
        for (Hit<Title> title : PhraseMatcher.longestNonOverlapping(titles)) {
            Hit<Entry> hit = nameAfter(text, title, byStart, byEnd, covered);
            if (hit == null) {
                hit = nameBefore(text, title, byStart, byEnd, covered);
            }
            if (hit != null) {
                titled.add(hit);
                Arrays.fill(covered, hit.start(), hit.end(), true);
            }
        }
        if (titled.isEmpty()) {
            return known;
        }
        return SamePersons.link(text, known, titled, covered);
    }

    private static Hit<Entry> nameAfter(String text, Hit<Title> title, Map<Integer, Hit<Entry>> byStart,
                                        Map<Integer, Hit<Entry>> byEnd, boolean[] covered) {
        String country = countryJustBefore(text, byEnd, title.start());
        int i = skipSpaces(text, title.end());
        // "of Azerbaijan", "of the Communist Party of Vietnam", "Азербайджана", "Việt Nam": whose title it is
        int of = startsWithWord(text, i, "of the") ? i + 7 : startsWithWord(text, i, "of") ? i + 3 : i;
        Hit<Entry> owner = byStart.get(skipSpaces(text, of));
        if (owner != null && owner.value().kind() != Kind.PERSON) {
            if (owner.value().country() != null && !isLocative(text, owner)) {
                country = owner.value().country();
            }
            i = skipSpaces(text, owner.end());
        }
        i = skipDestination(text, i, byStart);
        if (i < text.length() && text.charAt(i) == ',') {
            i = skipSpaces(text, i + 1);
        }
        int end = nameEnd(text, i, covered);
        if (end < 0) {
            return null;
        }
        if (country == null) {
            // "President Gabriel Boric of Chile"
            int after = skipSpaces(text, end);
            Hit<Entry> of2 = startsWithWord(text, after, "of") ? byStart.get(skipSpaces(text, after + 2)) : null;
            if (of2 != null && of2.value().kind() == Kind.COUNTRY) {
                country = of2.value().country();
            }
        }
        return person(text, i, end, country);
    }

    /**
     * "Gabriel Boric, the Chilean president,", "Джейхун Байрамов, министр иностранных дел Азербайджана,": a name and
     * a comma before the title, with the country before the title or after it.
     */
    private static Hit<Entry> nameBefore(String text, Hit<Title> title, Map<Integer, Hit<Entry>> byStart,
                                         Map<Integer, Hit<Entry>> byEnd, boolean[] covered) {
        int i = title.start();
        String country = null;
        for (int gap = 1; gap <= 3 && country == null; gap++) {
            Hit<Entry> before = byEnd.get(i - gap);
            if (before != null && (before.value().kind() == Kind.COUNTRY || before.value().kind() == Kind.DEMONYM)) {
                country = before.value().country();
                i = before.start();
            }
        }
        int j = i;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (j >= 4 && text.regionMatches(true, j - 3, "the", 0, 3) && text.charAt(j - 4) == ' ') {
            j -= 4;
        }
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (j < 1 || text.charAt(j - 1) != ',') {
            return null;
        }
        int nameEnd = j - 1;
        int start = nameStartBefore(text, nameEnd);
        if (start < 0 || nameEnd(text, start, covered) != nameEnd) {
            return null;
        }
        // the title closes an apposition ("…, the Chilean president, said"), else the name began a clause of its own
        int after = skipSpaces(text, title.end());
        int of = startsWithWord(text, after, "of") ? skipSpaces(text, after + 2) : after;
        Hit<Entry> owner = byStart.get(of);
        if (owner != null && owner.value().kind() == Kind.COUNTRY && !isLocative(text, owner)) {
            country = country == null ? owner.value().country() : country;
            after = owner.end();
        }
        if (after < text.length() && ",.;)".indexOf(text.charAt(after)) < 0) {
            return null;
        }
        return person(text, start, nameEnd, country);
    }

    /** Where the run of capitalised words that ends at {@code end} starts, -1 if none does. */
    private static int nameStartBefore(String text, int end) {
        int start = -1;
        int i = end;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            int w = i;
            while (w > 0 && isNameChar(text.charAt(w - 1))) {
                w--;
            }
            if (w == i || !Character.isUpperCase(text.charAt(w))) {
                break;
            }
            start = w;
            if (w < 2 || text.charAt(w - 1) != ' ') {
                break;
            }
            i = w - 1;
        }
        return start;
    }

    /**
     * The end of the name of two to four capitalised words that starts at {@code i}, or -1: none there, a word
     * already known, or a word of an organisation's name.
     */
    private static int nameEnd(String text, int i, boolean[] covered) {
        int end = i;
        int words = 0;
        while (words < MAX_NAME_WORDS && i < text.length() && Character.isUpperCase(text.charAt(i)) && !covered[i]) {
            int w = i;
            while (w < text.length() && isNameChar(text.charAt(w))) {
                w++;
            }
            String word = text.substring(i, w);
            if (NOT_NAME_WORDS.contains(word)) {
                return -1;
            }
            if (STOP_WORDS.contains(word) || w - i < 2) {
                break;
            }
            words++;
            end = w;
            int next = w + 1;
            if (w < text.length() && text.charAt(w) == ' ') {
                // particles between the words of a name: "Mohammed bin Zayed"
                int p = next;
                while (p < text.length() && Character.isLowerCase(text.charAt(p))) {
                    p++;
                }
                if (p > next && p < text.length() - 1 && text.charAt(p) == ' ' && PARTICLES.contains(text.substring(next, p))
                        && Character.isUpperCase(text.charAt(p + 1))) {
                    next = p + 1;
                }
            }
            if (w < text.length() && text.charAt(w) == ' ' && next < text.length() && Character.isUpperCase(text.charAt(next))) {
                i = next;
            } else {
                break;
            }
        }
        return words < 2 ? -1 : end;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'';
    }

    private static Hit<Entry> person(String text, int start, int end, String country) {
        String name = Transcription.latin(text.substring(start, end));
        return new Hit<>(start, end, end - start, new Entry(Kind.PERSON, "person:" + Transcription.slug(name), name, country));
    }

    /**
     * The country just before a title ("Vietnamese", "Chile's", "Qazaxıstanın"), skipping one where the holder is
     * sent ("Vyetnamın Azərbaycandakı səfiri").
     */
    private static String countryJustBefore(String text, Map<Integer, Hit<Entry>> byEnd, int position) {
        int at = position;
        boolean possessive = at >= 3 && (text.startsWith("'s ", at - 3) || text.startsWith("’s ", at - 3));
        if (possessive) {
            at -= 2;
        }
        for (int gap = 0; gap <= 2 && at - gap >= 0; gap++) {
            if (!possessive && gap > 0 && text.charAt(at - gap) != ' ') {
                break; // "… tại Việt Nam; ông Sárdi Péter": a country across a comma or semicolon is someone else's
            }
            Hit<Entry> hit = byEnd.get(at - gap);
            if (hit != null && hit.value().country() != null
                    && (hit.value().kind() == Kind.COUNTRY || hit.value().kind() == Kind.DEMONYM)) {
                return isLocative(text, hit) ? countryJustBefore(text, byEnd, hit.start()) : hit.value().country();
            }
        }
        return null;
    }

    /** An Azerbaijani "in X" adjective: "Azərbaycandakı səfir" is the ambassador in Azerbaijan, not of it. */
    private static boolean isLocative(String text, Hit<Entry> hit) {
        String surface = text.substring(hit.start(), hit.end());
        return surface.endsWith("dakı") || surface.endsWith("dəki");
    }

    /** After "Ambassador of Vietnam": "to Azerbaijan", "в Азербайджане", "tại Azerbaijan" are skipped. */
    private static int skipDestination(String text, int i, Map<Integer, Hit<Entry>> byStart) {
        for (String word : DESTINATIONS) {
            if (startsWithWord(text, i, word)) {
                Hit<Entry> place = byStart.get(skipSpaces(text, i + word.length()));
                if (place != null && (place.value().kind() == Kind.COUNTRY || place.value().kind() == Kind.PLACE)) {
                    return skipSpaces(text, place.end());
                }
            }
        }
        return i;
    }

    private static boolean startsWithWord(String text, int i, String word) {
        return text.regionMatches(i, word, 0, word.length()) && i + word.length() < text.length()
                && text.charAt(i + word.length()) == ' ';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
