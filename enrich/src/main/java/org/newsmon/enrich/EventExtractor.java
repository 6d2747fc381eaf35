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
 */
final class EventExtractor {
    enum Cue {
        VISIT,
        /** A word of going that is a visit only with a country or place right by it: "sẽ đến Indonesia", "Rusiyaya gedəcək". */
        GOES_TO,
        SIGN, AGREEMENT_OBJECT, SIGN_FUTURE, SIGN_DOUBT, CANCELLED, COMPLETED, ONGOING_STRONG, ANNOUNCED, ONGOING, HISTORICAL,
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
        OUR_COUNTRY
    }

    /**
     * How a sentence says that someone of one country is in another: a visit word with the visitor as subject and
     * the host as destination; a host receiving a guest; talks held in one side's country; a departure.
     */
    enum Frame { VISIT, HOST, MEET }

    private static final int MAX_TRIGGERS_PER_SENTENCE = 4;
    private static final int NOT_A_HOST = Integer.MIN_VALUE;

    /** An agreement word near the signing, nearer than anything signed that is no agreement. */
    private static boolean signsAnAgreement(Hit<Cue> sign, List<Hit<Cue>> objects, List<Hit<Cue>> others) {
        int object = objects.stream().mapToInt(o -> gap(sign, o)).min().orElse(Integer.MAX_VALUE);
        int other = others.stream().mapToInt(o -> gap(sign, o)).min().orElse(Integer.MAX_VALUE);
        return object <= EventWeights.OBJECT_REACH && object < other;
    }

    private static int gap(Hit<?> a, Hit<?> b) {
        return a.end() <= b.start() ? b.start() - a.end() : b.end() <= a.start() ? a.start() - b.end() : 0;
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
        List<Hit<Entry>> entities = withSides(text, known, titles);
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
                        List<Hit<Cue>> kept = v.stream().filter(h -> notVisits.stream().noneMatch(n -> gap(h, n) == 0)).toList();
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
            if (actors.stream().anyMatch(e -> e.value().kind() == Kind.DEMONYM && Sentence.namesNoOfficial(text, span, e))) {
                actors = actors.stream()
                        .filter(e -> e.value().kind() != Kind.DEMONYM || !Sentence.namesNoOfficial(text, span, e)).toList();
            }
            Sentence s = new Sentence(text, span, actors, byCue, () -> datesOf.apply(index), article, earlierDay);
            // the plainest way the sentence tells of a visit: a visit word, else a host receiving a guest, a
            // departure, or talks held in one side's country
            // a departure "for Senegal" or "в Москву" sets out on a visit rather than ending one
            List<Hit<Cue>> departures = new ArrayList<>();
            List<Hit<Cue>> setOut = new ArrayList<>();
            for (Hit<Cue> d : byCue.getOrDefault(Cue.DEPART, List.of())) {
                (setsOut(text, d) ? setOut : departures).add(d);
            }
            if (departures.isEmpty()) {
                byCue.remove(Cue.DEPART);
            } else {
                byCue.put(Cue.DEPART, departures);
            }
            if (!setOut.isEmpty()) {
                // "left" is a word of the end too: not when it sets out; then the trip is under way
                byCue.computeIfPresent(Cue.COMPLETED, (k, v) -> {
                    List<Hit<Cue>> ended = v.stream().filter(h -> setOut.stream().noneMatch(o -> gap(h, o) == 0)).toList();
                    return ended.isEmpty() ? null : ended;
                });
                // "left Accra for Senegal, where he will spend two days" is under way whatever comes next; "will
                // leave for" only if its day has come
                List<Hit<Cue>> underWay = new ArrayList<>(byCue.getOrDefault(Cue.ONGOING, List.of()));
                List<Hit<Cue>> surely = new ArrayList<>(byCue.getOrDefault(Cue.ONGOING_STRONG, List.of()));
                for (Hit<Cue> d : setOut) {
                    String said = text.substring(d.start(), d.end()).toLowerCase(java.util.Locale.ROOT);
                    (said.startsWith("will ") || said.startsWith("to ") ? underWay : surely).add(d);
                }
                if (!underWay.isEmpty()) {
                    byCue.put(Cue.ONGOING, underWay);
                }
                if (!surely.isEmpty()) {
                    byCue.put(Cue.ONGOING_STRONG, surely);
                }
            }
            List<Hit<Cue>> visitWords = new ArrayList<>(byCue.getOrDefault(Cue.VISIT, List.of()));
            visitWords.addAll(byCue.getOrDefault(Cue.GOES_TO, List.of()));
            visitWords.addAll(setOut);
            visitWords.sort(java.util.Comparator.comparingInt(Hit::start));
            List<Hit<Cue>> hosts = byCue.getOrDefault(Cue.HOST, List.of());
            // the frames in the order the sentence suggests, until one reads a visit: the main verb first ("Modi
            // received the Amir … when he arrived"), else a visit word, a host, a departure, talks
            boolean hostFirst = !hosts.isEmpty() && (visitWords.isEmpty() || hosts.get(0).start() < visitWords.get(0).start());
            List<Map.Entry<Frame, List<Hit<Cue>>>> frames = List.of(
                    Map.entry(hostFirst ? Frame.HOST : Frame.VISIT, hostFirst ? hosts : visitWords),
                    Map.entry(hostFirst ? Frame.VISIT : Frame.HOST, hostFirst ? visitWords : hosts),
                    Map.entry(Frame.VISIT, departures),
                    Map.entry(Frame.MEET, byCue.getOrDefault(Cue.MEET, List.of())));
            int mentionsBefore = article.mentions.size();
            for (Map.Entry<Frame, List<Hit<Cue>>> f : frames) {
                readVisits(s, f.getKey(), f.getValue(), text, spans.get(i));
                if (article.mentions.size() > mentionsBefore) {
                    break;
                }
            }
            // what is signed is named near the signing: "signed the guest book … according to protocol" is none
            List<Hit<Cue>> objects = byCue.getOrDefault(Cue.AGREEMENT_OBJECT, List.of());
            List<Hit<Cue>> others = byCue.getOrDefault(Cue.OTHER_SIGNED, List.of());
            byCue.getOrDefault(Cue.SIGN, List.of()).stream()
                    .filter(sign -> signsAnAgreement(sign, objects, others))
                    .findFirst().ifPresent(s::agreement);
        }
        // the headline's person is who "he" is in a body that has named no one yet
        article.sentence = spans.size();
        article.lastPerson = article.personBefore();
        article.entitiesBySentence = List.of();
        article.sentence = 0;
    }

    /** Between a title and the country whose official it names: "of", "of the Republic of", "Vương quốc", "Республики". */
    private static final java.util.regex.Pattern TITLE_TO_COUNTRY = java.util.regex.Pattern.compile(
            "\\s*(of\\s+)?(the\\s+)?((republic|kingdom|state|sultanate|federation|people's republic|islamic republic"
                    + "|democratic republic|socialist republic|vương quốc|cộng hòa|cộng hoà|nhà nước|республики|королевства"
                    + "|государства)\\s+(of\\s+)?(the\\s+)?)?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The entities with each country named as whose official someone is turned into a side, as a nationality is:
     * "the Prime Minister of Cambodia", "премьер-министра Монголии", "Thủ tướng Vương quốc Campuchia", "Chile's
     * foreign minister", "Gürcüstanın Baş naziri". Such a country is who acts, not where.
     */
    static List<Hit<Entry>> withSides(String text, List<Hit<Entry>> entities, List<Hit<TitledPersons.Title>> titles) {
        if (titles.isEmpty()) {
            return entities;
        }
        List<Hit<Entry>> out = new ArrayList<>(entities);
        for (int i = 0; i < out.size(); i++) {
            Hit<Entry> c = out.get(i);
            if (c.value().kind() != Kind.COUNTRY || c.value().country() == null) {
                continue;
            }
            for (Hit<TitledPersons.Title> t : titles) {
                if (titleOwnedBy(text, t, c)) {
                    Entry side = new Entry(Kind.DEMONYM, "side:" + c.value().country(), c.value().name(), c.value().country());
                    out.set(i, new Hit<>(c.start(), c.end(), c.matched(), side));
                    break;
                }
            }
        }
        return out;
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

    /** What a host verb may take instead of a guest: "приняли участие", "принял решение", "received an award". */
    private static final List<String> NOT_GUESTS = List.of("участие", "решени", "меры", "закон", "присяг", "резолюц",
            "постановлен", "an award", "the award", "a letter", "a call", "a message", "a reception", "a summit",
            "the summit", "a forum", "a conference", "the conference", "an event", "the event");

    /** What joins the items of a list of countries. */
    private static final java.util.Set<String> LIST_JOINS = java.util.Set.of(",", "and", ", and", "и", ", и", "và", ", và",
            "və", ", və", "ilə", "va", "then", "and then", ", then", "rồi", "а затем", ", а затем", "затем", "sonra", "və sonra");

    /** Words that stand between a visit and a destination or a companion, never inside a title. */
    private static final java.util.Set<String> NOT_IN_A_TITLE = java.util.Set.of("to", "in", "for", "with", "from", "at",
            "and", "by", "on", "в", "во", "с", "со", "из", "и", "на", "к", "tới", "đến", "sang", "tại", "ở", "và", "với",
            "cùng", "və", "ilə");

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
        return next < text.length() && ",:(—–-".indexOf(text.charAt(next)) >= 0;
    }

    /** The visits the triggers of one frame tell, each read from its own clause of the sentence. */
    private static void readVisits(Sentence s, Frame frame, List<Hit<Cue>> visits, String text, Sentences.Span span) {
        // real sentences name a visit a few times at most; the cap bounds the work on hostile text
        int triggers = Math.min(visits.size(), MAX_TRIGGERS_PER_SENTENCE);
        for (int k = 0; k < triggers; k++) {
            int from = k == 0 ? span.start() : clauseBoundary(text, visits.get(k - 1), visits.get(k));
            int to = k + 1 == visits.size() ? span.end() : clauseBoundary(text, visits.get(k), visits.get(k + 1));
            s.visit(frame, visits.get(k), from, to);
            if (frame != Frame.VISIT) {
                break; // one host, one meeting: its other words ("received … and held talks") say it again
            }
        }
    }

    /**
     * "left for Senegal", "departed to Baku", "вылетел в Москву", "will leave Accra on Monday for Freetown": a
     * departure towards the place named.
     */
    private static boolean setsOut(String text, Hit<Cue> departure) {
        String after = text.substring(departure.end(), Math.min(text.length(), departure.end() + 40)).toLowerCase(java.util.Locale.ROOT);
        int stop = after.indexOf('.');
        return after.startsWith(" for ") || after.startsWith(" to ") || after.startsWith(" в ") || after.startsWith(" во ")
                || (stop < 0 ? after : after.substring(0, stop)).contains(" for ");
    }

    /** Words and marks that join two clauses: "X's visit in 2014 and the visit by Y in 2015". */
    private static final List<String> CLAUSE_JOINS = List.of(",", ";", " and ", " but ", " while ", " и ", " а ", " но ",
            " və ", " isə ", " và ", " còn ", " — ", " – ");

    /**
     * Where the clause of one visit trigger ends and that of the next begins: after the last clause join between
     * them, else at the next trigger. Each trigger's actors and time are read from its own clause.
     */
    static int clauseBoundary(String text, Hit<Cue> before, Hit<Cue> after) {
        for (int at = after.start() - 1; at >= before.end(); at--) {
            for (String join : CLAUSE_JOINS) {
                if (at + join.length() <= after.start() && text.startsWith(join, at)) {
                    return at;
                }
            }
        }
        return after.start();
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

    /** The helpers that read one sentence. */
    private static final class Sentence {
        final String text;
        final String sentence;
        final Sentences.Span span;
        final List<Hit<Entry>> entities;
        final Map<Cue, List<Hit<Cue>>> cues;
        /** The sentence's dates, parsed on first use: most sentences with a trigger tell no event. */
        private final java.util.function.Supplier<List<DateMention>> datesOfSentence;
        final Article article;
        final java.util.function.Supplier<LocalDate> earlierDay;
        /** Who invited the visitor: a host, never the visitor. */
        final java.util.Set<Hit<Entry>> inviters = new java.util.HashSet<>();

        Sentence(String text, Sentences.Span span, List<Hit<Entry>> entities, Map<Cue, List<Hit<Cue>>> cues,
                 java.util.function.Supplier<List<DateMention>> dates, Article article,
                 java.util.function.Supplier<LocalDate> earlierDay) {
            this.earlierDay = earlierDay;
            this.text = text;
            this.span = span;
            this.sentence = span.of(text);
            this.entities = entities;
            this.cues = cues;
            this.datesOfSentence = dates;
            this.article = article;
            for (Hit<Cue> invitation : cues.getOrDefault(Cue.INVITED_BY, List.of())) {
                markInviters(invitation);
            }
        }

        /**
         * "at the invitation of his Sri Lankan counterpart Mahinda Rajapaksa", "по приглашению Президента Казахстана
         * Токаева": who is named after the phrase, up to the next comma and the first person; "Prezident İlham Əliyevin dəvəti ilə": the
         * person just before it, with the country named right before them.
         */
        private void markInviters(Hit<Cue> invitation) {
            boolean before = text.regionMatches(true, invitation.start(), "dəvət", 0, 5);
            if (before) {
                Hit<Entry> person = null;
                for (Hit<Entry> e : entities) {
                    if (e.end() <= invitation.start() && invitation.start() - e.end() <= 5 && e.value().kind() == Kind.PERSON) {
                        person = e;
                    }
                }
                if (person != null) {
                    inviters.add(person);
                    for (Hit<Entry> e : entities) {
                        if (e.end() <= person.start() && person.start() - e.end() <= 25 && e.value().kind() != Kind.PERSON) {
                            inviters.add(e);
                        }
                    }
                }
                return;
            }
            int comma = text.indexOf(',', invitation.end());
            int end = Math.min(invitation.end() + 80, comma < 0 ? span.end() : Math.min(comma, span.end()));
            for (Hit<Entry> e : entities) {
                if (e.start() >= invitation.end() && e.end() <= end && !isPlace(e.value().kind())) {
                    inviters.add(e);
                    if (e.value().kind() == Kind.PERSON) {
                        break; // one inviter: whoever follows is the subject ("по приглашению Токаева Эрдоган прибыл")
                    }
                }
            }
        }

        boolean has(Cue cue) {
            return cues.containsKey(cue);
        }

        /** Who a nationality may name that holds no office: "the Indonesian conglomerate", "doanh nghiệp Hàn Quốc". */
        private static final List<String> NOT_OFFICIALS = List.of("company", "companies", "firm", "firms", "conglomerate",
                "businessmen", "business", "businesses", "investors", "tourists", "students", "fans", "athletes", "team",
                "компания", "компании", "бизнесмены", "инвесторы", "туристы", "студенты", "şirkət", "şirkəti",
                "şirkətləri", "turistlər", "tələbələr", "investorlar", "doanh nghiệp", "công ty", "du khách", "sinh viên",
                "nhà đầu tư", "press", "media", "journalists", "reporters", "пресса", "журналисты", "сми", "mətbuat",
                "jurnalistlər", "báo chí", "phóng viên");

        private static boolean namesNoOfficial(String text, Sentences.Span span, Hit<Entry> nationality) {
            // "Swedish and Danish press": the noun may come after the next nationality of a pair
            String after = text.substring(nationality.end(), Math.min(span.end(), nationality.end() + 32)).strip()
                    .toLowerCase(java.util.Locale.ROOT).replaceFirst("^(and|и|və|và) \\S+ ", "");
            String before = text.substring(Math.max(span.start(), nationality.start() - 16), nationality.start()).strip()
                    .toLowerCase(java.util.Locale.ROOT);
            for (String word : NOT_OFFICIALS) {
                if (after.startsWith(word + " ") || after.equals(word) || before.endsWith(" " + word) || before.equals(word)) {
                    return true;
                }
            }
            return false;
        }

        /** A place right after the word of going ("sẽ đến Indonesia") or right before it ("Rusiyaya gedəcək"). */
        private static boolean nextTo(Hit<Entry> place, Hit<Cue> going) {
            return place.start() >= going.end() ? place.start() - going.end() <= 1 : going.start() - place.end() <= 1;
        }

        /**
         * "the visiting dignitary": the visitor is the one the phrase names, so a {@code visitor} not named right
         * after it ("the visiting Tajik President Rahmon") is someone else, the host.
         */
        private boolean visitingWithoutName(Hit<Cue> trigger, Hit<Entry> visitor) {
            if (!text.startsWith("visiting", trigger.start()) || trigger.end() - trigger.start() != "visiting".length()) {
                return false;
            }
            boolean attributive = text.startsWith("the ", trigger.start() - 4) || text.startsWith("a ", trigger.start() - 2);
            int comma = text.indexOf(',', trigger.end());
            boolean namedInThePhrase = visitor.start() >= trigger.end() && visitor.start() - trigger.end() <= 40
                    && (comma < 0 || comma > visitor.start());
            return attributive && !namedInThePhrase;
        }

        /** Words before a visit noun that make it the visit already told, when nothing names whose or where to. */
        private static final List<String> THE_VISIT_BEFORE = List.of("during the", "during this", "the", "this",
                "во время", "в ходе", "в честь", "в рамках", "trong", "nhân");
        /** Words after a visit noun that name whose or where to, so that it is not (only) the visit told before. */
        private static final List<String> VISIT_OWNER_AFTER = List.of("of", "to", "by", "in", "в", "во", "на", "của", "tới",
                "đến", "sang", "tại");

        /**
         * "during the visit", "в ходе визита", "Səfər zamanı", "trong chuyến thăm này": a visit noun with no owner or
         * destination of its own, which news writes for the visit it has just told.
         */
        private boolean isTheVisitToldBefore(Hit<Cue> trigger) {
            String word = text.substring(trigger.start(), trigger.end());
            String after = text.substring(trigger.end(), Math.min(span.end(), trigger.end() + 16)).strip();
            String nextWord = after.split("[ ,.;:]", 2)[0];
            if (word.equalsIgnoreCase("səfər")) {
                // Azerbaijani puts the owner before with a genitive and marks the noun ("Prezidentin səfəri"): the bare
                // noun is the visit told before
                return nextWord.equals("zamanı") || nextWord.equals("çərçivəsində") || nextWord.equals("ərzində");
            }
            if (!nextWord.isEmpty() && (Character.isUpperCase(nextWord.charAt(0)) && !nextWord.equals("I")
                    || VISIT_OWNER_AFTER.contains(nextWord.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
            String before = text.substring(Math.max(span.start(), trigger.start() - 12), trigger.start())
                    .replaceAll("[\"«“„(]", " ").strip().toLowerCase(java.util.Locale.ROOT);
            return THE_VISIT_BEFORE.stream().anyMatch(w -> before.equals(w) || before.endsWith(" " + w));
        }

        /** Words that put what a clause tells inside a visit: "during", "в ходе", "trong". */
        private static final List<String> DURING = List.of("during", "в ходе", "во время", "в рамках", "trong", "nhân",
                "trong khuôn khổ");
        /** Azerbaijani puts them after the noun: "səfəri çərçivəsində", "səfər zamanı". */
        private static final List<String> DURING_AFTER = List.of("çərçivəsində", "zamanı", "ərzində", "müddətində");

        /**
         * "During his two-day visit to Ghana, the president will hold talks", "səfəri çərçivəsində … keçiriləcək": the
         * clause tells the visit's programme, so once the visit is told its future tense does not say it is still to
         * come.
         */
        private boolean duringTheVisit(Hit<Cue> trigger) {
            String after = text.substring(trigger.end(), Math.min(span.end(), trigger.end() + 16)).strip();
            if (DURING_AFTER.contains(after.split("[ ,.;:]", 2)[0])) {
                return true;
            }
            // the word before the trigger, past a possessive and up to two words in lower case ("his two-day state")
            String[] words = text.substring(Math.max(span.start(), trigger.start() - 48), trigger.start())
                    .replaceAll("[\"«“„(]", " ").strip().split(" ");
            StringBuilder before = new StringBuilder();
            for (int k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
                String w = words[k].toLowerCase(java.util.Locale.ROOT);
                before.insert(0, before.isEmpty() ? w : w + " ");
                String phrase = before.toString();
                if (DURING.stream().anyMatch(d -> phrase.equals(d) || phrase.startsWith(d + " "))
                        && k >= words.length - 4) {
                    return true;
                }
                if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) {
                    return false;
                }
            }
            return false;
        }

        /** Words that lead from a visit word to its destination. */
        private static final List<String> TO_A_DESTINATION = List.of(" to the ", " to ", " в ", " во ");

        /** "trip to Asia", "визит в Африку": the visit word leads to a capitalised name that is no known place. */
        private boolean unknownDestination(Hit<Cue> trigger) {
            boolean endsWithTo = text.startsWith(" to", trigger.end() - 3) || text.startsWith(" в", trigger.end() - 2);
            for (String to : endsWithTo ? List.of(" ") : TO_A_DESTINATION) {
                if (text.startsWith(to, trigger.end())) {
                    int at = trigger.end() + to.length();
                    return at < span.end() && Character.isUpperCase(text.charAt(at))
                            && entities.stream().noneMatch(e -> e.start() == at);
                }
            }
            return false;
        }

        /** Whether a semicolon parts the date from the trigger: it is another clause's. */
        private boolean semicolonBetween(DateMention time, Hit<Cue> trigger) {
            int from = Math.min(time.end(), trigger.end());
            int to = Math.max(time.start(), trigger.start());
            return from < to && text.substring(from, to).indexOf(';') >= 0;
        }

        /** Whether another visit word of the sentence stands nearer {@code [start, end)} than {@code trigger}: what is said there is of that visit. */
        private boolean nearerAnotherVisit(int start, int end, Hit<Cue> trigger) {
            int own = Math.max(0, start >= trigger.end() ? start - trigger.end() : trigger.start() - end);
            for (Hit<Cue> other : cues.getOrDefault(Cue.VISIT, List.of())) {
                if (other.start() != trigger.start()) {
                    int d = Math.max(0, start >= other.end() ? start - other.end() : other.start() - end);
                    if (d < own) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether {@code cue} is said inside {@code [from, to)}. */
        private boolean hasIn(Cue cue, int from, int to) {
            return cues.getOrDefault(cue, List.of()).stream().anyMatch(h -> h.start() >= from && h.end() <= to);
        }

        /**
         * Whether the end the clause {@code [from, to)} (else the sentence) states is a departure from a place in
         * another country than the host, with no word of an end besides.
         */
        private boolean leavesForTheVisit(int from, int to, String host) {
            List<Hit<Cue>> departures = cues.getOrDefault(Cue.DEPART, List.of());
            List<Hit<Cue>> own = departures.stream().filter(h -> h.start() >= from && h.end() <= to).toList();
            List<Hit<Cue>> said = own.isEmpty() ? departures : own;
            int start = own.isEmpty() ? span.start() : from;
            int end = own.isEmpty() ? span.end() : to;
            // "left" and "rời" are words of both; only an end that is no departure ("concluded") counts here
            boolean ended = cues.getOrDefault(Cue.COMPLETED, List.of()).stream().anyMatch(h -> h.start() >= start
                    && h.end() <= end && departures.stream().noneMatch(d -> d.start() == h.start()));
            if (said.isEmpty() || ended) {
                return false;
            }
            for (Hit<Cue> d : said) {
                for (Hit<Entry> e : entities) {
                    if (isPlace(e.value().kind()) && e.value().country() != null && e.start() >= d.end()
                            && e.start() - d.end() <= 3) {
                        return !e.value().country().equals(host);
                    }
                }
            }
            return false;
        }

        /** A visit told by {@code trigger} in the way {@code frame} says, whose own clause is {@code [from, to)}. */
        void visit(Frame frame, Hit<Cue> trigger, int from, int to) {
            if (has(Cue.PHONE_CALL)) {
                return; // talking on the phone is not a visit
            }
            // "during the visit", "во время визита", "səfər zamanı": the visit told before, whoever is named with it
            boolean theVisitToldBefore = frame == Frame.VISIT && article.lastVisit != null && isTheVisitToldBefore(trigger);
            Hit<Entry>[] pair = theVisitToldBefore ? null : switch (frame) {
                case VISIT -> visitorAndHost(trigger);
                case HOST -> guestAndHost(trigger);
                case MEET -> guestAtTalks(trigger);
            };
            if (pair == null && (frame != Frame.VISIT || article.lastVisit == null)) {
                // no one visits and no visit told before goes on: no event, whatever the time (as below, read
                // first so that a sentence without one parses no dates)
                return;
            }
            // "my visit in 2014 and his visit in 2015": a date of the trigger's own clause first, else of the sentence
            DateMention time = timeOf(trigger, from, to);
            if (time == null) {
                time = timeOf(trigger, span.start(), span.end());
                if (time != null && semicolonBetween(time, trigger)) {
                    time = null; // "after his visit to Wellington (March 2024); welcomed the Speaker's visit to Vietnam"
                }
            }
            time = nextYearIfPlanned(time, from, to);
            boolean historical = isHistory(time);
            DateMention day = nearestDay(trigger, from, to);
            if (day == null) {
                day = nearestDay(trigger, span.start(), span.end());
            }
            boolean invitedToCome = has(Cue.INVITATION) && !has(Cue.INVITED_BY);
            if ((invitedToCome || has(Cue.VAGUE_TIME)) && (time == null || historical)) {
                return; // an invitation with no time, or a promise to come "at a convenient time", announces nothing
            }
            Hit<Entry> paired = pair == null ? null : pair[0];
            Hit<Entry> visitor = paired != null && isSide(paired) ? officialOf(paired, trigger) : paired;
            if (visitor != null && isEnvoy(visitor)) {
                return; // an ambassador at their post pays calls, not visits
            }
            if (visitor != null && visitingWithoutName(trigger, visitor)) {
                return; // "talking to the visiting dignitary, the minister said": the one named is the host
            }
            Hit<Entry> host = pair == null ? null : pair[1];
            if (trigger.value() == Cue.GOES_TO && (host == null || !nextTo(host, trigger))) {
                return; // "đã đến Đông Nam Á": gone to somewhere not known as one country
            }
            if (frame == Frame.VISIT && host != null && host.start() > trigger.end() && unknownDestination(trigger)) {
                return; // "a trip to Asia to deal with the crisis in Haiti": the trip is to Asia, not to Haiti
            }
            Hit<Entry> tourStop = null; // the next stop of a tour told without its traveller ("he will also visit Guinea")
            List<String> parties;
            List<String> actors = new ArrayList<>();
            String location = null;
            String visitorCountry = visitor == null ? null : visitor.value().country();
            if (visitor != null && visitorCountry == null) {
                java.util.Set<String> placesHere = new java.util.HashSet<>();
                entities.stream().filter(e -> isPlace(e.value().kind()) && e.value().country() != null)
                        .forEach(e -> placesHere.add(e.value().country()));
                // a visitor the text does not know: as found for them earlier in the article, else of the side named
                // just before ("Thủ tướng Campuchia Hun Manet"), else of the place they leave ("will leave Accra for
                // Sierra Leone"), else of the country the article is about besides the host
                String earlier = article.visitorCountries.get(visitor.value().name());
                visitorCountry = earlier != null ? earlier : entities.stream().filter(e -> e.value().kind() == Kind.DEMONYM && e.end() <= visitor.start()
                                && visitor.start() - e.end() <= 3).map(e -> e.value().country()).findFirst()
                        .or(() -> entities.stream().filter(e -> isPlace(e.value().kind()) && e.value().country() != null
                                && isOrigin(e)).map(e -> e.value().country()).findFirst())
                        // "the MPs accompanying Birla will comprise X, Y": a compatriot of someone named beside them
                        .or(() -> entities.stream().filter(e -> e.value().kind() == Kind.PERSON && e.value().country() != null
                                && !e.value().country().equals(host.value().country())).map(e -> e.value().country()).findFirst())
                        .orElseGet(() -> article.topCountries.stream().filter(c -> !c.equals(host.value().country())
                                        && !placesHere.contains(c)).findFirst().orElse(null));
                if (visitorCountry == null || host.value().country().equals(visitorCountry)) {
                    return;
                }
                article.visitorCountries.putIfAbsent(visitor.value().name(), visitorCountry);
            }
            if (visitorCountry != null) {
                parties = List.of(visitorCountry, host.value().country());
                if (visitor.value().kind() == Kind.PERSON) {
                    actors.add(visitor.value().name());
                }
                location = placeIn(host.value().country(), trigger);
            } else if (frame != Frame.VISIT) {
                return;
            } else {
                Mention context = article.lastVisit;
                if (context == null || historical) {
                    return;
                }
                String traveller = context.parties().get(0);
                Hit<Entry> next = hostPlace(trigger, traveller);
                boolean onlyPlaces = entities.stream().allMatch(e -> e.value().country() == null || isPlace(e.value().kind()));
                // "the next destination is Bolivia, where he will pay a state visit", "he will also visit Guinea"
                boolean goesOn = has(Cue.TOUR) || next != null && next.start() >= trigger.end() && next.start() - trigger.end() <= 4;
                if (goesOn && next != null && onlyPlaces && !context.parties().contains(next.value().country())) {
                    // the tour goes on
                    parties = List.of(traveller, next.value().country());
                    tourStop = next;
                } else if (entities.stream().allMatch(e -> e.value().country() == null
                        || context.parties().contains(e.value().country()))) {
                    parties = context.parties();
                } else {
                    return;
                }
                location = placeIn(parties.get(1), trigger);
            }
            for (Hit<Entry> e : entities) {
                // the visitor may be the subject of the whole sentence; anyone else must be named in the trigger's clause
                if (e.value().kind() == Kind.PERSON && in(parties, e.value().country()) && !actors.contains(e.value().name())
                        && e.start() >= from && e.end() <= to) {
                    actors.add(e.value().name());
                }
            }
            EventStatus status = visitStatus(day, trigger, from, to);
            if ((status == null || status == EventStatus.COMPLETED) && time != null && time.from().isAfter(article.published)) {
                // "invited him to visit Beijing in April", "after Trump's visit to Beijing in April next year": a time
                // to come
                status = EventStatus.ANNOUNCED;
            }
            if (status == EventStatus.COMPLETED && leavesForTheVisit(from, to, parties.get(1))) {
                // "rời Hà Nội, thăm chính thức Nhật Bản", "left Paris for Havana": leaving anywhere but the host
                // sets out on the visit
                status = day != null && day.from().isAfter(article.published) ? EventStatus.ANNOUNCED : EventStatus.ONGOING;
            }
            // "during the visit, the leaders will sign…": what the visit told before will hold, not whether it has begun
            List<String> visitParties = parties;
            boolean toldBefore = theVisitToldBefore || duringTheVisit(trigger) && article.mentions.stream()
                    .anyMatch(m -> m.type() == EventType.VISIT && !m.historical() && m.parties().equals(visitParties));
            boolean explicit = status != null && !(toldBefore && status == EventStatus.ANNOUNCED);
            Integer year = time == null ? null : time.from().getYear();
            String visitorName = visitor != null && visitor.value().kind() == Kind.PERSON ? visitor.value().name() : null;
            Mention earlier = visitorName == null ? null : article.lastVisitBy.get(visitorName);
            if (!historical && time == null && !explicit && earlier != null && earlier.historical()
                    && earlier.parties().equals(parties)) {
                // "During his visit to Hanoi, Aliyev met…", neither dated nor in the present or future, is the visit
                // of his that the article told of last; that one was history, so this is too
                historical = true;
                year = earlier.year();
            }
            if (historical && status != EventStatus.CANCELLED) {
                status = EventStatus.COMPLETED;
            }
            LocalDate until = untilDate();
            double confidence = EventWeights.VISIT_BASE
                    + (visitor != null && visitor.value().kind() == Kind.PERSON ? EventWeights.VISIT_NAMED_VISITOR : 0)
                    + (day != null ? EventWeights.VISIT_DAY : 0) + (explicit ? EventWeights.VISIT_STATUS_STATED : 0);
            Mention m = new Mention(EventType.VISIT, status, explicit, historical, year,
                    day == null ? null : day.from(), day == null ? null : day.to(), until, parties, actors, location,
                    sentence, Math.min(confidence, EventWeights.MAX_CONFIDENCE));
            article.mentions.add(m);
            Hit<Entry> destination = host != null ? host : tourStop;
            if (destination != null && frame == Frame.VISIT) {
                // a tour: "will visit Vietnam, Indonesia and Singapore", "Türkiyə, İran və Azərbaycana səfər" is a
                // visit to each
                List<String> listed = new ArrayList<>(destinationsListedAfter(destination, parties.get(0)));
                destinationsListedBefore(destination, parties.get(0)).stream().filter(c -> !listed.contains(c)).forEach(listed::add);
                // one country at a time: while the first leg is under way, the others are to come
                EventStatus legs = status == EventStatus.ONGOING ? EventStatus.ANNOUNCED : status;
                for (String next : listed) {
                    article.mentions.add(new Mention(EventType.VISIT, legs, explicit, historical, year, m.date(), m.dateEnd(),
                            until, List.of(parties.get(0), next), actors, null, sentence, m.confidence()));
                }
            }
            if (visitor != null && host != null && frame == Frame.VISIT) {
                // "Macron and Scholz visited Kyiv", "Çavuşoğlu ilə yanaşı, İran XİN başçısı da Çinə səfər edəcək": each
                // visitor joined to the one found makes a visit of their own
                for (String other : joinedVisitors(visitor, parties, from, to)) {
                    article.mentions.add(new Mention(EventType.VISIT, status, explicit, historical, year, m.date(),
                            m.dateEnd(), until, List.of(other, parties.get(1)), List.of(), location, sentence, m.confidence()));
                }
            }
            if (visitorName != null) {
                article.lastVisitBy.put(visitorName, m);
            }
            if (!historical) {
                article.lastVisit = m;
                article.lastParties = parties;
            }
        }

        /** Words that join one visitor to another: "and", "along with", "ilə yanaşı". */
        private static final List<String> VISITOR_JOINS = List.of("and", "as well as", "along with", "together with", "и",
                "вместе с", "а также", "və", "ilə yanaşı", "ilə birlikdə", "və həmçinin", "và", "cùng", "cùng với");

        /**
         * The countries of the officials joined to {@code visitor} in the clause {@code [from, to)} (named or as a
         * side), but the visit's two: "X and Y visited Z", "X ilə yanaşı, Y da Z-yə səfər edəcək".
         */
        private List<String> joinedVisitors(Hit<Entry> visitor, List<String> parties, int from, int to) {
            List<String> out = new ArrayList<>();
            for (Hit<Entry> e : entities) {
                String country = e.value().country();
                if (country == null || parties.contains(country) || out.contains(country) || e.start() < from || e.end() > to
                        || !(e.value().kind() == Kind.PERSON || isSide(e)) || inviters.contains(e)) {
                    continue;
                }
                int gapStart = Math.min(visitor.end(), e.end());
                int gapEnd = Math.max(visitor.start(), e.start());
                if (gapEnd < gapStart || gapEnd - gapStart > 60) {
                    continue;
                }
                String between = text.substring(gapStart, gapEnd).toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[,]", " ").strip();
                if (VISITOR_JOINS.stream().anyMatch(j -> between.startsWith(j + " ") || between.endsWith(" " + j)
                        || between.equals(j) || between.contains(" " + j + " "))) {
                    out.add(country);
                }
            }
            return out;
        }

        /** Countries listed right before a destination ("Türkiyə, İran və Azərbaycana səfər"). */
        private List<String> destinationsListedBefore(Hit<Entry> destination, String visitorCountry) {
            List<String> more = new ArrayList<>();
            Hit<Entry> first = destination;
            for (int k = entities.size() - 1; k >= 0; k--) {
                Hit<Entry> e = entities.get(k);
                if (e.end() > first.start()) {
                    continue;
                }
                String between = text.substring(e.end(), first.start()).strip().toLowerCase(java.util.Locale.ROOT);
                if (e.value().kind() != Kind.COUNTRY || !LIST_JOINS.contains(between)) {
                    break;
                }
                String country = e.value().country();
                if (!country.equals(visitorCountry) && !country.equals(destination.value().country()) && !more.contains(country)) {
                    more.add(0, country);
                }
                first = e;
            }
            return more;
        }

        /** Countries listed right after a destination ("Vietnam, Indonesia and Singapore", "Лаос и Камбоджу"). */
        private List<String> destinationsListedAfter(Hit<Entry> destination, String visitorCountry) {
            List<String> more = new ArrayList<>();
            Hit<Entry> last = destination;
            for (Hit<Entry> e : entities) {
                if (e.start() < last.end()) {
                    continue;
                }
                String between = text.substring(last.end(), e.start()).strip().toLowerCase(java.util.Locale.ROOT);
                if (e.value().kind() != Kind.COUNTRY || !LIST_JOINS.contains(between)) {
                    break;
                }
                String country = e.value().country();
                if (!country.equals(visitorCountry) && !country.equals(destination.value().country()) && !more.contains(country)) {
                    more.add(country);
                }
                last = e;
            }
            return more;
        }

        /**
         * Who visits where: the pair of an actor and a place of different countries nearest to the trigger. Named
         * people come first; an organisation or a nationality ("the Vietnamese leader") only when no one is named.
         * Without a place, the person nearest the trigger visits the other ("Aliyev … ahead of To Lam's visit").
         */
        @SuppressWarnings("unchecked")
        private Hit<Entry>[] visitorAndHost(Hit<Cue> trigger) {
            if (article.dateline != null && saysHere(trigger)) {
                // "arrived here": in the dateline's city
                String here = article.dateline.value().country();
                Hit<Entry> visitor = nearestGuest(trigger, here);
                return visitor == null ? null : new Hit[] {visitor, article.dateline};
            }
            Hit<Entry> named = visitorOfTheVisitWord(trigger);
            if (named != null) {
                // "To Lam's visit", "the visit of General Secretary To Lam": the host is the place of another country
                // nearest the trigger, else the other side named in the sentence
                String own = named.value().country();
                Hit<Entry> host = hostPlace(trigger, own);
                if (host == null) {
                    host = nearest(trigger, e -> e.value().country() != null && !own.equals(e.value().country())
                            && (e.value().kind() == Kind.PERSON || e.value().kind() == Kind.DEMONYM) && !inviters.contains(e));
                }
                if (host != null) {
                    return new Hit[] {named, host};
                }
            }
            boolean peopleNamed = false;
            for (Hit<Entry> e : entities) {
                if (e.value().kind() == Kind.PERSON && e.value().country() != null && !inviters.contains(e)) {
                    peopleNamed = true;
                    break;
                }
            }
            Hit<Entry>[] best = null;
            int bestCost = Integer.MAX_VALUE;
            // costs of each place as a host, computed once (the pairs below are quadratic) and only once an actor
            // is there to pair (most sentences have none)
            int[] hostCost = null;
            // "отправится в Минск", "arrived in Hanoi": a place the trigger leads straight to is the one host
            Hit<Entry> straightTo = null;
            for (Hit<Entry> h : entities) {
                if (h.value().country() != null && isPlace(h) && leadsStraightTo(trigger, h)) {
                    straightTo = h;
                    break;
                }
            }
            for (Hit<Entry> v : entities) {
                Kind kind = v.value().kind();
                if (v.value().country() == null || !(kind == Kind.PERSON || isSide(v) || (!peopleNamed && isActor(kind)))
                        || distance(v, trigger) > EventWeights.MAX_REACH || inviters.contains(v)) {
                    continue;
                }
                if (hostCost == null) {
                    hostCost = new int[entities.size()];
                    for (int j = 0; j < entities.size(); j++) {
                        Hit<Entry> h = entities.get(j);
                        boolean place = h.value().country() != null && isPlace(h) && !isCompanion(h)
                                && distance(h, trigger) <= EventWeights.MAX_REACH && (straightTo == null || h == straightTo);
                        hostCost[j] = !place ? NOT_A_HOST
                                : distance(h, trigger) + (isOrigin(h) ? EventWeights.ORIGIN_COST : 0)
                                - (isDestination(h, trigger) ? EventWeights.DESTINATION_BONUS : 0);
                    }
                }
                int actorCost = distance(v, trigger) + actorPenalty(kind);
                for (int j = 0; j < entities.size(); j++) {
                    Hit<Entry> h = entities.get(j);
                    if (hostCost[j] == NOT_A_HOST || h.value().country().equals(v.value().country())) {
                        continue;
                    }
                    int cost = actorCost + hostCost[j];
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new Hit[] {v, h};
                    }
                }
            }
            if (best != null) {
                return best;
            }
            Hit<Cue> ours = cues.getOrDefault(Cue.OUR_COUNTRY, List.of()).stream().findFirst().orElse(null);
            if (ours != null) {
                // "the visit of the Russian leader to our country": to the country the article is about besides theirs
                Hit<Entry> guest = nearest(trigger, e -> isGuestOrHost(e) && !inviters.contains(e));
                String home = guest == null ? null : article.topCountries.stream()
                        .filter(c -> !c.equals(guest.value().country())).findFirst().orElse(null);
                if (home != null) {
                    Entry country = new Entry(Kind.COUNTRY, "country:" + home.toLowerCase(java.util.Locale.ROOT), home, home);
                    return new Hit[] {guest, new Hit<>(ours.start(), ours.end(), ours.matched(), country)};
                }
            }
            Entry meant = article.personBefore();
            if (meant != null && article.lastVisit == null && pronounBefore(trigger)) {
                // "Xi invited him to visit Beijing": he is the one the sentence before was about (once a visit is
                // told, "he also visited Guinea" is its traveller's: see the tour below)
                Hit<Entry> where = hostPlace(trigger);
                if (where != null && !meant.country().equals(where.value().country())) {
                    int at = trigger.start();
                    return new Hit[] {new Hit<>(at, at, 0, meant), where};
                }
            }
            // someone named by title alone ("Prime Minister X arrived in Colombo"): the country is found later
            Hit<Entry> unplaced = nearest(trigger, e -> e.value().kind() == Kind.PERSON && e.value().country() == null
                    && !inviters.contains(e));
            Hit<Entry> destination = unplaced == null ? null : hostPlace(trigger);
            if (unplaced != null && destination != null) {
                return new Hit[] {unplaced, destination};
            }
            // "X will call on Y during his visit": his is the subject's; else the person nearest the visit word (the
            // first of the nearest); both looked for in one pass, and the words before the trigger read only if
            // there is someone before it
            Hit<Entry> firstBefore = null;
            Hit<Entry> nearestPerson = null;
            for (Hit<Entry> e : entities) {
                if (e.value().kind() != Kind.PERSON || e.value().country() == null || inviters.contains(e)) {
                    continue;
                }
                if (firstBefore == null && e.end() <= trigger.start()) {
                    firstBefore = e;
                }
                if (nearestPerson == null || distance(e, trigger) < distance(nearestPerson, trigger)) {
                    nearestPerson = e;
                }
            }
            // the subject of "his visit", else, when someone invited, the person nearest the trigger: two people
            // named without a place are as often met anywhere ("expects to meet Putin during his trip")
            Hit<Entry> visitor = firstBefore != null && afterPossessive(trigger) ? firstBefore
                    : inviters.isEmpty() ? null : nearestPerson;
            if (visitor == null) {
                return null;
            }
            Hit<Entry> host = null;
            for (Hit<Entry> e : entities) {
                if (e.value().kind() == Kind.PERSON && e.value().country() != null
                        && !e.value().country().equals(visitor.value().country())
                        && (host == null || distance(e, trigger) < distance(host, trigger))) {
                    host = e;
                }
            }
            return host == null ? null : new Hit[] {visitor, host};
        }

        /** Pronouns that stand for a person as the object of a verb ("invited him to visit"): never the subject. */
        private static final List<String> OBJECT_PRONOUNS = List.of("him", "her", "его", "её", "ее");
        /** Pronouns that may be the subject: the person named before them in the sentence, if any. */
        private static final List<String> SUBJECT_PRONOUNS = List.of("he", "she", "ông", "bà", "он", "она");

        /**
         * "invited him to visit", "ông sẽ thăm", "пригласил его посетить": a pronoun a few words before the trigger
         * that stands for someone not named in the sentence, followed by a word in lower case (the Vietnamese "ông"
         * also comes before names: "ông Trump"). "Xi said he will visit" is Xi's own.
         */
        private boolean pronounBefore(Hit<Cue> trigger) {
            int from = Math.max(span.start(), trigger.start() - 20);
            String[] words = text.substring(from, trigger.start()).split(" ");
            for (int k = words.length - 1; k >= 0 && k >= words.length - 3; k--) {
                String w = words[k].toLowerCase(java.util.Locale.ROOT);
                boolean object = OBJECT_PRONOUNS.contains(w) || (w.equals("ông") || w.equals("bà")) && k > 0
                        && words[k - 1].equalsIgnoreCase("mời");
                if (object || SUBJECT_PRONOUNS.contains(w)) {
                    String next = k + 1 < words.length ? words[k + 1] : text.substring(trigger.start(), trigger.end());
                    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && (object || !nameBefore(trigger.start()));
                }
            }
            return false;
        }

        /** Whether a person, or any capitalised word past the first, stands in the sentence before {@code at}. */
        private boolean nameBefore(int at) {
            if (entities.stream().anyMatch(e -> e.value().kind() == Kind.PERSON && e.end() <= at)) {
                return true;
            }
            String before = text.substring(span.start(), at);
            int firstSpace = before.indexOf(' ');
            if (firstSpace < 0) {
                return false;
            }
            String first = before.substring(0, firstSpace);
            boolean pronounFirst = OBJECT_PRONOUNS.contains(first.toLowerCase(java.util.Locale.ROOT))
                    || SUBJECT_PRONOUNS.contains(first.toLowerCase(java.util.Locale.ROOT));
            for (int i = pronounFirst ? firstSpace : 0; i < before.length(); i++) {
                if (Character.isUpperCase(before.charAt(i)) && (i == 0 || before.charAt(i - 1) == ' ')) {
                    return true;
                }
            }
            return false;
        }

        /** "his visit", "her trip", "его визита", "своего визита": the visit of the sentence's subject. */
        private boolean afterPossessive(Hit<Cue> trigger) {
            // "his visit", "his four-day official visit", "своего официального визита": the possessive, then only
            // words in lower case up to the trigger
            String[] words = text.substring(Math.max(span.start(), trigger.start() - 40), trigger.start()).strip().split(" ");
            for (int k = words.length - 1; k >= 0 && k >= words.length - 3; k--) {
                if (POSSESSIVES.contains(words[k].toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) {
                    return false;
                }
            }
            return false;
        }

        private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their", "его", "её", "ее",
                "своего", "своей", "своим");

        /**
         * A host receiving a guest ("Tokayev received the Mongolian Prime Minister in Astana", "Əliyev … Kobaxidzeni
         * qəbul edib", "был принят Президентом"): the host is the place named, else the subject (the first actor of
         * the sentence; the one after the trigger when the verb is passive); the guest is the actor of another
         * country nearest the trigger.
         */
        @SuppressWarnings("unchecked")
        private Hit<Entry>[] guestAndHost(Hit<Cue> trigger) {
            if (receivesSomethingElse(trigger)) {
                return null;
            }
            Hit<Entry> host = meetingPlace(trigger);
            if (host == null) {
                host = agentAfter(trigger);
            }
            if (host == null) {
                boolean passive = isPassive(trigger);
                host = passive ? nearest(trigger, e -> e.start() >= trigger.end() && isGuestOrHost(e))
                        : entities.stream().filter(e -> e.end() <= trigger.start() && isGuestOrHost(e)).findFirst().orElse(null);
            }
            if (host == null) {
                return null;
            }
            String hostCountry = host.value().country();
            Hit<Entry> guest = nearestGuest(trigger, hostCountry);
            return guest == null ? null : new Hit[] {guest, host};
        }

        /**
         * Talks or a meeting in one side's country, with that side present ("in Nairobi, the Vice President of Ghana
         * met Kenyan President Ruto"): the guest is the actor of the other country nearest the trigger. Meetings on the
         * sidelines of a gathering and meetings without a place are no visit.
         */
        @SuppressWarnings("unchecked")
        private Hit<Entry>[] guestAtTalks(Hit<Cue> trigger) {
            Hit<Entry> found = meetingPlace(trigger);
            // a signing ceremony is held wherever the signatories are: only a place it names says where
            String word = text.substring(trigger.start(), trigger.end()).toLowerCase(java.util.Locale.ROOT);
            boolean ceremony = word.contains("ceremon") || word.contains("церемони") || word.contains("mərasim")
                    || word.contains("lễ ký");
            Hit<Entry> place = ceremony ? (found == article.dateline ? null : found)
                    : found != null ? found : placeOfTheArticle(trigger);
            if (has(Cue.SIDELINES) || place == null) {
                return null;
            }
            String hostCountry = place.value().country();
            boolean hostPresent = entities.stream().anyMatch(e -> e != place && hostCountry.equals(e.value().country())
                    && isActor(e.value().kind()));
            Hit<Entry> guest = nearestGuest(trigger, hostCountry);
            return hostPresent && guest != null ? new Hit[] {guest, place} : null;
        }

        /**
         * Where a reception or talks take place: a city, or a country said as a location ("in Mongolia", "в
         * Монголии", "tại Lào", "Monqolustanda"); a country named otherwise is a side ("the Prime Minister of
         * Mongolia"), not a place.
         */
        private Hit<Entry> meetingPlace(Hit<Cue> trigger) {
            Hit<Entry> best = null;
            for (Hit<Entry> h : entities) {
                if (h.value().country() != null && (h.value().kind() == Kind.PLACE || (h.value().kind() == Kind.COUNTRY && isLocative(h)))
                        && !isOrigin(h) && !isEnvoysPost(h) && distance(h, trigger) <= EventWeights.MAX_REACH && (best == null || distance(h, trigger) < distance(best, trigger))) {
                    best = h;
                }
            }
            return best != null ? best : article.dateline;
        }

        /**
         * Talks the sentence places nowhere, between officials of two countries of which the article names places of
         * one alone (the city of a summit, the capital): they are held there. A hit of that place at the trigger.
         */
        private Hit<Entry> placeOfTheArticle(Hit<Cue> trigger) {
            java.util.Set<String> sides = new java.util.LinkedHashSet<>();
            for (Hit<Entry> e : entities) {
                if (e.value().country() != null && (e.value().kind() == Kind.PERSON || isSide(e))) {
                    sides.add(e.value().country());
                }
            }
            if (sides.size() != 2) {
                return null;
            }
            List<String> placed = sides.stream().filter(article.firstPlaceByCountry::containsKey).toList();
            if (placed.size() != 1) {
                return null;
            }
            String country = placed.get(0);
            Entry place = new Entry(Kind.PLACE, "place:of-article", article.firstPlaceByCountry.get(country), country);
            return new Hit<>(trigger.start(), trigger.start(), 0, place);
        }

        /** "arrived here", "прибыл сюда": the trigger is followed by a word for the dateline's place. */
        private boolean saysHere(Hit<Cue> trigger) {
            int i = trigger.end();
            while (i < span.end() && text.charAt(i) == ' ') {
                i++;
            }
            String next = text.substring(i, Math.min(span.end(), i + 6)).toLowerCase(java.util.Locale.ROOT);
            return next.startsWith("here") || next.startsWith("сюда");
        }

        /** "Ambassador X", "Azərbaycanın Mərakeşdəki səfiri X", "посол Y": someone named as an envoy. */
        private boolean isEnvoy(Hit<Entry> h) {
            return h.value().kind() != Kind.COUNTRY && h.value().kind() != Kind.PLACE && isEnvoysPost(h);
        }

        /** "Đại sứ Hàn Quốc tại Việt Nam", "ambassador to Japan", "посол России в Казахстане": an envoy's post. */
        private boolean isEnvoysPost(Hit<Entry> h) {
            String before = text.substring(Math.max(span.start(), h.start() - 40), h.start()).toLowerCase(java.util.Locale.ROOT);
            return before.contains("ambassador") || before.contains("đại sứ") || before.contains("посол")
                    || before.contains("səfir") || before.contains("envoy");
        }

        private boolean isLocative(Hit<Entry> h) {
            String before = text.substring(Math.max(0, h.start() - 5), h.start()).toLowerCase(java.util.Locale.ROOT);
            String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
            boolean azerbaijaniLocative = h.end() > h.start() + h.matched() && (surface.endsWith("da") || surface.endsWith("də"));
            // "at the Ritz-Carlton, Marina Bay (Singapore)": a country in brackets after a place says where it is
            boolean bracketedAfterPlace = before.endsWith("(") && h.end() < text.length() && text.charAt(h.end()) == ')';
            return before.endsWith("in ") || before.endsWith(" в ") || before.endsWith(" во ") || before.endsWith("tại ")
                    || before.endsWith(" ở ") || azerbaijaniLocative || bracketedAfterPlace;
        }

        /**
         * The person whose visit the trigger word names: "To Lam's state visit", "the visit of General Secretary To
         * Lam", "visit by X", "визит Си Цзиньпина", "chuyến thăm của Thủ tướng X", "Tokayevin Azərbaycana səfəri".
         */
        private Hit<Entry> visitorOfTheVisitWord(Hit<Cue> trigger) {
            for (Hit<Entry> e : entities) {
                if (e.value().kind() != Kind.PERSON || e.value().country() == null || inviters.contains(e)) {
                    continue;
                }
                if (e.start() >= trigger.end() && e.start() - trigger.end() <= 40) {
                    String between = text.substring(trigger.end(), e.start()).strip();
                    String lower = between.toLowerCase(java.util.Locale.ROOT);
                    boolean nounOfVisitor = lower.startsWith("of ") || lower.startsWith("by ") || lower.equals("of")
                            || lower.equals("by") || lower.startsWith("của");
                    if (nounOfVisitor || (takesItsVisitorAfter(trigger) && (between.isEmpty() || isTitleOnly(between)))) {
                        return e;
                    }
                } else if (e.end() <= trigger.start() && trigger.start() - e.end() <= 30) {
                    String between = text.substring(e.end(), trigger.start());
                    String suffix = text.substring(e.start() + e.matched(), e.end()).toLowerCase(java.util.Locale.ROOT);
                    if (between.startsWith("'s ") || between.startsWith("’s ") || TitledPersons.AZERBAIJANI_GENITIVE.contains(suffix)) {
                        return e;
                    }
                }
            }
            return null;
        }

        /** "визит председателя", "поездка премьера", "visiting Prime Minister X": a word whose visitor follows it. */
        private boolean takesItsVisitorAfter(Hit<Cue> trigger) {
            String word = text.substring(trigger.start(), trigger.end()).toLowerCase(java.util.Locale.ROOT);
            return word.equals("visiting") || word.startsWith("визит") || word.startsWith("поездк") || word.startsWith("приезд");
        }

        /**
         * A title between a visit word and its visitor ("визит председателя КНР", "visiting Pakistani Prime
         * Minister"): short, no punctuation, no word that would make the name a destination or a companion.
         */
        private static boolean isTitleOnly(String between) {
            if (between.length() > 40 || between.chars().anyMatch(c -> c == ',' || c == '.' || c == ';' || c == ':')) {
                return false;
            }
            for (String word : between.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (NOT_IN_A_TITLE.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        /** The place the trigger is about: nearest to it within reach, not named as an origin, a destination first. */
        private Hit<Entry> hostPlace(Hit<Cue> trigger) {
            return hostPlace(trigger, null);
        }

        /** The same, of another country than {@code notOf} (any country when null). */
        private Hit<Entry> hostPlace(Hit<Cue> trigger, String notOf) {
            Hit<Entry> best = null;
            int bestCost = Integer.MAX_VALUE;
            for (Hit<Entry> h : entities) {
                if (h.value().country() == null || !isPlace(h) || isOrigin(h) || isCompanion(h) || distance(h, trigger) > EventWeights.MAX_REACH
                        || h.value().country().equals(notOf)) {
                    continue;
                }
                int cost = distance(h, trigger) - (isDestination(h, trigger) ? EventWeights.DESTINATION_BONUS : 0);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = h;
                }
            }
            return best;
        }

        /**
         * Who can be a guest or a host: a person, organisation or nationality with a country, or a country named as
         * a side ("премьер-министра Монголии", "Thủ tướng Thái Lan"); a country alone hosts nothing ("a reception on
         * the National Day of Qatar").
         */
        private static boolean isGuestOrHost(Hit<Entry> e) {
            return e.value().country() != null && isActor(e.value().kind());
        }

        /** The guest: an actor not of the host's country nearest the trigger, a named person before a nationality. */
        private Hit<Entry> nearestGuest(Hit<Cue> trigger, String hostCountry) {
            Hit<Entry> best = null;
            int bestCost = Integer.MAX_VALUE;
            for (Hit<Entry> e : entities) {
                if (!isGuestOrHost(e) || hostCountry.equals(e.value().country()) || distance(e, trigger) > EventWeights.MAX_REACH
                        || inviters.contains(e)) {
                    continue;
                }
                int cost = distance(e, trigger) + actorPenalty(e.value().kind());
                if (cost < bestCost) {
                    bestCost = cost;
                    best = e;
                }
            }
            return best;
        }

        /** "приняли участие", "принял решение", "received an award": the verb takes no guest. */
        private boolean receivesSomethingElse(Hit<Cue> trigger) {
            int i = trigger.end();
            while (i < span.end() && text.charAt(i) == ' ') {
                i++;
            }
            String next = text.substring(i, Math.min(span.end(), i + 10)).toLowerCase(java.util.Locale.ROOT);
            return NOT_GUESTS.stream().anyMatch(next::startsWith);
        }

        /** "was received", "были приняты", "được tiếp": the subject is the guest. */
        /** Words that name who does what a noun or passive before them tells: "welcomed by", "lễ đón … do X chủ trì". */
        private static final List<String> AGENT_WORDS = List.of(" by ", " do ");

        /**
         * "Lee Hsien Loong sẽ dự lễ đón chính thức tại Phủ Chủ tịch do Thủ tướng Phạm Minh Chính chủ trì", "a welcome
         * hosted by President X": the actor named soon after the agent word hosts.
         */
        private Hit<Entry> agentAfter(Hit<Cue> trigger) {
            int end = Math.min(span.end(), trigger.end() + EventWeights.AGENT_REACH);
            String after = text.substring(trigger.end(), end).toLowerCase(java.util.Locale.ROOT);
            for (String word : AGENT_WORDS) {
                int at = after.indexOf(word);
                if (at >= 0) {
                    int from = trigger.end() + at + word.length();
                    return entities.stream().filter(e -> e.start() >= from && e.start() - from <= 40 && isGuestOrHost(e)
                            && e.value().kind() == Kind.PERSON).findFirst().orElse(null);
                }
            }
            return null;
        }

        private boolean isPassive(Hit<Cue> trigger) {
            String before = text.substring(Math.max(span.start(), trigger.start() - 8), trigger.start())
                    .toLowerCase(java.util.Locale.ROOT);
            return before.endsWith("was ") || before.endsWith("were ") || before.endsWith("been ")
                    || before.endsWith("был ") || before.endsWith("была ") || before.endsWith("были ")
                    || before.endsWith("được ");
        }

        private Hit<Entry> nearest(Hit<Cue> trigger, java.util.function.Predicate<Hit<Entry>> which) {
            Hit<Entry> best = null;
            for (Hit<Entry> e : entities) {
                if (which.test(e) && distance(e, trigger) <= EventWeights.MAX_REACH
                        && (best == null || distance(e, trigger) < distance(best, trigger))) {
                    best = e;
                }
            }
            return best;
        }

        /** A word of the future just before the signing, or one that follows it in Azerbaijani order. */
        private boolean plannedSigning(Hit<Cue> sign) {
            // "will … preside over the signing of": a noun of signing takes its time from the verb that governs it,
            // however far before it stands in the sentence
            String word = text.substring(sign.start(), sign.end()).toLowerCase(java.util.Locale.ROOT);
            int reach = word.equals("signing") || word.startsWith("подписани") ? sign.start() - span.start() : EventWeights.FUTURE_REACH;
            return cues.getOrDefault(Cue.FUTURE, List.of()).stream()
                    .anyMatch(f -> f.end() <= sign.start() && sign.start() - f.end() <= reach)
                    || cues.getOrDefault(Cue.FUTURE_AFTER, List.of()).stream()
                    .anyMatch(f -> f.start() >= sign.end() && f.start() - sign.end() <= EventWeights.FUTURE_REACH);
        }

        void agreement(Hit<Cue> trigger) {
            DateMention time = timeOf(trigger, span.start(), span.end());
            boolean historical = isHistory(time);
            List<String> found = new ArrayList<>();
            entities.stream()
                    .filter(e -> e.value().country() != null)
                    .sorted((a, b) -> Integer.compare(distance(a, trigger), distance(b, trigger)))
                    .map(e -> e.value().country())
                    .forEach(c -> {
                        if (!found.contains(c)) {
                            found.add(c);
                        }
                    });
            if (found.size() < 2 && entities.stream().anyMatch(e -> e.value().kind() == Kind.ORGANIZATION
                    && e.value().country() == null && distance(e, trigger) <= EventWeights.MAX_REACH)) {
                return; // "adopted a statement between ASEAN and India": an organisation of many countries is a side
            }
            List<String> parties;
            if (found.size() >= 2) {
                parties = List.of(found.get(0), found.get(1));
            } else if (article.lastParties != null && (found.isEmpty() || article.lastParties.contains(found.get(0)))) {
                parties = article.lastParties;
            } else if (found.size() == 1) {
                String other = article.topCountries.stream().filter(c -> !c.equals(found.get(0))).findFirst().orElse(null);
                if (other == null) {
                    return;
                }
                parties = List.of(found.get(0), other);
            } else if (article.topCountries.size() >= 2) {
                parties = article.topCountries.subList(0, 2);
            } else {
                return;
            }
            parties = parties.stream().sorted().toList(); // agreements have no direction: parties in alphabetical order
            EventStatus status = has(Cue.SIGN_DOUBT) || has(Cue.PHONE_CALL) || has(Cue.SIGN_FUTURE) || plannedSigning(trigger)
                    ? EventStatus.PLANNED : EventStatus.SIGNED;
            DateMention day = nearestDay(trigger, span.start(), span.end());
            LocalDate date = day != null ? day.from() : null;
            if (date == null && status == EventStatus.SIGNED && !historical) {
                LocalDate earlier = earlierDay.get();
                if (earlier != null && !earlier.isBefore(article.published.minusDays(EventWeights.NEWS_WINDOW_DAYS))) {
                    date = earlier;
                }
            }
            List<String> actors = new ArrayList<>();
            for (Hit<Entry> e : entities) {
                if (e.value().kind() == Kind.PERSON && in(parties, e.value().country()) && !actors.contains(e.value().name())) {
                    actors.add(e.value().name());
                }
            }
            double confidence = has(Cue.SIGN_DOUBT) || has(Cue.PHONE_CALL) ? EventWeights.AGREEMENT_DOUBTED
                    : EventWeights.AGREEMENT_BASE + (found.size() >= 2 ? EventWeights.AGREEMENT_BOTH_PARTIES_NAMED : 0)
                    + (date != null ? EventWeights.AGREEMENT_DAY : 0) + (actors.isEmpty() ? 0 : EventWeights.AGREEMENT_SIGNATORY_NAMED);
            String location = null;
            for (Hit<Entry> e : entities) {
                if (e.value().kind() == Kind.PLACE && in(parties, e.value().country())) {
                    location = e.value().name();
                    break;
                }
            }
            article.mentions.add(new Mention(EventType.AGREEMENT, status, true, historical,
                    time == null ? null : time.from().getYear(), date, null, null, parties, actors, location, sentence,
                    Math.min(confidence, EventWeights.MAX_CONFIDENCE)));
            if (!historical) {
                article.lastParties = parties;
            }
        }

        /**
         * Whether the event its nearest time expression dates is history: that time is past, or a word of history
         * stands in the sentence ("years ago", "anniversary") and no day of the present dates the event ("on the 20th
         * anniversary of relations, the minister arrived on April 3" is news).
         */
        private static final java.util.regex.Pattern YEAR_NUMBER = java.util.regex.Pattern.compile("\\d{4}");

        /**
         * "will visit Beijing in April", written in November: a month named without its year, in a clause that tells
         * of what is to come (or invites to it), is the next such month, not the last.
         */
        private DateMention nextYearIfPlanned(DateMention time, int from, int to) {
            if (time == null || time.precision() != Precision.MONTH || !time.from().isBefore(article.published.withDayOfMonth(1))
                    || YEAR_NUMBER.matcher(text.substring(time.start(), time.end())).find()
                    || !(hasIn(Cue.ANNOUNCED, from, to) || hasIn(Cue.INVITATION, from, to))
                    || hasIn(Cue.COMPLETED, from, to)) {
                return time;
            }
            return new DateMention(time.start(), time.end(), time.from().plusYears(1),
                    time.to() == null ? null : time.to().plusYears(1), time.precision(), time.until());
        }

        private boolean isHistory(DateMention time) {
            if (time != null) {
                return isPast(time) || (has(Cue.HISTORICAL) && time.precision() != Precision.DAY);
            }
            return has(Cue.HISTORICAL);
        }

        /**
         * The status its own clause {@code [from, to)} states ("arrived after a visit to Kazakhstan and is scheduled
         * to continue with visits to Belarus": Belarus is announced), else the status the sentence states.
         */
        private EventStatus visitStatus(DateMention day, Hit<Cue> trigger, int from, int to) {
            EventStatus own = visitStatus(day, cue -> hasIn(cue, from, to));
            // else a word of the sentence, unless it is said of another visit ("after his visit to Wellington; welcomed
            // the Speaker's visit")
            return own != null ? own : visitStatus(day, cue -> cues.getOrDefault(cue, List.of()).stream()
                    .anyMatch(h -> !nearerAnotherVisit(h.start(), h.end(), trigger)));
        }

        private EventStatus visitStatus(DateMention day, java.util.function.Predicate<Cue> stated) {
            if (stated.test(Cue.CANCELLED)) {
                return EventStatus.CANCELLED;
            }
            if (stated.test(Cue.COMPLETED) || stated.test(Cue.DEPART)) {
                // "leaves Luanda on Sunday", written before Sunday: the visit goes on until then
                return day != null && day.from().isAfter(article.published) ? EventStatus.ONGOING : EventStatus.COMPLETED;
            }
            if (stated.test(Cue.ONGOING_STRONG)) {
                return EventStatus.ONGOING;
            }
            if (stated.test(Cue.ANNOUNCED)) {
                // "will arrive today": a visit that begins on the day of the news is under way
                return day != null && day.from().equals(article.published) ? EventStatus.ONGOING : EventStatus.ANNOUNCED;
            }
            if (stated.test(Cue.ONGOING)) {
                // "arrives in Baku tomorrow" is still an announcement
                return day != null && day.from().isAfter(article.published) ? EventStatus.ANNOUNCED : EventStatus.ONGOING;
            }
            return null;
        }

        /**
         * The time expression in {@code [from, to)} that dates the trigger: the nearest one, unless "since" stands
         * between them.
         */
        private DateMention timeOf(Hit<Cue> trigger, int from, int to) {
            DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DateMention d : datesOfSentence.get()) {
                if (d.until() || d.start() < from || d.end() > to || sinceBetween(trigger.start(), d.start())) {
                    continue;
                }
                int dist = d.start() >= trigger.start() ? d.start() - trigger.end() : trigger.start() - d.end();
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = d;
                }
            }
            return best;
        }

        private DateMention nearestDay(Hit<Cue> trigger, int from, int to) {
            DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (DateMention d : datesOfSentence.get()) {
                if (d.until() || d.precision() != Precision.DAY || d.start() < from || d.end() > to) {
                    continue;
                }
                int dist = Math.abs(d.start() - trigger.start());
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = d;
                }
            }
            return best;
        }

        private LocalDate untilDate() {
            return datesOfSentence.get().stream().filter(DateMention::until).map(DateMention::from).findFirst().orElse(null);
        }

        private boolean sinceBetween(int a, int b) {
            int from = Math.min(a, b);
            int to = Math.max(a, b);
            return cues.getOrDefault(Cue.SINCE, List.of()).stream().anyMatch(h -> h.start() >= from && h.start() < to);
        }

        private boolean isPast(DateMention d) {
            LocalDate published = article.published;
            LocalDate end = d.to() != null ? d.to() : d.from();
            return switch (d.precision()) {
                case YEAR -> end.getYear() < published.getYear();
                case MONTH -> end.isBefore(published.withDayOfMonth(1));
                case DAY -> end.isBefore(published.minusDays(EventWeights.NEWS_WINDOW_DAYS));
            };
        }

        /** A place named as where someone comes from ("from Kazakhstan", "из Казахстана", "Qazaxıstandan"). */
        /**
         * A country in the Azerbaijani comitative, who something is with, not where: "Hindistanla", "Rusiyayla",
         * "Hindistan ilə" (not "Angola": a vowel before "-la" is the name's own).
         */
        private boolean isCompanion(Hit<Entry> h) {
            String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
            int n = surface.length();
            boolean comitative = n > 3 && (surface.endsWith("la") || surface.endsWith("lə"))
                    && "aeiouəıöü".indexOf(surface.charAt(n - 3)) < 0;
            return comitative || text.startsWith(" ilə", h.end());
        }

        private boolean isOrigin(Hit<Entry> h) {
            String before = text.substring(Math.max(0, h.start() - 8), h.start()).toLowerCase(java.util.Locale.ROOT);
            String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
            boolean ablative = h.end() > h.start() + h.matched() && (surface.endsWith("dan") || surface.endsWith("dən"));
            return before.endsWith("from ") || before.endsWith("из ") || before.endsWith("từ ") || ablative || isLeftFor(h, before);
        }

        /** "left Accra for Sierra Leone", "will leave Accra on Monday for …": the place left is where they come from. */
        private boolean isLeftFor(Hit<Entry> h, String before) {
            if (!(before.endsWith("left ") || before.endsWith("leave ") || before.endsWith("leaves ") || before.endsWith("leaving "))) {
                return false;
            }
            String after = text.substring(h.end(), Math.min(span.end(), h.end() + 40)).toLowerCase(java.util.Locale.ROOT);
            return after.contains(" for ");
        }

        /** A place just after the trigger ("visit to Baku", "визит в Баку", "thăm Azerbaijan") or in the dative ("Bakıya"). */
        /** The words between a trigger and the place it leads straight to: "to", "в", "tới", or none. */
        private static final java.util.Set<String> STRAIGHT_TO = java.util.Set.of("", "to", "to the", "in", "в", "во",
                "на", "tới", "đến", "sang");

        private boolean leadsStraightTo(Hit<Cue> trigger, Hit<Entry> place) {
            boolean leaving = trigger.value() == Cue.DEPART || cues.getOrDefault(Cue.DEPART, List.of()).stream()
                    .anyMatch(d -> d.start() < trigger.end() && trigger.start() < d.end());
            return !leaving && place.start() >= trigger.end() && place.start() - trigger.end() <= 8
                    && STRAIGHT_TO.contains(text.substring(trigger.end(), place.start()).strip().toLowerCase(java.util.Locale.ROOT));
        }

        private boolean isDestination(Hit<Entry> h, Hit<Cue> trigger) {
            if (h.start() >= trigger.end() && h.start() - trigger.end() <= 30) {
                return true;
            }
            String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
            return h.end() > h.start() + h.matched() && h.end() - h.start() - h.matched() <= 2
                    && (surface.endsWith("a") || surface.endsWith("ə"));
        }

        private String placeIn(String country, Hit<Cue> trigger) {
            Hit<Entry> best = null;
            for (Hit<Entry> e : entities) {
                if (e.value().kind() == Kind.PLACE && country.equals(e.value().country()) && !isOrigin(e)
                        && (best == null || distance(e, trigger) < distance(best, trigger))) {
                    best = e;
                }
            }
            return best == null ? null : best.value().name();
        }

        private static boolean in(List<String> parties, String country) {
            return country != null && parties.contains(country);
        }

        /** "the visit of the President of Vietnam, Mr. Truong Tan Sang": the side's official, when named, visits. */
        private Hit<Entry> officialOf(Hit<Entry> side, Hit<Cue> trigger) {
            String country = side.value().country();
            return entities.stream().filter(e -> e.value().kind() == Kind.PERSON && country.equals(e.value().country())
                            && distance(e, trigger) <= EventWeights.MAX_REACH && !inviters.contains(e))
                    .min((a, b) -> Integer.compare(distance(a, trigger), distance(b, trigger))).orElse(side);
        }

        /** A country named as whose official someone is ("Chủ tịch Quốc hội New Zealand"): an actor as a person is. */
        private static boolean isSide(Hit<Entry> h) {
            return h.value().id().startsWith("side:");
        }

        private static boolean isActor(Kind kind) {
            return kind == Kind.PERSON || kind == Kind.ORGANIZATION || kind == Kind.DEMONYM;
        }

        /** A country or place, or a nationality naming a capital ("the Azerbaijani capital", "азербайджанскую столицу"). */
        private boolean isPlace(Hit<Entry> h) {
            if (isPlace(h.value().kind())) {
                return true;
            }
            if (h.value().kind() != Kind.DEMONYM) {
                return false;
            }
            int next = h.end();
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            String after = text.substring(next, Math.min(text.length(), next + 8)).toLowerCase(java.util.Locale.ROOT);
            return after.startsWith("capital") || after.startsWith("столиц") || after.startsWith("paytaxt");
        }

        private static boolean isPlace(Kind kind) {
            return kind == Kind.COUNTRY || kind == Kind.PLACE;
        }

        private static int actorPenalty(Kind kind) {
            return switch (kind) {
                case PERSON -> EventWeights.PERSON_PENALTY;
                case DEMONYM -> EventWeights.DEMONYM_PENALTY;
                case COUNTRY -> EventWeights.COUNTRY_PENALTY;
                default -> EventWeights.OTHER_ACTOR_PENALTY;
            };
        }

        private static int distance(Hit<?> a, Hit<?> b) {
            if (a.end() <= b.start()) {
                return b.start() - a.end();
            }
            if (b.end() <= a.start()) {
                return a.start() - b.end();
            }
            return 0;
        }
    }
}
