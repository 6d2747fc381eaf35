package org.newsmon.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.enrich.DateFinder.DateMention;
import org.newsmon.enrich.DateFinder.Precision;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Reads visits and agreements from sentences: a trigger word ("visit", "визит", "səfər", "thăm"; "signed",
 * "подписали", "imzalayıb", "ký") plus the known entities and dates around it. Every sentence yields mentions;
 * mentions of one event in an article are merged into one {@link Event}. Thread-safe: all state of an article lives
 * in a {@link Article} made per call.
 *
 * <p>This class finds the sentences worth reading and hands each, as a {@link SentenceView}, to the readers of each
 * type of event: {@link VisitReader}, then {@link AgreementReader} (which leans on the parties of the visit just
 * read). Their weights and reaches are in {@link EventWeights}.
 */
final class EventExtractor {
    enum Cue {
        VISIT,
        /** A word of going that is a visit only with a country or place right by it: "sẽ đến Indonesia", "Rusiyaya gedəcək". */
        GOES_TO,
        SIGN, AGREEMENT_OBJECT, SIGN_FUTURE, SIGN_DOUBT, CANCELLED, COMPLETED,
        /** "after the visit", "по итогам визита": the visit is over, unless the sentence says what is to come of it. */
        AFTER_VISIT,
        ONGOING_STRONG, ANNOUNCED, ONGOING, HISTORICAL,
        SINCE, PHONE_CALL, INVITATION, VAGUE_TIME,
        /** A host receiving a guest: the subject hosts, the guest of another country visits. */
        HOST,
        /** Talks or a meeting: a visit when it takes place in one side's country. */
        MEET,
        /** A departure: the visitor leaves the host's country, the visit is over. */
        DEPART,
        /** A meeting on the sidelines of a gathering: both sides may be guests of a third country. */
        SIDELINES,
        /** "at the invitation of X", "по приглашению X", "X-in dəvəti ilə": X hosts, X does not visit. */
        INVITED_BY,
        /** A word of the future before a signing ("will sign", "планируется подписание", "sẽ ký"). */
        FUTURE,
        /** A word of the future after a signing ("imzalanması nəzərdə tutulur", "to be signed"). */
        FUTURE_AFTER,
        /** Something signed that is no agreement: a guest book, a decree. */
        OTHER_SIGNED,
        /** Words that contain a visit word but tell of none: "thăm hỏi" (regards), "visiting professor". */
        NOT_A_VISIT,
        /** The next leg of a tour: "the next destination is Bolivia", "then travel to", "điểm đến tiếp theo". */
        TOUR,
        /** "our country", "нашу страну", "ölkəmizə", "nước ta": the outlet's country, the one the article is about. */
        OUR_COUNTRY,
        /** An envoy presenting credentials: a new ambassador taking up a post, no visit. */
        CREDENTIALS
    }

    /** Cues that make a sentence worth reading for an event. */
    private static final java.util.Set<Cue> TRIGGERS = java.util.EnumSet.of(Cue.VISIT, Cue.GOES_TO, Cue.SIGN, Cue.HOST, Cue.MEET,
            Cue.DEPART);

    private static boolean anyTrigger(List<Hit<Cue>> cues) {
        for (Hit<Cue> cue : cues) {
            if (TRIGGERS.contains(cue.value())) {
                return true;
            }
        }
        return false;
    }

    private final List<PhraseMatcher.Phrase<Cue>> phrases;

    EventExtractor(List<PhraseMatcher.Phrase<Cue>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The cue words, for the tagger's matcher. */
    List<PhraseMatcher.Phrase<Cue>> phrases() {
        return phrases;
    }

    static EventExtractor bundled() {
        List<PhraseMatcher.Phrase<Cue>> phrases = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.read("event-cues.txt")) {
            if (line.fields().size() != 2) {
                throw new IllegalStateException("event-cues.txt:" + line.number() + ": expected KIND|phrases");
            }
            Cue cue = Cue.valueOf(line.fields().get(0));
            DataFiles.phrases(line.fields().get(1)).forEach(p -> phrases.add(new PhraseMatcher.Phrase<>(p, cue)));
        }
        return new EventExtractor(phrases);
    }

    /** One reading of an event from one sentence. */
    record Mention(EventType type, EventStatus status, boolean statusExplicit, boolean historical, Integer year,
                   LocalDate date, LocalDate dateEnd, LocalDate until, List<String> parties, List<String> actors,
                   String location, String sentence, double confidence) {
        String key() {
            return type + "|" + parties + "|" + historical + "|" + (historical ? year : "");
        }
    }

    /** What one article has told so far: later sentences lean on earlier ones ("the leaders signed…"). */
    static final class Article {
        final LocalDate published;
        final List<String> topCountries;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, String> firstPlaceByCountry = new LinkedHashMap<>();
        /** People named together in a sentence about the present (no earlier year in it): who met whom. */
        final List<List<Entry>> peopleTogether = new ArrayList<>();
        Mention lastVisit;
        List<String> lastParties;
        /** Each named visitor's latest visit: "his visit" without a time of its own is that one. */
        final Map<String, Mention> lastVisitBy = new LinkedHashMap<>();
        /** The country found for a visitor the gazetteer does not know, by name: later visits of theirs are from it. */
        final Map<String, String> visitorCountries = new LinkedHashMap<>();
        /** The place of the dateline ("NEW DELHI, Feb 17 —"): where "arrived here" is, and talks without a place. */
        Hit<Entry> dateline;
        /** The first person of a known country in the last sentence of an earlier text (the headline) that named one. */
        Entry lastPerson;
        /** The entities of the text being read, by sentence, and the sentence being read: "he" is looked up in them. */
        List<List<Hit<Entry>>> entitiesBySentence = List.of();
        int sentence;

        /** Who "he" is: the first person of a known country in the last sentence before this one that named one. */
        Entry personBefore() {
            for (int j = sentence - 1; j >= 0; j--) {
                Entry person = firstPerson(entitiesBySentence.get(j));
                if (person != null) {
                    return person;
                }
            }
            return lastPerson;
        }

        private static Entry firstPerson(List<Hit<Entry>> entities) {
            for (Hit<Entry> e : entities) {
                if (e.value().kind() == Kind.PERSON && e.value().country() != null) {
                    return e.value();
                }
            }
            return null;
        }

        Article(LocalDate published, List<String> topCountries) {
            this.published = published;
            this.topCountries = topCountries;
        }

        String placeIn(String country) {
            return firstPlaceByCountry.get(country);
        }
    }

    /**
     * Reads the sentences ({@code spans}) of {@code text} into {@code article}, from the hits of the tagger's matcher in it: entities
     * (longest match already chosen), cue words and time words.
     */
    void read(String text, List<Sentences.Span> spans, List<Hit<Entry>> known, List<Hit<Cue>> allCues,
              List<Hit<DateFinder.TimeWord>> timeWords, List<Hit<TitledPersons.Title>> titles, Article article) {
        List<Hit<Entry>> entities = withoutReporters(text, withSides(text, known, titles));
        for (Hit<Entry> e : entities) {
            if (e.value().kind() == Kind.PLACE && e.value().country() != null) {
                article.firstPlaceByCountry.putIfAbsent(e.value().country(), e.value().name());
            }
            if (article.dateline == null && isDateline(text, e)) {
                article.dateline = e;
            }
        }
        List<List<Hit<Entry>>> entitiesBySentence = Sentences.bucket(entities, spans);
        List<List<Hit<Cue>>> cuesBySentence = Sentences.bucket(allCues, spans);
        List<List<Hit<DateFinder.TimeWord>>> timeWordsBySentence = Sentences.bucket(timeWords, spans);
        // dates are parsed only where they are needed, the regular expressions being the slow part of tagging
        List<List<DateMention>> dates = new ArrayList<>(java.util.Collections.nCopies(spans.size(), null));
        java.util.function.IntFunction<List<DateMention>> datesOf = i -> {
            if (dates.get(i) == null) {
                List<DateMention> found = DateFinder.find(text, spans.get(i), article.published, timeWordsBySentence.get(i));
                // "Theresa May", "Ngày Hội": a month or a day inside a name is no date; the dateline's ("Улан-Батор,
                // 21 июня /Синьхуа/") is the day of the news, the day of what it tells only when it names no other
                List<Hit<Entry>> names = entitiesBySentence.get(i);
                Hit<Entry> dateline = article.dateline;
                List<DateMention> named = found.stream()
                        .filter(d -> names.stream().noneMatch(e -> e.start() < d.end() && d.start() < e.end())).toList();
                List<DateMention> told = named.stream()
                        .filter(d -> dateline == null || d.start() < dateline.end() || d.start() - dateline.end() > 3).toList();
                dates.set(i, told.isEmpty() ? named : told);
            }
            return dates.get(i);
        };
        for (int i = 0; i < spans.size(); i++) {
            notePeopleTogether(text, spans.get(i), entitiesBySentence.get(i), article);
            List<Hit<Cue>> cues = cuesBySentence.get(i);
            article.entitiesBySentence = entitiesBySentence;
            article.sentence = i;
            if (!anyTrigger(cues)) {
                continue;
            }
            Map<Cue, List<Hit<Cue>>> byCue = new EnumMap<>(Cue.class);
            for (Hit<Cue> hit : cues) {
                byCue.computeIfAbsent(hit.value(), k -> new ArrayList<>()).add(hit);
            }
            byCue.replaceAll((k, v) -> PhraseMatcher.longestNonOverlapping(v));
            List<Hit<Cue>> notVisits = byCue.getOrDefault(Cue.NOT_A_VISIT, List.of());
            if (!notVisits.isEmpty()) {
                for (Cue trigger : List.of(Cue.VISIT, Cue.HOST, Cue.MEET)) {
                    byCue.computeIfPresent(trigger, (k, v) -> {
                        List<Hit<Cue>> kept = v.stream()
                                .filter(h -> notVisits.stream().noneMatch(n -> SentenceView.distance(h, n) == 0)).toList();
                        return kept.isEmpty() ? null : kept;
                    });
                }
            }
            int index = i;
            // "after the talks, the leaders signed…": the last day named shortly before
            java.util.function.Supplier<LocalDate> earlierDay = () -> {
                for (int j = index - 1; j >= Math.max(0, index - EventWeights.EARLIER_SENTENCES); j--) {
                    List<DateMention> before = datesOf.apply(j);
                    for (int k = before.size() - 1; k >= 0; k--) {
                        if (before.get(k).precision() == Precision.DAY && !before.get(k).until()) {
                            return before.get(k).from();
                        }
                    }
                }
                return null;
            };
            Sentences.Span span = spans.get(i);
            // "the Indonesian conglomerate will visit": a nationality of no official is neither guest nor host
            List<Hit<Entry>> actors = entitiesBySentence.get(i);
            if (actors.stream().anyMatch(e -> e.value().kind() == Kind.DEMONYM && namesNoOfficial(text, span, e))) {
                actors = actors.stream()
                        .filter(e -> e.value().kind() != Kind.DEMONYM || !namesNoOfficial(text, span, e)).toList();
            }
            SentenceView s = new SentenceView(text, span, actors, byCue, () -> datesOf.apply(index), article, earlierDay);
            VisitReader.read(s);
            AgreementReader.read(s);
        }
        // the headline's person is who "he" is in a body that has named no one yet
        article.sentence = spans.size();
        article.lastPerson = article.personBefore();
        article.entitiesBySentence = List.of();
        article.sentence = 0;
    }

    /** Words before an outlet that say it reports: "Theo phóng viên TTXVN", "the correspondent of AZERTAC". */
    private static final List<String> REPORTER_BEFORE = List.of("phóng viên", "correspondent", "correspondent of",
            "reporter", "reporter of", "according to", "theo", "сообщает", "передает", "передаёт", "сообщил",
            "сообщила", "сообщили");
    /** Words after an outlet that say it reports: "AZERTAC reports", "TTXVN đưa tin", "Trend сообщает". */
    private static final List<String> REPORTER_AFTER = List.of(" müxbir", " xəbər verir", "'s correspondent",
            "’s correspondent", " correspondent", " reports", " reported", " đưa tin", " сообщает", " передает");

    /**
     * The entities without the organisations named as who reports the news ("Theo phóng viên TTXVN tại Malaysia"):
     * an outlet's correspondent in a country is no visit of the outlet's country.
     */
    static List<Hit<Entry>> withoutReporters(String text, List<Hit<Entry>> entities) {
        List<Hit<Entry>> out = null;
        for (int i = 0; i < entities.size(); i++) {
            Hit<Entry> e = entities.get(i);
            if (isReporter(text, e)) {
                if (out == null) {
                    out = new ArrayList<>(entities.subList(0, i));
                }
            } else if (out != null) {
                out.add(e);
            }
        }
        return out == null ? entities : out;
    }

    private static boolean isReporter(String text, Hit<Entry> e) {
        if (e.value().kind() != Kind.ORGANIZATION) {
            return false;
        }
        // plain string tests, no pattern: a text names organisations often, and this runs for each
        String before = text.substring(Math.max(0, e.start() - 24), e.start()).toLowerCase(java.util.Locale.ROOT).stripTrailing();
        if (before.endsWith(" the")) {
            before = before.substring(0, before.length() - 4);
        }
        for (String word : REPORTER_BEFORE) {
            if (before.endsWith(word) && (before.length() == word.length()
                    || !Character.isLetter(before.charAt(before.length() - word.length() - 1)))) {
                return true;
            }
        }
        if (before.endsWith("корреспондента") || before.endsWith("корреспондентом")) {
            return true;
        }
        String after = text.substring(e.end(), Math.min(text.length(), e.end() + 24)).toLowerCase(java.util.Locale.ROOT);
        // "AZERTAC-ın müxbiri": the Azerbaijani genitive ending first
        int dash = after.startsWith("-") ? after.indexOf(' ') : 0;
        String rest = dash > 0 && dash <= 5 ? after.substring(dash) : after;
        for (String word : REPORTER_AFTER) {
            if (rest.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** Between a title and the country whose official it names: "of", "of the Republic of", "Vương quốc", "Республики". */
    private static final java.util.regex.Pattern TITLE_TO_COUNTRY = java.util.regex.Pattern.compile(
            "\\s*(of\\s+)?(the\\s+)?((republic|kingdom|state|sultanate|federation|people's republic|islamic republic"
                    + "|democratic republic|socialist republic|vương quốc|cộng hòa|cộng hoà|nhà nước"
                    + "|(\\p{L}+(ой|ей)\\s+)?(республики|королевства|государства))\\s+(of\\s+)?(the\\s+)?)?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The entities with each country named as whose official someone is turned into a side, as a nationality is:
     * "the Prime Minister of Cambodia", "премьер-министра Монголии", "Thủ tướng Vương quốc Campuchia", "Chile's
     * foreign minister", "Gürcüstanın Baş naziri", and each named as whose delegation someone received ("a delegation
     * of Pakistan"). Such a country is who acts, not where.
     */
    static List<Hit<Entry>> withSides(String text, List<Hit<Entry>> entities, List<Hit<TitledPersons.Title>> titles) {
        List<Hit<Entry>> out = new ArrayList<>(entities);
        for (int i = 0; i < out.size(); i++) {
            Hit<Entry> c = out.get(i);
            if (c.value().kind() != Kind.COUNTRY || c.value().country() == null) {
                continue;
            }
            if (delegationOf(text, c)) {
                out.set(i, asSide(c));
                continue;
            }
            for (Hit<TitledPersons.Title> t : titles) {
                if (titleOwnedBy(text, t, c)) {
                    out.set(i, asSide(c));
                    // "the presidents of Poland, Lithuania and Latvia", "Polşa, Litva və Latviya prezidentləri": the
                    // title is each listed country's; a list has an "and" ("France, Chile's minister" is none)
                    int first = i;
                    int last = i;
                    while (first > 0 && listedWith(text, out.get(first - 1), out.get(first))) {
                        first--;
                    }
                    while (last + 1 < out.size() && listedWith(text, out.get(last), out.get(last + 1))) {
                        last++;
                    }
                    boolean list = false;
                    for (int k = first; k < last; k++) {
                        list |= !text.substring(out.get(k).end(), out.get(k + 1).start()).strip().equals(",");
                    }
                    for (int k = first; list && k <= last; k++) {
                        out.set(k, asSide(out.get(k)));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** A delegation's word right before its country: "a delegation of the Republic of", "делегацию", "đoàn đại biểu". */
    private static final java.util.regex.Pattern DELEGATION_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)(delegations?|делегаци[яиюей]|đoàn(\\s+đại\\s+biểu|\\s+cấp\\s+cao)?)"
                    // the body it comes from: "of the State Great Khural (Parliament) of", "Национального конгресса"
                    + "(\\s+(of\\s+the\\s+)?(?-i:\\p{Lu}[\\p{L}'-]*)(\\s+(?-i:\\p{Lu}[\\p{L}'-]*|\\p{IsCyrillic}+)){0,3}(\\s+\\([^)]{1,30}\\))?)?"
                    + TITLE_TO_COUNTRY.pattern()
                    + "(?-i:\\p{Lu}\\p{L}*\\s+)?$"); // "of the Islamic | Republic of Pakistan": the long name's first word

    /** "the delegation of Pakistan", "делегацию Пакистана", "Pakistan nümayəndə heyəti": the country is a side. */
    private static boolean delegationOf(String text, Hit<Entry> country) {
        String before = text.substring(Math.max(0, country.start() - 80), country.start());
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        // the pattern only where its words are: most countries have none before them
        if ((lower.contains("delegation") || lower.contains("делегаци") || lower.contains("đoàn"))
                && DELEGATION_BEFORE.matcher(before).find()) {
            return true;
        }
        String after = text.substring(country.end(), Math.min(text.length(), country.end() + 20)).toLowerCase(java.util.Locale.ROOT);
        return after.startsWith(" nümayəndə heyət");
    }

    static boolean isCountryOrSide(Hit<Entry> h) {
        return h.value().country() != null && (h.value().kind() == Kind.COUNTRY || SentenceView.isSide(h));
    }

    private static Hit<Entry> asSide(Hit<Entry> country) {
        Entry side = new Entry(Kind.DEMONYM, "side:" + country.value().country(), country.value().name(),
                country.value().country());
        return new Hit<>(country.start(), country.end(), country.matched(), side);
    }

    /** What joins the countries of a list: "Poland, Lithuania and Latvia". */
    private static final java.util.Set<String> COUNTRY_LIST_JOINS = java.util.Set.of(",", "and", ", and", "и", ", и", "và",
            ", và", "və", ", və");

    /** Whether {@code second} is a country (or side) listed right after {@code first}. */
    static boolean listedWith(String text, Hit<Entry> first, Hit<Entry> second) {
        boolean countries = isCountryOrSide(first) && isCountryOrSide(second);
        return countries && first.end() <= second.start() && second.start() - first.end() <= 6
                && COUNTRY_LIST_JOINS.contains(text.substring(first.end(), second.start()).strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the title names an official of the country: the country follows it ("Prime Minister of Cambodia",
     * "премьер-министра Монголии"), or stands right before it as an English possessive ("Chile's foreign minister")
     * or, in Azerbaijani, at all ("Azərbaycan Prezidenti", "Gürcüstanın Baş naziri").
     */
    private static boolean titleOwnedBy(String text, Hit<TitledPersons.Title> title, Hit<Entry> country) {
        if (country.start() >= title.end()) {
            return !"az".equals(title.value().language()) && country.start() - title.end() <= EventWeights.TITLE_TO_COUNTRY_REACH
                    && TITLE_TO_COUNTRY.matcher(text.substring(title.end(), country.start())).matches();
        }
        if ("az".equals(title.value().language()) && TitledPersons.ownsAzerbaijaniPortfolio(text, country, title.start())) {
            return true; // "İranın müdafiə və silahlı qüvvələrə dəstək naziri"
        }
        if (country.end() > title.start() || title.start() - country.end() > 3) {
            return false;
        }
        String between = text.substring(country.end(), title.start()).strip();
        return between.equals("'s") || between.equals("’s") || (between.isEmpty() && "az".equals(title.value().language()));
    }

    /**
     * A place at the start of a line followed by a comma, colon, bracket or dash: "BAKU, May 7 (AZERTAC) —",
     * "Hà Nội (TTXVN) -", "NEW DELHI: …".
     */
    private static boolean isDateline(String text, Hit<Entry> e) {
        if (e.start() > EventWeights.DATELINE_REACH || e.value().country() == null
                || !(e.value().kind() == Kind.PLACE || e.value().kind() == Kind.COUNTRY)) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', e.start() - 1) + 1;
        if (!text.substring(lineStart, e.start()).isBlank()) {
            return false;
        }
        int next = e.end();
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && ",:(—–-/".indexOf(text.charAt(next)) >= 0; // "BAKU/ Trend/ -"
    }

    private static void notePeopleTogether(String text, Sentences.Span span, List<Hit<Entry>> entities, Article article) {
        List<Entry> people = new ArrayList<>();
        for (Hit<Entry> e : entities) {
            if (e.value().kind() == Kind.PERSON && e.value().country() != null && !people.contains(e.value())) {
                people.add(e.value());
            }
        }
        if (people.size() < 2) {
            return;
        }
        // a year before this one makes it history, not a meeting: "Ho Chi Minh … 1959 … Heydar Aliyev … 1983"
        int run = 0;
        int value = 0;
        for (int i = span.start(); i <= span.end(); i++) {
            char c = i < span.end() ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                value = value * 10 + (c - '0');
                continue;
            }
            if (run == 4 && value >= 1800 && value < article.published.getYear()) {
                return;
            }
            run = 0;
            value = 0;
        }
        article.peopleTogether.add(people);
    }

    /** Who a nationality may name that holds no office: "the Indonesian conglomerate", "doanh nghiệp Hàn Quốc". */
    private static final List<String> NOT_OFFICIALS = List.of("company", "companies", "firm", "firms", "conglomerate",
            "businessmen", "business", "businesses", "investors", "tourists", "students", "fans", "athletes", "team",
            "компания", "компании", "бизнесмены", "инвесторы", "туристы", "студенты", "şirkət", "şirkəti",
            "şirkətləri", "turistlər", "tələbələr", "investorlar", "doanh nghiệp", "công ty", "du khách", "sinh viên",
            "nhà đầu tư", "press", "media", "journalists", "reporters", "пресса", "журналисты", "сми", "mətbuat",
            "jurnalistlər", "báo chí", "phóng viên");

    /** "and Danish " of "Swedish and Danish press": the other nationality of a pair. */
    private static final java.util.regex.Pattern PAIRED_NATIONALITY = java.util.regex.Pattern.compile("^(and|и|və|và) \\S+ ");

    private static boolean namesNoOfficial(String text, Sentences.Span span, Hit<Entry> nationality) {
        // "Swedish and Danish press": the noun may come after the next nationality of a pair
        String after = text.substring(nationality.end(), Math.min(span.end(), nationality.end() + 32)).strip()
                .toLowerCase(java.util.Locale.ROOT);
        after = PAIRED_NATIONALITY.matcher(after).replaceFirst("");
        String before = text.substring(Math.max(span.start(), nationality.start() - 16), nationality.start()).strip()
                .toLowerCase(java.util.Locale.ROOT);
        for (String word : NOT_OFFICIALS) {
            if (after.startsWith(word + " ") || after.equals(word) || before.endsWith(" " + word) || before.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
