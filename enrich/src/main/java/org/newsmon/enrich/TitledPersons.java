package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Finds people the gazetteer does not know from the title before their name: "Deputy Foreign Minister Le Thi Thu
 * Hang", "Phó Thủ tướng Trần Hồng Hà", "министр иностранных дел Азербайджана Джейхун Байрамов". The name is two to
 * four capitalised words; a country named between title and name ("of Azerbaijan", "Азербайджана") or just before
 * the title ("Vietnamese", "Azərbaycanın") is the person's country. Once found, the same name elsewhere in the text
 * is a mention too. Immutable and thread-safe.
 */
final class TitledPersons {
    /** A title word of {@code titles.txt}. */
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
    private static final int MAX_NAME_WORDS = 4;

    private final List<PhraseMatcher.Phrase<Title>> phrases;

    private TitledPersons(List<PhraseMatcher.Phrase<Title>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static TitledPersons bundled() {
        List<PhraseMatcher.Phrase<Title>> phrases = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.read("titles.txt")) {
            if (line.fields().size() != 2) {
                throw new IllegalStateException("titles.txt:" + line.number() + ": expected language|titles");
            }
            Title title = new Title(line.fields().get(0));
            DataFiles.phrases(line.fields().get(1)).forEach(p -> phrases.add(new PhraseMatcher.Phrase<>(p, title)));
        }
        return new TitledPersons(phrases);
    }

    List<PhraseMatcher.Phrase<Title>> phrases() {
        return phrases;
    }

    /**
     * The known entities of {@code text} plus the people found by title, as one list by position.
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
            for (int i = hit.start(); i < hit.end(); i++) {
                covered[i] = true;
            }
        }
        Map<String, Entry> found = new LinkedHashMap<>();
        List<Hit<Entry>> out = new ArrayList<>(known);
        Map<Integer, Hit<Entry>> byStart = new java.util.HashMap<>();
        Map<Integer, Hit<Entry>> byEnd = new java.util.HashMap<>();
        for (Hit<Entry> hit : known) {
            byStart.putIfAbsent(hit.start(), hit);
            byEnd.put(hit.end(), hit);
        }
        for (Hit<Title> title : PhraseMatcher.longestNonOverlapping(titles)) {
            Hit<Entry> hit = nameAfter(text, title, byStart, byEnd, covered);
            if (hit != null) {
                out.add(hit);
                found.putIfAbsent(hit.value().name(), hit.value());
                for (int i = hit.start(); i < hit.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        // the same surface name without its title ("Tran Hong Ha said"), looked for once per name
        java.util.Set<String> searched = new java.util.HashSet<>();
        for (Hit<Entry> hit : List.copyOf(out)) {
            if (!found.containsKey(hit.value().name()) || !searched.add(text.substring(hit.start(), hit.end()))) {
                continue;
            }
            String surface = text.substring(hit.start(), hit.end());
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                if (!covered[i] && wordBoundary(text, i, i + surface.length())) {
                    out.add(new Hit<>(i, i + surface.length(), surface.length(), hit.value()));
                    for (int j = i; j < i + surface.length(); j++) {
                        covered[j] = true;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    private static Hit<Entry> nameAfter(String text, Hit<Title> title, Map<Integer, Hit<Entry>> byStart,
                                        Map<Integer, Hit<Entry>> byEnd, boolean[] covered) {
        String country = countryJustBefore(byEnd, title.start());
        int i = skipSpaces(text, title.end());
        // "of Azerbaijan", "of the Communist Party of Vietnam", "Азербайджана", "Việt Nam": whose title it is
        int of = startsWithWord(text, i, "of the") ? i + 7 : startsWithWord(text, i, "of") ? i + 3 : i;
        Hit<Entry> owner = byStart.get(skipSpaces(text, of));
        if (owner != null && owner.value().kind() != Kind.PERSON) {
            if (owner.value().country() != null) {
                country = owner.value().country();
            }
            i = skipSpaces(text, owner.end());
        }
        if (i < text.length() && text.charAt(i) == ',') {
            i = skipSpaces(text, i + 1);
        }
        int start = i;
        int end = i;
        int words = 0;
        while (words < MAX_NAME_WORDS && i < text.length() && Character.isUpperCase(text.charAt(i)) && !covered[i]) {
            int w = i;
            while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) {
                w++;
            }
            String word = text.substring(i, w);
            if (NOT_NAME_WORDS.contains(word)) {
                return null;
            }
            if (STOP_WORDS.contains(word) || w - i < 2) {
                break;
            }
            words++;
            end = w;
            if (w < text.length() && text.charAt(w) == ' ' && w + 1 < text.length() && Character.isUpperCase(text.charAt(w + 1))) {
                i = w + 1;
            } else {
                break;
            }
        }
        if (words < 2) {
            return null;
        }
        String surface = text.substring(start, end);
        String name = Transcription.latin(surface);
        return new Hit<>(start, end, end - start, new Entry(Kind.PERSON, "person:" + Transcription.slug(name), name, country));
    }

    private static String countryJustBefore(Map<Integer, Hit<Entry>> byEnd, int position) {
        for (int gap = 0; gap <= 2; gap++) {
            Hit<Entry> hit = byEnd.get(position - gap);
            if (hit != null && hit.value().country() != null
                    && (hit.value().kind() == Kind.COUNTRY || hit.value().kind() == Kind.DEMONYM)) {
                return hit.value().country();
            }
        }
        return null;
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

    private static boolean wordBoundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
