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
            // Vietnamese bodies; not "Văn", "Quốc", "Trung", "Thành", "Chính", "Đại", "Liên", which begin bodies
            // ("Văn phòng", "Quốc hội") but are also among the commonest syllables of names ("Nguyễn Văn Thành")
            "Ban", "Bộ", "Ủy", "Đảng", "Hội", "Tập", "Cục", "Viện", "Sở", "Cộng", "Tỉnh", "Nhà", "Tổng", "ЦК", "МИД",
            "Совета", "Министерства",
            // forms of address, not names: "His Royal Highness", "Her Majesty"
            "Royal", "Highness", "Majesty", "Excellency");
    /** Beginnings of the case forms of organisations' words: "Nazirlər Şurasının", "Палатой представителей". */
    private static final List<String> NOT_NAME_STEMS = List.of("Şura", "Nazirlər", "Nazirliy", "Komitə", "Məclis",
            "Respublika", "Parlament", "Palat", "Комитет", "Министерств", "Совет", "Республик", "Парламент", "Собрани");

    private static boolean notAName(String word) {
        if (NOT_NAME_WORDS.contains(word)) {
            return true;
        }
        for (String stem : NOT_NAME_STEMS) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words inside names: "Mohammed bin Zayed", "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "von", "van", "der", "de",
            "da", "do", "dos", "del", "di", "la");
    /** Words that send a title's holder to a country: its name after them is not the holder's country. */
    private static final List<String> DESTINATIONS = List.of("to", "in", "at", "в", "во", "tại", "ở");
    private static final int MAX_NAME_WORDS = 4;

    private final List<PhraseMatcher.Phrase<Title>> phrases;
    /**
     * Capitalised words of English titles and what qualifies them ("Adviser to the Prime Minister on Commerce",
     * "Speaker of the Assam Legislative Assembly"): a name begins after the last of them.
     */
    private final Set<String> titleWords;

    private TitledPersons(List<PhraseMatcher.Phrase<Title>> phrases, Set<String> titleWords) {
        this.phrases = List.copyOf(phrases);
        this.titleWords = Set.copyOf(titleWords);
    }

    static TitledPersons bundled() {
        List<PhraseMatcher.Phrase<Title>> phrases = new ArrayList<>();
        Map<String, List<String>> portfolios = new HashMap<>();
        Set<String> titleWords = new java.util.HashSet<>();
        for (DataFiles.Line line : DataFiles.read("titles.txt")) {
            if (line.fields().size() != 2) {
                throw new IllegalStateException("titles.txt:" + line.number() + ": expected language|titles");
            }
            String language = line.fields().get(0);
            List<String> titles = DataFiles.phrases(line.fields().get(1));
            for (String t : language.startsWith("en") ? titles : List.<String>of()) {
                for (String word : PhraseMatcher.plain(t).split("[\\s,]+")) {
                    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.startsWith("{")) {
                        titleWords.add(word);
                    }
                }
            }
            if (language.endsWith("-title-words")) {
                continue; // their words are all they are for
            }
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
        return new TitledPersons(phrases, titleWords);
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
    List<Hit<Entry>> addTitled(String text, List<Hit<Entry>> known, List<Hit<Title>> titles, Gazetteer gazetteer) {
        if (titles.isEmpty() && known.stream().noneMatch(h -> h.value().kind() == Kind.PERSON)) {
            return known;
        }
        boolean[] covered = new boolean[text.length()];
        for (Hit<Entry> hit : known) {
            Arrays.fill(covered, hit.start(), hit.end(), true);
        }
        AtOffset byStart = new AtOffset(known.size());
        AtOffset byEnd = new AtOffset(known.size());
        for (Hit<Entry> hit : known) {
            byStart.put(hit.start(), hit, true); // the first to start there
            byEnd.put(hit.end(), hit, false); // the last to end there
        }
        List<Hit<Entry>> titled = new ArrayList<>();
        // where each person's item would begin in a list: a titled one's at its title ("and Lok Sabha Secretary-General X")
        List<int[]> items = new ArrayList<>();
        Hit<Title> previous = null;
        List<Hit<Title>> ordered = PhraseMatcher.longestNonOverlapping(titles);
        for (int t = 0; t < ordered.size(); t++) {
            Hit<Title> title = ordered.get(t);
            int nextTitle = t + 1 < ordered.size() ? ordered.get(t + 1).start() : -1;
            Hit<Entry> hit = nameAfter(text, title, nextTitle < 0 ? text.length() : nextTitle, byStart, byEnd, covered);
            if (hit != null && hit.start() == nextTitle) {
                // "counterpart General X", "Đại sứ, Trưởng Phái đoàn … X": the next title's name, without the title
                hit = null;
            }
            if (hit != null && hit.value().country() == null && previous != null
                    && skipSpaces(text, previous.end()) == title.start()) {
                // "İranın müdafiə naziri briqada generalı X", "Minister of Defence General X": a rank after a title
                // is the same person's, and so is the title's country
                String country = countryJustBefore(text, byEnd, previous.start());
                if (country != null) {
                    Entry e = hit.value();
                    hit = new Hit<>(hit.start(), hit.end(), hit.matched(), new Entry(e.kind(), e.id(), e.name(), country));
                }
            }
            previous = title;
            int itemStart = hit == null ? -1 : titlePhraseStart(text, title.start());
            if (hit == null) {
                hit = nameBefore(text, title, byStart, byEnd, covered);
                itemStart = hit == null ? -1 : hit.start();
            }
            if (hit != null) {
                titled.add(hit);
                items.add(new int[] {Math.min(itemStart, hit.start()), hit.end()});
                Arrays.fill(covered, hit.start(), hit.end(), true);
            }
        }
        known.stream().filter(h -> h.value().kind() == Kind.PERSON).forEach(h -> items.add(new int[] {h.start(), h.end()}));
        for (int[] item : items) {
            titled.addAll(listedWith(text, item[0], item[1], covered));
        }
        if (titled.isEmpty() && known.stream().noneMatch(h -> h.value().kind() == Kind.PERSON)) {
            return known; // no one to name again
        }
        return SamePersons.link(text, known, titled, covered, gazetteer);
    }

    /**
     * Hits by the offset they start or end at, null where none does: an open-addressing table of a few hundred
     * slots (a map boxed every offset it was asked about; an array over the whole text cost more to clear).
     */
    private static final class AtOffset {
        private final int[] keys; // offset + 1; 0 = empty
        private final Hit<Entry>[] hits;
        private final int mask;
        private final int shift;

        @SuppressWarnings("unchecked")
        AtOffset(int count) {
            int size = Integer.highestOneBit(Math.max(8, count * 4) - 1) << 1; // at most a quarter full
            keys = new int[size];
            hits = new Hit[size];
            mask = size - 1;
            shift = Integer.numberOfLeadingZeros(size) + 1; // the top bits of the product pick the slot
        }

        private int slot(int offset) {
            int i = offset * 0x9E3779B9 >>> shift;
            while (keys[i] != 0 && keys[i] != offset + 1) {
                i = (i + 1) & mask;
            }
            return i;
        }

        Hit<Entry> get(int offset) {
            return hits[slot(offset)];
        }

        /** Sets the hit at {@code offset}, or only keeps the first one set when {@code first}. */
        void put(int offset, Hit<Entry> hit, boolean first) {
            int i = slot(offset);
            if (keys[i] == 0 || !first) {
                keys[i] = offset + 1;
                hits[i] = hit;
            }
        }
    }

    /**
     * The people listed next to a person found: "… will include CP Joshi, Riti Pathak and Lok Sabha Secretary-General
     * Utpal Kumar Singh", "Presidents Vladimir Putin, Xi Jinping and Ali Khamenei": two to four capitalised words
     * between list commas and "and", each item directly next to a person's or another item, their country unknown.
     */
    private static List<Hit<Entry>> listedWith(String text, int itemStart, int itemEnd, boolean[] covered) {
        List<Hit<Entry>> out = new ArrayList<>();
        for (int i = itemEnd, next; (next = listItemAfter(text, i)) >= 0; ) {
            int start = skipHonorific(text, next);
            int end = nameEnd(text, start, covered);
            if (end < 0 || !endsListItem(text, end)) {
                break;
            }
            out.add(person(text, start, end, null));
            Arrays.fill(covered, start, end, true);
            i = end;
        }
        for (int j = itemStart, previousEnd; (previousEnd = listItemBefore(text, j)) >= 0; ) {
            int start = nameStartBefore(text, previousEnd);
            if (start < 0 || nameEnd(text, start, covered) != previousEnd || !startsListItem(text, start)) {
                break;
            }
            int name = skipHonorific(text, start);
            if (nameEnd(text, name, covered) != previousEnd) {
                break;
            }
            out.add(person(text, name, previousEnd, null));
            Arrays.fill(covered, start, previousEnd, true);
            j = start;
        }
        return out;
    }

    /** Where a title's phrase begins: its own start, or that of up to three capitalised words just before it. */
    private static int titlePhraseStart(String text, int titleStart) {
        int start = titleStart;
        for (int words = 0; words < 3; words++) {
            int w = start - 1;
            if (w < 1 || text.charAt(w) != ' ') {
                break;
            }
            int b = w;
            while (b > 0 && isNameChar(text.charAt(b - 1))) {
                b--;
            }
            if (b == w || !Character.isUpperCase(text.charAt(b))) {
                break;
            }
            start = b;
        }
        return start;
    }

    private static final List<String> LIST_SEPARATORS = List.of(", and ", ", ", " and ", " và ", " и ", " və ");

    /** Where the next list item starts after {@code i}, -1 if no list separator follows. */
    private static int listItemAfter(String text, int i) {
        for (String separator : LIST_SEPARATORS) {
            if (text.startsWith(separator, i)) {
                return i + separator.length();
            }
        }
        return -1;
    }

    /** Where the list item before {@code j} ends, -1 if no list separator comes before it. */
    private static int listItemBefore(String text, int j) {
        for (String separator : LIST_SEPARATORS) {
            if (j >= separator.length() && text.startsWith(separator, j - separator.length())) {
                return j - separator.length();
            }
        }
        return -1;
    }

    /** A list item ends at a mark, another separator, or where the clause goes on in lower case ("… və Alen Simonyanın ikinci görüşü"). */
    private static boolean endsListItem(String text, int end) {
        return end == text.length() || ",.;)".indexOf(text.charAt(end)) >= 0 || listItemAfter(text, end) >= 0
                || text.charAt(end) == ' ' && end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1));
    }

    /** The first item of a list follows a lower-case word, a colon or a bracket; a later one a separator. */
    private static boolean startsListItem(String text, int start) {
        if (start == 0 || listItemBefore(text, start) >= 0) {
            return true;
        }
        int k = start - 1;
        while (k > 0 && text.charAt(k) == ' ') {
            k--;
        }
        char c = text.charAt(k);
        return c == ':' || c == '(' || Character.isLowerCase(c);
    }

    private static final List<String> HONORIFICS = List.of("Dr. ", "Dr ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ",
            "Ms ", "Hon. ", "Prof. ", "Sir ");

    private static int skipHonorific(String text, int i) {
        for (String h : HONORIFICS) {
            if (text.startsWith(h, i)) {
                return i + h.length();
            }
        }
        return i;
    }

    private Hit<Entry> nameAfter(String text, Hit<Title> title, int nextTitle, AtOffset byStart,
                                 AtOffset byEnd, boolean[] covered) {
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
        i = skipHonorific(text, i);
        Hit<Entry> known = byStart.get(i);
        if (known != null && known.value().kind() == Kind.PERSON) {
            return null; // "Prime Minister Imran Khan and President X": the title is the known person's
        }
        int end = nameEnd(text, i, covered);
        Hit<Entry> body = end < 0 ? null : countryAhead(text, i, byStart);
        if (body != null && text.substring(i, body.start()).chars().anyMatch(Character::isLowerCase)
                && nameEnd(text, skipSpaces(text, body.end()), covered) >= 0) {
            end = -1; // "Duma Quốc gia Liên bang Nga Vyacheslav Volodin": a body and its country before the name
        }
        if (end < 0 || titleWords.contains(firstWord(text, i))) {
            int qualified = afterQualifier(text, i, covered);
            if (qualified >= 0) {
                // "Speaker of the State Duma of Russia Vyacheslav Volodin": the last country of the qualifier
                for (int k = i; k < qualified; k++) {
                    Hit<Entry> named = byStart.get(k);
                    if (named != null && (named.value().kind() == Kind.COUNTRY || named.value().kind() == Kind.DEMONYM)
                            && !isLocative(text, named) && !afterDestinationWord(text, k)) {
                        country = named.value().country();
                    }
                }
                i = qualified;
                end = nameEnd(text, i, covered);
            } else {
                // "Chủ tịch Duma Quốc gia Liên bang Nga Vyacheslav Volodin": the body the title heads, its country, the name
                Hit<Entry> owner2 = countryAhead(text, i, byStart);
                int afterOwner = owner2 == null ? -1 : skipSpaces(text, owner2.end());
                if (owner2 != null && nameEnd(text, afterOwner, covered) >= 0) {
                    i = afterOwner;
                    end = nameEnd(text, i, covered);
                    country = isLocative(text, owner2) ? country : owner2.value().country();
                } else if ("vi".equals(title.value().language()) || "ru".equals(title.value().language())) {
                    int closing = nameClosingItem(text, i, nextTitle, covered, "ru".equals(title.value().language()));
                    if (closing >= 0) {
                        // the body's country, when it names one ("Ủy ban hợp tác Việt Nam - Lào" names two: neither)
                        java.util.Set<String> named = new java.util.LinkedHashSet<>();
                        for (int k = i; k < closing; k++) {
                            Hit<Entry> hit = byStart.get(k);
                            if (hit != null && hit.value().kind() == Kind.COUNTRY && !afterDestinationWord(text, k)) {
                                named.add(hit.value().country());
                            }
                        }
                        if (named.size() == 1) {
                            country = named.iterator().next();
                        }
                        i = closing;
                        end = nameEnd(text, i, covered);
                    }
                }
            }
        }
        if (end < 0 && ROYAL_TITLES.contains(text.substring(title.start(), title.end()).toLowerCase(java.util.Locale.ROOT))) {
            end = royalNameEnd(text, i, covered);
        }
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
        return person(text, i, end, country, title);
    }

    /** Titles that go with a single given name ("King Harald", "Crown Prince Haakon", "Королева Соня"). */
    private static final Set<String> ROYAL_TITLES = Set.of("king", "queen", "crown prince", "crown princess", "prince",
            "princess", "emperor", "empress", "король", "королева", "наследный принц", "принц", "принцесса", "император",
            "kral", "kraliça", "vəliəhd şahzadə", "şahzadə", "nhà vua", "nữ hoàng", "hoàng thái tử", "thái tử");

    /**
     * The end of a royal's given name, one capitalised word with its regnal number if any ("Harald V", "Frederik
     * X"), or -1; not a word of a place, an organisation or a known name.
     */
    private static int royalNameEnd(String text, int i, boolean[] covered) {
        if (i >= text.length() || !Character.isUpperCase(text.charAt(i)) || covered[i]) {
            return -1;
        }
        int w = i;
        while (w < text.length() && isNameChar(text.charAt(w))) {
            w++;
        }
        String word = text.substring(i, w);
        if (w - i < 3 || STOP_WORDS.contains(word) || notAName(word)) {
            return -1;
        }
        int next = w + 1;
        int numeral = next;
        while (numeral < text.length() && "IVX".indexOf(text.charAt(numeral)) >= 0) {
            numeral++;
        }
        boolean regnal = numeral > next && (numeral == text.length() || !Character.isLetter(text.charAt(numeral)));
        return regnal && text.charAt(w) == ' ' ? numeral : w;
    }

    private static final int MAX_BODY_WORDS = 5;
    private static final int MAX_ITEM_WORDS = 16;

    /**
     * Where the name starts that closes a Vietnamese list item after a title and the body it heads ("Chủ tịch Ủy
     * ban nhân dân thành phố Hà Nội Trần Sỹ Thanh;", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn,"), -1 if none: the run
     * of capitalised words after the last lower-case word or known name, ending at a comma, semicolon or full stop.
     * Vietnamese writes a body's name in lower case after its first word, and a person's with every word capitalised.
     */
    private static int nameClosingItem(String text, int i, int nextTitle, boolean[] covered, boolean russian) {
        List<Integer> run = new ArrayList<>(); // where the words of the current run of capitalised words start
        // the item ends where another title begins: "Президент встретится с председателем … X" is not the president's X
        for (int words = 0; words < (russian ? MAX_BODY_WORDS + 3 : MAX_ITEM_WORDS) && i < nextTitle; words++) {
            String word = firstWord(text, i);
            if (word.isEmpty() || word.equals("và") && i >= 2 && covered[i - 2]) {
                // "Bộ trưởng Bộ Quốc phòng Việt Nam và Đại tướng X": "and" after the body's country begins another
                // item, X is its ("Bộ Kế hoạch và Đầu tư" is one body)
                return -1;
            }
            // an abbreviation ("ASEAN", "LĐ-TB") names a body, never a person
            boolean capital = Character.isUpperCase(word.charAt(0)) && !covered[i] && !notAName(word)
                    && !(word.length() > 1 && Character.isUpperCase(word.charAt(1)));
            if (!capital) {
                run.clear();
            } else {
                run.add(i);
            }
            int next = i + word.length();
            if (run.isEmpty() && text.startsWith(", ", next) && next + 2 < text.length()
                    && notAName(firstWord(text, next + 2))) {
                i = next + 2; // "Cục trưởng Cục Lễ tân, Bộ Ngoại giao X": the body of a body
                continue;
            }
            // Russian puts the verb after the name: "председатель комитета Совфеда по … Алексей Пушков отметил"
            boolean verbAfter = russian && run.size() >= 2 && text.startsWith(" ", next) && next + 1 < text.length()
                    && Character.isLowerCase(text.charAt(next + 1));
            if (next >= text.length() || ",;.".indexOf(text.charAt(next)) >= 0 || verbAfter) {
                // "… tỉnh Phú Yên Hồ Văn Lộc": a place runs into the name; Vietnamese names are mostly three words
                int runStart = run.isEmpty() ? -1 : run.get(run.size() > MAX_NAME_WORDS ? run.size() - 3 : 0);
                return runStart >= 0 && nameEnd(text, runStart, covered) == next ? runStart : -1;
            }
            if (text.charAt(next) != ' ' && text.charAt(next) != '&') {
                return -1;
            }
            i = next + 1;
        }
        return -1;
    }
    private static final Set<String> LIST_JOINS = Set.of("and", "và", "и", "və", "with", "với", "с", "ilə");

    /**
     * The country named a few words after {@code i}, with nothing but words between ("Duma Quốc gia Liên bang Nga",
     * "Госдумы России"), null if none is.
     */
    private static Hit<Entry> countryAhead(String text, int i, AtOffset byStart) {
        for (int words = 0; words < MAX_BODY_WORDS && i < text.length(); words++) {
            Hit<Entry> hit = byStart.get(i);
            if (hit != null) {
                return hit.value().kind() == Kind.COUNTRY || hit.value().kind() == Kind.DEMONYM ? hit : null;
            }
            String word = firstWord(text, i);
            int next = i + word.length();
            if (word.isEmpty() || next >= text.length() || text.charAt(next) != ' ' || LIST_JOINS.contains(word)) {
                return null;
            }
            i = next + 1;
        }
        return null;
    }

    /** Lower-case words inside what qualifies a title: "Adviser to the Prime Minister on Commerce". */
    private static final Set<String> QUALIFIER_JOINS = Set.of("of", "for", "on", "and", "to", "the", "&", "at", "in");
    private static final int MAX_QUALIFIER_WORDS = 12;
    /** Words after a run of capitals that make it part of the qualifier still ("the Lok Sabha of the Parliament"). */
    private static final Set<String> QUALIFIER_GOES_ON = Set.of("of", "for", "on", "to", "at", "in");

    /**
     * Where the name starts after what qualifies a title ("Minister for Information and Broadcasting Marriyum
     * Aurangzeb", "Speaker of the Assam Legislative Assembly Biswajit Daimary", "Ambassador of the Federal Democratic
     * Republic of Ethiopia Asfaw Dingamo Kame"), -1 if none does: the first run of capitalised words after a title
     * word, a joining word or a known name, with no title word in it, that ends the phrase.
     */
    private int afterQualifier(String text, int i, boolean[] covered) {
        boolean canStart = false;
        for (int words = 0; words < MAX_QUALIFIER_WORDS && i < text.length(); words++) {
            String word = firstWord(text, i);
            if (word.isEmpty()) {
                return -1;
            }
            if (canStart && Character.isUpperCase(word.charAt(0)) && !covered[i] && !titleWords.contains(word)) {
                // the name ends the run of capitalised words: its last three at most ("… Export Growth Oliver Marsh Taylor")
                List<Integer> starts = capitalisedRun(text, i, covered);
                int start = starts.get(Math.max(0, starts.size() - 3));
                int end = nameEnd(text, start, covered);
                if (end > 0 && noTitleWord(text, start, end) && (end == text.length() || !Character.isLetter(text.charAt(end)))
                        && !QUALIFIER_GOES_ON.contains(firstWord(text, skipSpaces(text, end)))) {
                    return start; // not "Lok Sabha" in "Speaker of the Lok Sabha of the Indian Parliament Om Birla"
                }
            }
            boolean join = QUALIFIER_JOINS.contains(word);
            if (!join && !Character.isUpperCase(word.charAt(0))) {
                return -1; // the title's phrase has ended
            }
            canStart = join || covered[i] || titleWords.contains(word) || notAName(word);
            int next = i + word.length();
            if (next >= text.length() || text.charAt(next) != ' ') {
                return -1;
            }
            i = next + 1;
        }
        return -1;
    }

    /** Where each word of the run of capitalised, unclaimed words from {@code i} starts (initials not counted). */
    private static List<Integer> capitalisedRun(String text, int i, boolean[] covered) {
        List<Integer> starts = new ArrayList<>();
        while (i < text.length() && Character.isUpperCase(text.charAt(i)) && !covered[i]) {
            String word = firstWord(text, i);
            if (word.length() > 1) {
                starts.add(i);
            }
            int next = i + word.length() + (text.startsWith(". ", i + word.length()) && word.length() == 1 ? 2 : 1);
            if (next > text.length() || text.charAt(next - 1) != ' ') {
                break;
            }
            i = next;
        }
        if (starts.isEmpty()) {
            starts.add(i);
        }
        return starts;
    }

    private boolean noTitleWord(String text, int start, int end) {
        for (String word : text.substring(start, end).split(" ")) {
            if (titleWords.contains(word) || notAName(word)) {
                return false;
            }
        }
        return true;
    }

    /** The word at {@code i}: letters, hyphens, apostrophes, or a single other char ("&"). */
    private static String firstWord(String text, int i) {
        int w = i;
        while (w < text.length() && isNameChar(text.charAt(w))) {
            w++;
        }
        if (w == i && i < text.length() && text.charAt(i) == '&') {
            w = i + 1;
        }
        return text.substring(i, w);
    }

    /**
     * "Gabriel Boric, the Chilean president,", "Джейхун Байрамов, министр иностранных дел Азербайджана,": a name and
     * a comma before the title, with the country before the title or after it.
     */
    private static Hit<Entry> nameBefore(String text, Hit<Title> title, AtOffset byStart,
                                         AtOffset byEnd, boolean[] covered) {
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
            // "Sun Jiwen, spokesperson for the ministry,": a phrase of the title's own up to the next mark
            String next = firstWord(text, after);
            int mark = indexOfAny(text, ",.;)", after);
            if (!APPOSITION_JOINS.contains(next) || mark < 0 || mark - after > 60) {
                return null;
            }
        }
        return person(text, start, nameEnd, country, title);
    }

    private static final Set<String> APPOSITION_JOINS = Set.of("of", "for", "at", "to", "in");

    private static int indexOfAny(String text, String chars, int from) {
        for (int k = from; k < text.length(); k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
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
            if (notAName(word)) {
                return -1;
            }
            if (w - i == 1 && words > 0 && text.startsWith(". ", w) && w + 2 < text.length()
                    && Character.isUpperCase(text.charAt(w + 2))) {
                i = w + 2; // a middle initial: "Carmen G. Cantor"
                continue;
            }
            if (w - i == 1 && words == 0 && !STOP_WORDS.contains(word)) {
                // a first initial: "S Jaishankar", "D. Choudhury"
                int after = text.startsWith(". ", w) ? w + 2 : text.startsWith(" ", w) ? w + 1 : -1;
                if (after > 0 && after < text.length() && Character.isUpperCase(text.charAt(after))) {
                    words++;
                    end = w;
                    i = after;
                    continue;
                }
            }
            // a function word ends the name, unless it closes a name of two words or more ("Nguyễn Văn An phát biểu")
            boolean closesName = words >= 2 && (w + 1 >= text.length() || !Character.isUpperCase(text.charAt(w + 1)));
            if (STOP_WORDS.contains(word) && !closesName || w - i < 2) {
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
            } else if (w < text.length() && text.charAt(w) == ' ' && ARTICLE_PREFIX.matcher(text).region(next, text.length()).lookingAt()) {
                // "Ahmad al-Safadi", "Abdel Fattah el-Sisi": the last word, after its article
                int last = next;
                while (last < text.length() && isNameChar(text.charAt(last))) {
                    last++;
                }
                if (words < MAX_NAME_WORDS && !covered[next]) {
                    words++;
                    end = last;
                }
                break;
            } else {
                break;
            }
        }
        return words < 2 ? -1 : end;
    }

    /** The Arabic article before a name's last word, as English, Azerbaijani and Russian write it: "al-", "əs-", "аль-". */
    private static final java.util.regex.Pattern ARTICLE_PREFIX = java.util.regex.Pattern.compile(
            "(?:al|el|ad|as|an|ar|at|az|əl|əs|ət|ər|əz|əd|ən|əş|eş|аль|эль|ас|ад|ан|ар|ат|аш|аз)-\\p{Lu}");

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '\'';
    }

    private static Hit<Entry> person(String text, int start, int end, String country) {
        return person(text, start, end, country, null);
    }

    /**
     * A person named by {@code [start, end)}, the name taken out of the case its title puts it in: "Binali Yıldırımla",
     * "с президентом Хасаном Рухани".
     */
    private static Hit<Entry> person(String text, int start, int end, String country, Hit<Title> title) {
        String written = text.substring(start, end);
        String language = title == null ? null : title.value().language();
        if (language == null && (text.startsWith(" və ", start - 4) || text.startsWith(" ilə ", end))) {
            language = "az"; // listed in Azerbaijani: "Sahibə Qafarova və Alen Simonyanın"
        }
        if ("az".equals(language)) {
            int last = written.lastIndexOf(' ') + 1;
            written = written.substring(0, last) + AzerbaijaniCases.nominative(written.substring(last),
                    text.substring(end, Math.min(text.length(), end + 8)));
            if (!Transcription.isCyrillic(written)) {
                written = AzerbaijaniCases.englishSpelling(written);
            }
        } else if ("ru".equals(language) && Transcription.isCyrillic(written)) {
            String head = text.substring(title.start(), title.end()).split("[\\s]+")[0];
            written = RussianDeclension.nominativeOfName(written, head);
        }
        String name = Transcription.latin(written);
        return new Hit<>(start, end, end - start, new Entry(Kind.PERSON, "person:" + Transcription.slug(name), name, country));
    }

    /**
     * The country just before a title ("Vietnamese", "Chile's", "Qazaxıstanın"), skipping one where the holder is
     * sent ("Vyetnamın Azərbaycandakı səfiri").
     */
    private static String countryJustBefore(String text, AtOffset byEnd, int position) {
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
                if (afterDestinationWord(text, hit.start())) {
                    return null; // "… to Papua New Guinea His Excellency X": where the holder is sent
                }
                return isLocative(text, hit) ? countryJustBefore(text, byEnd, hit.start()) : hit.value().country();
            }
        }
        return azerbaijaniGenitiveBefore(text, byEnd, position);
    }

    /** The endings of the Azerbaijani genitive ("Rusiyanın", "İranın", "Türkiyənin"). */
    static final List<String> AZERBAIJANI_GENITIVE = List.of("ın", "in", "un", "ün", "nın", "nin", "nun", "nün");
    /** How many words of a portfolio may stand between an Azerbaijani genitive country and its title. */
    private static final int PORTFOLIO_WORDS = 7;

    /**
     * "İran İslam Respublikasının müdafiə və silahlı qüvvələrə dəstək naziri": a country in the Azerbaijani genitive
     * a few lower-case words (a portfolio the titles do not list) before the title.
     */
    private static String azerbaijaniGenitiveBefore(String text, AtOffset byEnd, int position) {
        int at = position;
        for (int words = 0; words <= PORTFOLIO_WORDS + 1 && at > 0; words++) {
            Hit<Entry> hit = byEnd.get(at);
            if (hit != null) {
                return ownsAzerbaijaniPortfolio(text, hit, position) ? hit.value().country() : null;
            }
            at = text.lastIndexOf(' ', at - 1);
        }
        return null;
    }

    /** Whether {@code country} owns the title a few words on in the Azerbaijani genitive, of itself or of its body. */
    static boolean ownsAzerbaijaniPortfolio(String text, Hit<Entry> country, int title) {
        String surface = text.substring(country.start(), country.end());
        if (country.value().kind() != Kind.COUNTRY || country.value().country() == null || country.end() >= title) {
            return false;
        }
        String[] words = text.substring(country.end(), title).strip().split(" ");
        if (words.length > PORTFOLIO_WORDS || words[0].isEmpty()) {
            return false;
        }
        // the genitive on the country ("İranın müdafiə naziri") or on the body it heads ("İsrail Dövlətinin
        // Prezidenti", "Bolqarıstan Respublikası Xalq Məclisinin sədri")
        boolean genitive = AZERBAIJANI_GENITIVE.stream().anyMatch(surface::endsWith);
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-') || w.endsWith("dakı") || w.endsWith("dəki")) {
                return false; // "Macarıstanın Azərbaycandakı səfiri": where the envoy is posted comes between
            }
            genitive |= AZERBAIJANI_GENITIVE.stream().anyMatch(w::endsWith);
        }
        return genitive;
    }

    /** An Azerbaijani "in X" adjective: "Azərbaycandakı səfir" is the ambassador in Azerbaijan, not of it. */
    private static boolean isLocative(String text, Hit<Entry> hit) {
        String surface = text.substring(hit.start(), hit.end());
        return surface.endsWith("dakı") || surface.endsWith("dəki");
    }

    /** "to Azerbaijan", "в Азербайджане": the country at {@code i} is where the holder is sent. */
    private static boolean afterDestinationWord(String text, int i) {
        if (i >= 4 && text.startsWith("the ", i - 4)) {
            i -= 4; // "to the United States"
        }
        for (String word : DESTINATIONS) {
            int at = i - word.length() - 1;
            if (at >= 0 && text.startsWith(word + " ", at) && (at == 0 || text.charAt(at - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** After "Ambassador of Vietnam": "to Azerbaijan", "в Азербайджане", "tại Azerbaijan" are skipped. */
    private static int skipDestination(String text, int i, AtOffset byStart) {
        for (String word : DESTINATIONS) {
            if (startsWithWord(text, i, word)) {
                int at = skipSpaces(text, i + word.length());
                at = startsWithWord(text, at, "the") ? skipSpaces(text, at + 3) : at; // "to the United States"
                Hit<Entry> place = byStart.get(at);
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
