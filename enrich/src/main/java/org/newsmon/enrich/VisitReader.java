package org.newsmon.enrich;

import static org.newsmon.enrich.SentenceView.actorPenalty;
import static org.newsmon.enrich.SentenceView.distance;
import static org.newsmon.enrich.SentenceView.in;
import static org.newsmon.enrich.SentenceView.isActor;
import static org.newsmon.enrich.SentenceView.isGuestOrHost;
import static org.newsmon.enrich.SentenceView.isPlace;
import static org.newsmon.enrich.SentenceView.isSide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.enrich.DateFinder.DateMention;
import org.newsmon.enrich.DateFinder.Precision;
import org.newsmon.enrich.EventExtractor.Cue;
import org.newsmon.enrich.EventExtractor.Mention;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Reads visits from a sentence: who visits where, in which of the ways a sentence tells it (a visit word, a host
 * receiving a guest, talks in one side's country, a departure), when, and how far along the visit is; tours, joined
 * visitors and the visit told before. Stateless: all that a sentence leans on is in its {@link SentenceView} and the
 * article's state.
 */
final class VisitReader {
    private VisitReader() {
    }

    /**
     * How a sentence says that someone of one country is in another: a visit word with the visitor as subject and
     * the host as destination; a host receiving a guest; talks held in one side's country; a departure.
     */
    enum Frame { VISIT, HOST, MEET }

    private static final int MAX_TRIGGERS_PER_SENTENCE = 4;
    private static final int NOT_A_HOST = Integer.MIN_VALUE;

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
     * Reads the visits the sentence tells into its article, in the first frame that reads one. Departures are sorted
     * first: one that sets out ("left for Senegal") is a visit word, not an end.
     */
    static void read(SentenceView s) {
        String text = s.text;
        Map<Cue, List<Hit<Cue>>> byCue = s.cues;
        // the plainest way the sentence tells of a visit: a visit word, else a host receiving a guest, a
        // departure, or talks held in one side's country
        // a departure "for Senegal" or "в Москву" sets out on a visit rather than ending one
        List<Hit<Cue>> after = byCue.remove(Cue.AFTER_VISIT);
        if (after != null && !byCue.containsKey(Cue.ANNOUNCED)) {
            // "after the visit" ends it; "по итогам визита состоится пресс-конференция" tells what will follow one
            // still to come or under way
            List<Hit<Cue>> ended = new ArrayList<>(byCue.getOrDefault(Cue.COMPLETED, List.of()));
            ended.addAll(after);
            ended.sort(java.util.Comparator.comparingInt(Hit::start));
            byCue.put(Cue.COMPLETED, ended);
        }
        dropQuotedTenses(s);
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
                List<Hit<Cue>> ended = v.stream().filter(h -> setOut.stream().noneMatch(o -> distance(h, o) == 0)).toList();
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
        int mentionsBefore = s.article.mentions.size();
        for (Map.Entry<Frame, List<Hit<Cue>>> f : frames) {
            readVisits(s, f.getKey(), f.getValue());
            if (s.article.mentions.size() > mentionsBefore) {
                break;
            }
        }
    }

    private static final List<Cue> TENSES = List.of(Cue.CANCELLED, Cue.COMPLETED, Cue.ONGOING_STRONG, Cue.ANNOUNCED,
            Cue.ONGOING);
    private static final List<Cue> VISIT_TRIGGERS = List.of(Cue.VISIT, Cue.GOES_TO, Cue.HOST, Cue.MEET, Cue.DEPART);

    /**
     * "'This treaty will bolster our ties,' Albanese told a joint press conference in Canberra": the tense of a
     * quotation is the speaker's, not the visit's, unless the quotation itself tells of the visit.
     */
    private static void dropQuotedTenses(SentenceView s) {
        List<int[]> quotes = quotations(s.text, s.span.start(), s.span.end());
        if (quotes.isEmpty()) {
            return;
        }
        List<int[]> silent = quotes.stream().filter(q -> VISIT_TRIGGERS.stream().noneMatch(t -> s.hasIn(t, q[0], q[1])))
                .toList();
        for (Cue tense : TENSES) {
            s.cues.computeIfPresent(tense, (k, hits) -> {
                List<Hit<Cue>> kept = hits.stream()
                        .filter(h -> silent.stream().noneMatch(q -> h.start() >= q[0] && h.end() <= q[1])).toList();
                return kept.isEmpty() ? null : kept;
            });
        }
    }

    /** The spans inside quotation marks (“…”, «…», „…“, "…") of {@code [from, to)} of the text. */
    private static List<int[]> quotations(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == closing) {
                    out.add(new int[] {open, i});
                    open = -1;
                }
            } else if (c == '“' || c == '«' || c == '„' || c == '"') {
                open = i + 1;
                closing = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
            }
        }
        return out;
    }

    /** The one country other than the host's named before {@code visitor}, not as a location; empty if none or more. */
    private static java.util.Optional<String> onlyCountryBefore(SentenceView s, Hit<Entry> visitor, String host) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Hit<Entry> e : s.entities) {
            if (e.end() <= visitor.start() && e.value().kind() == Kind.COUNTRY && !host.equals(e.value().country())
                    && !s.isLocative(e)) {
                named.add(e.value().country());
            }
        }
        return named.size() == 1 ? java.util.Optional.of(named.iterator().next()) : java.util.Optional.empty();
    }

    /** The visits the triggers of one frame tell, each read from its own clause of the sentence. */
    private static void readVisits(SentenceView s, Frame frame, List<Hit<Cue>> visits) {
        // real sentences name a visit a few times at most; the cap bounds the work on hostile text
        int triggers = Math.min(visits.size(), MAX_TRIGGERS_PER_SENTENCE);
        for (int k = 0; k < triggers; k++) {
            int from = k == 0 ? s.span.start() : clauseBoundary(s.text, visits.get(k - 1), visits.get(k));
            int to = k + 1 == visits.size() ? s.span.end() : clauseBoundary(s.text, visits.get(k), visits.get(k + 1));
            visit(s, frame, visits.get(k), from, to);
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

    /** A place right after the word of going ("sẽ đến Indonesia") or right before it ("Rusiyaya gedəcək"). */
    private static boolean nextTo(Hit<Entry> place, Hit<Cue> going) {
        return place.start() >= going.end() ? place.start() - going.end() <= 1 : going.start() - place.end() <= 1;
    }

    /**
     * "the visiting dignitary": the visitor is the one the phrase names, so a {@code visitor} not named right
     * after it ("the visiting Tajik President Rahmon") is someone else, the host.
     */
    private static boolean visitingWithoutName(SentenceView s, Hit<Cue> trigger, Hit<Entry> visitor) {
        if (!s.text.startsWith("visiting", trigger.start()) || trigger.end() - trigger.start() != "visiting".length()) {
            return false;
        }
        boolean attributive = s.text.startsWith("the ", trigger.start() - 4) || s.text.startsWith("a ", trigger.start() - 2);
        int comma = s.text.indexOf(',', trigger.end());
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
    private static boolean isTheVisitToldBefore(SentenceView s, Hit<Cue> trigger) {
        String word = s.text.substring(trigger.start(), trigger.end());
        String nextWord = wordAfter(s, trigger);
        if (word.equalsIgnoreCase("səfər")) {
            // Azerbaijani puts the owner before with a genitive and marks the noun ("Prezidentin səfəri"): the bare
            // noun is the visit told before
            return DURING_AFTER.contains(nextWord);
        }
        if (!nextWord.isEmpty() && (Character.isUpperCase(nextWord.charAt(0)) && !nextWord.equals("I")
                || VISIT_OWNER_AFTER.contains(nextWord.toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        String before = String.join(" ", wordsBefore(s, trigger, 12)).toLowerCase(java.util.Locale.ROOT);
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
    private static boolean duringTheVisit(SentenceView s, Hit<Cue> trigger) {
        if (DURING_AFTER.contains(wordAfter(s, trigger))) {
            return true;
        }
        // "during", past a possessive and words in lower case ("during his two-day state")
        return leadsUpTo(wordsBefore(s, trigger, 48), 4,
                phrase -> DURING.stream().anyMatch(d -> phrase.equals(d) || phrase.startsWith(d + " ")));
    }

    /** Words that lead from a visit word to its destination. */
    private static final List<String> TO_A_DESTINATION = List.of(" to the ", " to ", " в ", " во ");

    /** "trip to Asia", "визит в Африку": the visit word leads to a capitalised name that is no known place. */
    private static boolean unknownDestination(SentenceView s, Hit<Cue> trigger) {
        boolean endsWithTo = s.text.startsWith(" to", trigger.end() - 3) || s.text.startsWith(" в", trigger.end() - 2);
        for (String to : endsWithTo ? List.of(" ") : TO_A_DESTINATION) {
            if (s.text.startsWith(to, trigger.end())) {
                int at = trigger.end() + to.length();
                return at < s.span.end() && Character.isUpperCase(s.text.charAt(at))
                        && s.entities.stream().noneMatch(e -> e.start() == at);
            }
        }
        return false;
    }

    /** Whether a semicolon parts the date from the trigger: it is another clause's. */
    private static boolean semicolonBetween(SentenceView s, DateMention time, Hit<Cue> trigger) {
        int from = Math.min(time.end(), trigger.end());
        int to = Math.max(time.start(), trigger.start());
        return from < to && s.text.substring(from, to).indexOf(';') >= 0;
    }

    /** Whether another visit word of the sentence stands nearer {@code [start, end)} than {@code trigger}: what is said there is of that visit. */
    private static boolean nearerAnotherVisit(SentenceView s, int start, int end, Hit<Cue> trigger) {
        int own = Math.max(0, start >= trigger.end() ? start - trigger.end() : trigger.start() - end);
        for (Hit<Cue> other : s.cues.getOrDefault(Cue.VISIT, List.of())) {
            if (other.start() != trigger.start()) {
                int d = Math.max(0, start >= other.end() ? start - other.end() : other.start() - end);
                if (d < own) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the end the clause {@code [from, to)} (else the sentence) states is a departure from a place in
     * another country than the host, with no word of an end besides.
     */
    private static boolean leavesForTheVisit(SentenceView s, int from, int to, String host) {
        List<Hit<Cue>> departures = s.cues.getOrDefault(Cue.DEPART, List.of());
        List<Hit<Cue>> own = departures.stream().filter(h -> h.start() >= from && h.end() <= to).toList();
        List<Hit<Cue>> said = own.isEmpty() ? departures : own;
        int start = own.isEmpty() ? s.span.start() : from;
        int end = own.isEmpty() ? s.span.end() : to;
        // "left" and "rời" are words of both; only an end that is no departure ("concluded") counts here
        boolean ended = s.cues.getOrDefault(Cue.COMPLETED, List.of()).stream().anyMatch(h -> h.start() >= start
                && h.end() <= end && departures.stream().noneMatch(d -> d.start() == h.start()));
        if (said.isEmpty() || ended) {
            return false;
        }
        for (Hit<Cue> d : said) {
            for (Hit<Entry> e : s.entities) {
                if (isPlace(e.value().kind()) && e.value().country() != null && e.start() >= d.end()
                        && e.start() - d.end() <= 3) {
                    return !e.value().country().equals(host);
                }
            }
        }
        return false;
    }

    /** A visit told by {@code trigger} in the way {@code frame} says, whose own clause is {@code [from, to)}. */
    static void visit(SentenceView s, Frame frame, Hit<Cue> trigger, int from, int to) {
        if (s.has(Cue.PHONE_CALL) || s.has(Cue.CREDENTIALS)) {
            return; // talking on the phone is not a visit, nor an ambassador presenting credentials
        }
        // "during the visit", "во время визита", "səfər zamanı": the visit told before, whoever is named with it
        boolean theVisitToldBefore = frame == Frame.VISIT && s.article.lastVisit != null && isTheVisitToldBefore(s, trigger);
        Hit<Entry>[] pair = theVisitToldBefore ? null : switch (frame) {
            case VISIT -> visitorAndHost(s, trigger);
            case HOST -> guestAndHost(s, trigger);
            case MEET -> guestAtTalks(s, trigger);
        };
        if (pair == null && (frame != Frame.VISIT || s.article.lastVisit == null)) {
            // no one visits and no visit told before goes on: no event, whatever the time (as below, read
            // first so that a sentence without one parses no dates)
            return;
        }
        // "my visit in 2014 and his visit in 2015": a date of the trigger's own clause first, else of the sentence
        DateMention time = s.timeOf(trigger, from, to);
        if (time == null) {
            time = s.timeOf(trigger, s.span.start(), s.span.end());
            if (time != null && semicolonBetween(s, time, trigger)) {
                time = null; // "after his visit to Wellington (March 2024); welcomed the Speaker's visit to Vietnam"
            }
        }
        time = nextYearIfPlanned(s, time, from, to);
        boolean historical = s.isHistory(time);
        DateMention day = s.nearestDay(trigger, from, to);
        if (day == null) {
            day = s.nearestDay(trigger, s.span.start(), s.span.end());
        }
        boolean invitedToCome = s.has(Cue.INVITATION) && !s.has(Cue.INVITED_BY);
        if ((invitedToCome || s.has(Cue.VAGUE_TIME)) && (time == null || historical)) {
            return; // an invitation with no time, or a promise to come "at a convenient time", announces nothing
        }
        Hit<Entry> paired = pair == null ? null : pair[0];
        Hit<Entry> visitor = paired != null && isSide(paired) ? officialOf(s, paired, trigger) : paired;
        if (visitor != null && isEnvoy(s, visitor)) {
            return; // an ambassador at their post pays calls, not visits
        }
        if (visitor != null && visitingWithoutName(s, trigger, visitor)) {
            return; // "talking to the visiting dignitary, the minister said": the one named is the host
        }
        Hit<Entry> host = pair == null ? null : pair[1];
        if (trigger.value() == Cue.GOES_TO && (host == null || !nextTo(host, trigger))) {
            return; // "đã đến Đông Nam Á": gone to somewhere not known as one country
        }
        if (frame == Frame.VISIT && host != null && host.start() > trigger.end() && unknownDestination(s, trigger)) {
            return; // "a trip to Asia to deal with the crisis in Haiti": the trip is to Asia, not to Haiti
        }
        Hit<Entry> tourStop = null; // the next stop of a tour told without its traveller ("he will also visit Guinea")
        List<String> parties;
        List<String> actors = new ArrayList<>();
        String location = null;
        String visitorCountry = visitor == null ? null : visitor.value().country();
        if (visitor != null && visitorCountry == null) {
            java.util.Set<String> placesHere = new java.util.HashSet<>();
            s.entities.stream().filter(e -> isPlace(e.value().kind()) && e.value().country() != null)
                    .forEach(e -> placesHere.add(e.value().country()));
            // a visitor the text does not know: as found for them earlier in the article, else of the side named
            // just before ("Thủ tướng Campuchia Hun Manet"), else of the place they leave ("will leave Accra for
            // Sierra Leone"), else of the country the article is about besides the host
            String earlier = s.article.visitorCountries.get(visitor.value().name());
            visitorCountry = earlier != null ? earlier : s.entities.stream()
                    .filter(e -> e.value().kind() == Kind.DEMONYM && e.end() <= visitor.start()
                            && visitor.start() - e.end() <= 3).map(e -> e.value().country()).findFirst()
                    .or(() -> s.entities.stream().filter(e -> isPlace(e.value().kind()) && e.value().country() != null
                            && s.isOrigin(e)).map(e -> e.value().country()).findFirst())
                    // "the MPs accompanying Birla will comprise X, Y": a compatriot of someone named beside them
                    .or(() -> s.entities.stream().filter(e -> e.value().kind() == Kind.PERSON && e.value().country() != null
                            && !e.value().country().equals(host.value().country())).map(e -> e.value().country()).findFirst())
                    // "the Korean industry ministry said Minister Kim visited Prague": the one other country named
                    // before them, not as a place
                    .or(() -> onlyCountryBefore(s, visitor, host.value().country()))
                    .orElseGet(() -> s.article.topCountries.stream().filter(c -> !c.equals(host.value().country())
                                    && !placesHere.contains(c)).findFirst().orElse(null));
            if (visitorCountry == null || host.value().country().equals(visitorCountry)) {
                return;
            }
            s.article.visitorCountries.putIfAbsent(visitor.value().name(), visitorCountry);
        }
        if (visitorCountry != null) {
            parties = List.of(visitorCountry, host.value().country());
            if (visitor.value().kind() == Kind.PERSON) {
                actors.add(visitor.value().name());
            }
            location = placeIn(s, host.value().country(), trigger);
        } else if (frame != Frame.VISIT) {
            return;
        } else {
            Mention context = s.article.lastVisit;
            if (context == null || historical) {
                return;
            }
            String traveller = context.parties().get(0);
            Hit<Entry> next = hostPlace(s, trigger, traveller);
            boolean onlyPlaces = s.entities.stream().allMatch(e -> e.value().country() == null || isPlace(e.value().kind()));
            // "the next destination is Bolivia, where he will pay a state visit", "he will also visit Guinea"
            boolean goesOn = s.has(Cue.TOUR)
                    || next != null && next.start() >= trigger.end() && next.start() - trigger.end() <= 4;
            if (goesOn && next != null && onlyPlaces && !context.parties().contains(next.value().country())) {
                // the tour goes on
                parties = List.of(traveller, next.value().country());
                tourStop = next;
            } else if (s.entities.stream().allMatch(e -> e.value().country() == null
                    || context.parties().contains(e.value().country()))) {
                parties = context.parties();
            } else {
                return;
            }
            location = placeIn(s, parties.get(1), trigger);
        }
        for (Hit<Entry> e : s.entities) {
            // the visitor may be the subject of the whole sentence; anyone else must be named in the trigger's clause
            if (e.value().kind() == Kind.PERSON && in(parties, e.value().country()) && !actors.contains(e.value().name())
                    && e.start() >= from && e.end() <= to) {
                actors.add(e.value().name());
            }
        }
        EventStatus status = visitStatus(s, day, trigger, from, to);
        if ((status == null || status == EventStatus.COMPLETED) && time != null && time.from().isAfter(s.article.published)) {
            // "invited him to visit Beijing in April", "after Trump's visit to Beijing in April next year": a time
            // to come
            status = EventStatus.ANNOUNCED;
        }
        if (status == EventStatus.COMPLETED && leavesForTheVisit(s, from, to, parties.get(1))) {
            // "rời Hà Nội, thăm chính thức Nhật Bản", "left Paris for Havana": leaving anywhere but the host
            // sets out on the visit
            status = day != null && day.from().isAfter(s.article.published) ? EventStatus.ANNOUNCED : EventStatus.ONGOING;
        }
        // "during the visit, the leaders will sign…": what the visit told before will hold, not whether it has begun
        List<String> visitParties = parties;
        boolean explicit = status != null && !(status == EventStatus.ANNOUNCED && (theVisitToldBefore
                || duringTheVisit(s, trigger) && s.article.mentions.stream()
                .anyMatch(m -> m.type() == EventType.VISIT && !m.historical() && m.parties().equals(visitParties))));
        Integer year = time == null ? null : time.from().getYear();
        String visitorName = visitor != null && visitor.value().kind() == Kind.PERSON ? visitor.value().name() : null;
        Mention earlier = visitorName == null ? null : s.article.lastVisitBy.get(visitorName);
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
        LocalDate until = s.untilDate();
        double confidence = EventWeights.VISIT_BASE
                + (visitor != null && visitor.value().kind() == Kind.PERSON ? EventWeights.VISIT_NAMED_VISITOR : 0)
                + (day != null ? EventWeights.VISIT_DAY : 0) + (explicit ? EventWeights.VISIT_STATUS_STATED : 0);
        Mention m = new Mention(EventType.VISIT, status, explicit, historical, year,
                day == null ? null : day.from(), day == null ? null : day.to(), until, parties, actors, location,
                s.sentence, Math.min(confidence, EventWeights.MAX_CONFIDENCE));
        s.article.mentions.add(m);
        Hit<Entry> destination = host != null ? host : tourStop;
        if (destination != null && frame == Frame.VISIT) {
            // a tour: "will visit Vietnam, Indonesia and Singapore", "Türkiyə, İran və Azərbaycana səfər" is a
            // visit to each
            List<String> listed = new ArrayList<>(destinationsListedAfter(s, destination, parties.get(0)));
            destinationsListedBefore(s, destination, parties.get(0)).stream().filter(c -> !listed.contains(c))
                    .forEach(listed::add);
            // one country at a time: while the first leg is under way, the others are to come
            EventStatus legs = status == EventStatus.ONGOING ? EventStatus.ANNOUNCED : status;
            for (String next : listed) {
                s.article.mentions.add(new Mention(EventType.VISIT, legs, explicit, historical, year, m.date(), m.dateEnd(),
                        until, List.of(parties.get(0), next), actors, null, s.sentence, m.confidence()));
            }
        }
        if (visitor != null && host != null && frame == Frame.VISIT) {
            // "Macron and Scholz visited Kyiv", "Çavuşoğlu ilə yanaşı, İran XİN başçısı da Çinə səfər edəcək": each
            // visitor joined to the one found makes a visit of their own
            for (String other : joinedVisitors(s, visitor, parties, from, to)) {
                s.article.mentions.add(new Mention(EventType.VISIT, status, explicit, historical, year, m.date(),
                        m.dateEnd(), until, List.of(other, parties.get(1)), List.of(), location, s.sentence, m.confidence()));
            }
        }
        if (visitor != null && !historical && status != EventStatus.ANNOUNCED && status != EventStatus.CANCELLED) {
            // "landed in Nairobi from Lagos, Nigeria": coming from abroad, they were on a visit there before
            for (String before : comesFromAbroad(s, parties, from, to)) {
                s.article.mentions.add(new Mention(EventType.VISIT, EventStatus.COMPLETED, true, false, year, null, null,
                        null, List.of(parties.get(0), before), actors, null, s.sentence, m.confidence()));
            }
        }
        if (visitorName != null) {
            s.article.lastVisitBy.put(visitorName, m);
        }
        if (!historical) {
            s.article.lastVisit = m;
            s.article.lastParties = parties;
        }
    }

    /** The countries, neither the visitor's nor the host's, of the places the clause says the visitor comes from. */
    private static List<String> comesFromAbroad(SentenceView s, List<String> parties, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Hit<Entry> e : s.entities) {
            String country = e.value().country();
            if (country != null && s.isPlace(e) && e.start() >= from && e.end() <= to && s.isOrigin(e)
                    && !parties.contains(country) && !out.contains(country)) {
                out.add(country);
            }
        }
        return out;
    }

    /** Words that join one visitor to another: "and", "along with", "ilə yanaşı". */
    private static final List<String> VISITOR_JOINS = List.of("and", "as well as", "along with", "together with", "и",
            "вместе с", "а также", "və", "ilə yanaşı", "ilə birlikdə", "və həmçinin", "và", "cùng", "cùng với");

    /**
     * The countries of the officials joined to {@code visitor} in the clause {@code [from, to)} (named or as a
     * side), but the visit's two: "X and Y visited Z", "X ilə yanaşı, Y da Z-yə səfər edəcək".
     */
    private static List<String> joinedVisitors(SentenceView s, Hit<Entry> visitor, List<String> parties, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Hit<Entry> e : s.entities) {
            String country = e.value().country();
            if (country == null || parties.contains(country) || out.contains(country) || e.start() < from || e.end() > to
                    || !(e.value().kind() == Kind.PERSON || isSide(e)) || s.inviters.contains(e)) {
                continue;
            }
            int gapStart = Math.min(visitor.end(), e.end());
            int gapEnd = Math.max(visitor.start(), e.start());
            if (gapEnd < gapStart || gapEnd - gapStart > 60) {
                continue;
            }
            String between = s.text.substring(gapStart, gapEnd).toLowerCase(java.util.Locale.ROOT)
                    .replace(',', ' ').strip();
            if (VISITOR_JOINS.stream().anyMatch(j -> between.startsWith(j + " ") || between.endsWith(" " + j)
                    || between.equals(j) || between.contains(" " + j + " "))) {
                out.add(country);
            }
        }
        return out;
    }

    /** Countries listed right before a destination ("Türkiyə, İran və Azərbaycana səfər"). */
    private static List<String> destinationsListedBefore(SentenceView s, Hit<Entry> destination, String visitorCountry) {
        List<String> more = new ArrayList<>();
        Hit<Entry> first = destination;
        for (int k = s.entities.size() - 1; k >= 0; k--) {
            Hit<Entry> e = s.entities.get(k);
            if (e.end() > first.start()) {
                continue;
            }
            String between = s.text.substring(e.end(), first.start()).strip().toLowerCase(java.util.Locale.ROOT);
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
    private static List<String> destinationsListedAfter(SentenceView s, Hit<Entry> destination, String visitorCountry) {
        List<String> more = new ArrayList<>();
        Hit<Entry> last = destination;
        for (Hit<Entry> e : s.entities) {
            if (e.start() < last.end()) {
                continue;
            }
            String between = s.text.substring(last.end(), e.start()).strip().toLowerCase(java.util.Locale.ROOT);
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
    private static Hit<Entry>[] visitorAndHost(SentenceView s, Hit<Cue> trigger) {
        if (s.article.dateline != null && saysHere(s, trigger)) {
            // "arrived here": in the dateline's city
            String here = s.article.dateline.value().country();
            Hit<Entry> visitor = nearestGuest(s, trigger, here);
            return visitor == null ? null : new Hit[] {visitor, s.article.dateline};
        }
        Hit<Entry> named = visitorOfTheVisitWord(s, trigger);
        if (named != null) {
            // "To Lam's visit", "the visit of General Secretary To Lam": the host is the place of another country
            // nearest the trigger, else the other side named in the sentence
            String own = named.value().country();
            Hit<Entry> host = hostPlace(s, trigger, own);
            if (host == null) {
                host = s.nearest(trigger, e -> e.value().country() != null && !own.equals(e.value().country())
                        && (e.value().kind() == Kind.PERSON || e.value().kind() == Kind.DEMONYM) && !s.inviters.contains(e));
            }
            if (host != null) {
                return new Hit[] {named, host};
            }
        }
        boolean peopleNamed = false;
        for (Hit<Entry> e : s.entities) {
            if (e.value().kind() == Kind.PERSON && e.value().country() != null && !s.inviters.contains(e)) {
                peopleNamed = true;
                break;
            }
        }
        Hit<Entry>[] best = null;
        int bestCost = Integer.MAX_VALUE;
        // costs of each place as a host, computed once (the pairs below are quadratic) and only once an actor
        // is there to pair (most sentences have none)
        int[] hostCost = null;
        for (Hit<Entry> v : s.entities) {
            Kind kind = v.value().kind();
            if (v.value().country() == null || !(kind == Kind.PERSON || isSide(v) || (!peopleNamed && isActor(kind)))
                    || distance(v, trigger) > EventWeights.MAX_REACH || s.inviters.contains(v)) {
                continue;
            }
            if (hostCost == null) {
                hostCost = new int[s.entities.size()];
                // "отправится в Минск", "arrived in Hanoi": a place the trigger leads straight to is the one host
                Hit<Entry> straightTo = null;
                for (Hit<Entry> h : s.entities) {
                    if (h.value().country() != null && s.isPlace(h) && leadsStraightTo(s, trigger, h)) {
                        straightTo = h;
                        break;
                    }
                }
                // "landed in Nairobi from Lagos": one arrives where one is not coming from
                boolean arrival = s.hasIn(Cue.ONGOING, trigger.start(), trigger.end());
                for (int j = 0; j < s.entities.size(); j++) {
                    Hit<Entry> h = s.entities.get(j);
                    boolean place = h.value().country() != null && s.isPlace(h) && !s.isCompanion(h)
                            && distance(h, trigger) <= EventWeights.MAX_REACH && (straightTo == null || h == straightTo)
                            && !(arrival && s.isOrigin(h));
                    hostCost[j] = !place ? NOT_A_HOST
                            : distance(h, trigger) + (s.isOrigin(h) ? EventWeights.ORIGIN_COST : 0)
                            - (s.isDestination(h, trigger) ? EventWeights.DESTINATION_BONUS : 0);
                }
            }
            int actorCost = distance(v, trigger) + actorPenalty(kind);
            for (int j = 0; j < s.entities.size(); j++) {
                Hit<Entry> h = s.entities.get(j);
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
        Hit<Cue> ours = s.cues.getOrDefault(Cue.OUR_COUNTRY, List.of()).stream().findFirst().orElse(null);
        if (ours != null) {
            // "the visit of the Russian leader to our country": to the country the article is about besides theirs
            Hit<Entry> guest = s.nearest(trigger, e -> isGuestOrHost(e) && !s.inviters.contains(e));
            String home = guest == null ? null : s.article.topCountries.stream()
                    .filter(c -> !c.equals(guest.value().country())).findFirst().orElse(null);
            if (home != null) {
                Entry country = new Entry(Kind.COUNTRY, "country:" + home.toLowerCase(java.util.Locale.ROOT), home, home);
                return new Hit[] {guest, new Hit<>(ours.start(), ours.end(), ours.matched(), country)};
            }
        }
        Entry meant = s.article.personBefore();
        if (meant != null && s.article.lastVisit == null && pronounBefore(s, trigger)) {
            // "Xi invited him to visit Beijing": he is the one the sentence before was about (once a visit is
            // told, "he also visited Guinea" is its traveller's: see the tour below)
            Hit<Entry> where = hostPlace(s, trigger);
            if (where != null && !meant.country().equals(where.value().country())) {
                int at = trigger.start();
                return new Hit[] {new Hit<>(at, at, 0, meant), where};
            }
        }
        // someone named by title alone ("Prime Minister X arrived in Colombo"): the country is found later
        Hit<Entry> unplaced = s.nearest(trigger, e -> e.value().kind() == Kind.PERSON && e.value().country() == null
                && !s.inviters.contains(e));
        Hit<Entry> destination = unplaced == null ? null : hostPlace(s, trigger);
        if (unplaced != null && destination != null) {
            return new Hit[] {unplaced, destination};
        }
        // "X will call on Y during his visit": his is the subject's; else the person nearest the visit word (the
        // first of the nearest); both looked for in one pass, and the words before the trigger read only if
        // there is someone before it
        Hit<Entry> firstBefore = null;
        Hit<Entry> nearestPerson = null;
        for (Hit<Entry> e : s.entities) {
            if (e.value().kind() != Kind.PERSON || e.value().country() == null || s.inviters.contains(e)) {
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
        Hit<Entry> visitor = firstBefore != null && afterPossessive(s, trigger) ? firstBefore
                : s.inviters.isEmpty() ? null : nearestPerson;
        if (visitor == null) {
            return null;
        }
        Hit<Entry> host = null;
        for (Hit<Entry> e : s.entities) {
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
    private static boolean pronounBefore(SentenceView s, Hit<Cue> trigger) {
        int from = Math.max(s.span.start(), trigger.start() - 20);
        String[] words = s.text.substring(from, trigger.start()).split(" ");
        for (int k = words.length - 1; k >= 0 && k >= words.length - 3; k--) {
            String w = words[k].toLowerCase(java.util.Locale.ROOT);
            boolean object = OBJECT_PRONOUNS.contains(w) || (w.equals("ông") || w.equals("bà")) && k > 0
                    && words[k - 1].equalsIgnoreCase("mời");
            if (object || SUBJECT_PRONOUNS.contains(w)) {
                String next = k + 1 < words.length ? words[k + 1] : s.text.substring(trigger.start(), trigger.end());
                return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && (object || !nameBefore(s, trigger.start()));
            }
        }
        return false;
    }

    /** Whether a person, or any capitalised word past the first, stands in the sentence before {@code at}. */
    private static boolean nameBefore(SentenceView s, int at) {
        if (s.entities.stream().anyMatch(e -> e.value().kind() == Kind.PERSON && e.end() <= at)) {
            return true;
        }
        String before = s.text.substring(s.span.start(), at);
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
    private static boolean afterPossessive(SentenceView s, Hit<Cue> trigger) {
        // "his visit", "his four-day official visit", "своего официального визита": the possessive, then only
        // words in lower case up to the trigger
        String[] words = s.text.substring(Math.max(s.span.start(), trigger.start() - 40), trigger.start()).strip().split(" ");
        return leadsUpTo(words, 3, phrase -> POSSESSIVES.contains(phrase.split(" ", 2)[0]));
    }

    /**
     * Whether, read back from the last of {@code words} over at most {@code most} of them, a phrase (lower-cased, its
     * words joined by spaces) is one {@code matches}, before a word that is not in lower case stops the reading.
     */
    private static boolean leadsUpTo(String[] words, int most, java.util.function.Predicate<String> matches) {
        String phrase = "";
        for (int k = words.length - 1; k >= 0 && k >= words.length - most; k--) {
            String w = words[k].toLowerCase(java.util.Locale.ROOT);
            phrase = phrase.isEmpty() ? w : w + " " + phrase;
            if (matches.test(phrase)) {
                return true;
            }
            if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** The word right after the trigger (to a space or a mark), empty if none. */
    private static String wordAfter(SentenceView s, Hit<Cue> trigger) {
        String after = s.text.substring(trigger.end(), Math.min(s.span.end(), trigger.end() + 16)).strip();
        int end = 0;
        while (end < after.length() && " ,.;:".indexOf(after.charAt(end)) < 0) {
            end++;
        }
        return after.substring(0, end);
    }

    private static final java.util.regex.Pattern OPENING_MARKS = java.util.regex.Pattern.compile("[\"«“„(]");

    /** The words in the {@code reach} chars before the trigger, quotation marks and brackets opening a quote left out. */
    private static String[] wordsBefore(SentenceView s, Hit<Cue> trigger, int reach) {
        String before = s.text.substring(Math.max(s.span.start(), trigger.start() - reach), trigger.start());
        return OPENING_MARKS.matcher(before).replaceAll(" ").strip().split(" ");
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
    private static Hit<Entry>[] guestAndHost(SentenceView s, Hit<Cue> trigger) {
        if (receivesSomethingElse(s, trigger)) {
            return null;
        }
        Hit<Entry> host = meetingPlace(s, trigger);
        if (host == null || host == s.article.dateline) {
            // "BAKU (Trend) — President Mirziyoyev received a Pakistani delegation": the dateline is where the
            // news was written; a host of another country named as the subject receives at home
            Hit<Entry> named = namedHost(s, trigger);
            if (named != null && (host == null || !named.value().country().equals(host.value().country()))) {
                host = named;
            }
        }
        if (host == null) {
            return null;
        }
        String hostCountry = host.value().country();
        Hit<Entry> guest = nearestGuest(s, trigger, hostCountry);
        return guest == null ? null : new Hit[] {guest, host};
    }

    /** Whether {@code h} is the dateline's own mention ("БАКУ/ Trend/ - …"), which says where the news was written. */
    private static boolean isTheDateline(SentenceView s, Hit<Entry> h) {
        Hit<Entry> dateline = s.article.dateline;
        return dateline != null && dateline.start() == h.start() && dateline.end() == h.end();
    }

    /** Who receives: the agent after a noun or passive ("welcomed by X"), else the subject. */
    private static Hit<Entry> namedHost(SentenceView s, Hit<Cue> trigger) {
        Hit<Entry> agent = agentAfter(s, trigger);
        if (agent != null) {
            return agent;
        }
        return isPassive(s, trigger) ? s.nearest(trigger, e -> e.start() >= trigger.end() && isGuestOrHost(e))
                : s.entities.stream().filter(e -> e.end() <= trigger.start() && isGuestOrHost(e)).findFirst().orElse(null);
    }

    /**
     * Talks or a meeting in one side's country, with that side present ("in Nairobi, the Vice President of Ghana
     * met Kenyan President Ruto"): the guest is the actor of the other country nearest the trigger. Meetings on the
     * sidelines of a gathering and meetings without a place are no visit.
     */
    @SuppressWarnings("unchecked")
    private static Hit<Entry>[] guestAtTalks(SentenceView s, Hit<Cue> trigger) {
        Hit<Entry> found = meetingPlace(s, trigger);
        // a signing ceremony is held wherever the signatories are: only a place it names says where
        String word = s.text.substring(trigger.start(), trigger.end()).toLowerCase(java.util.Locale.ROOT);
        boolean ceremony = word.contains("ceremon") || word.contains("церемони") || word.contains("mərasim")
                || word.contains("lễ ký");
        Hit<Entry> place = ceremony ? (found == s.article.dateline ? null : found)
                : found != null ? found : placeOfTheArticle(s, trigger);
        if (s.has(Cue.SIDELINES) || place == null) {
            return null;
        }
        String hostCountry = place.value().country();
        boolean hostPresent = s.entities.stream().anyMatch(e -> e != place && hostCountry.equals(e.value().country())
                && isActor(e.value().kind()));
        Hit<Entry> guest = nearestGuest(s, trigger, hostCountry);
        return hostPresent && guest != null ? new Hit[] {guest, place} : null;
    }

    /**
     * Where a reception or talks take place: a city, or a country said as a location ("in Mongolia", "в
     * Монголии", "tại Lào", "Monqolustanda"); a country named otherwise is a side ("the Prime Minister of
     * Mongolia"), not a place.
     */
    private static Hit<Entry> meetingPlace(SentenceView s, Hit<Cue> trigger) {
        Hit<Entry> best = null;
        for (Hit<Entry> h : s.entities) {
            if (h.value().country() != null && (h.value().kind() == Kind.PLACE || (h.value().kind() == Kind.COUNTRY && s.isLocative(h)))
                    && !s.isOrigin(h) && !isEnvoysPost(s, h) && distance(h, trigger) <= EventWeights.MAX_REACH
                    && !isTheDateline(s, h)
                    && (best == null || distance(h, trigger) < distance(best, trigger))) {
                best = h;
            }
        }
        return best != null ? best : s.article.dateline;
    }

    /**
     * Talks the sentence places nowhere, between officials of two countries of which the article names places of
     * one alone (the city of a summit, the capital): they are held there. A hit of that place at the trigger.
     */
    private static Hit<Entry> placeOfTheArticle(SentenceView s, Hit<Cue> trigger) {
        java.util.Set<String> sides = new java.util.LinkedHashSet<>();
        for (Hit<Entry> e : s.entities) {
            if (e.value().country() != null && (e.value().kind() == Kind.PERSON || isSide(e))) {
                sides.add(e.value().country());
            }
        }
        if (sides.size() != 2) {
            return null;
        }
        List<String> placed = sides.stream().filter(s.article.firstPlaceByCountry::containsKey).toList();
        if (placed.size() != 1) {
            return null;
        }
        String country = placed.get(0);
        Entry place = new Entry(Kind.PLACE, "place:of-article", s.article.firstPlaceByCountry.get(country), country);
        return new Hit<>(trigger.start(), trigger.start(), 0, place);
    }

    /** "arrived here", "прибыл сюда": the trigger is followed by a word for the dateline's place. */
    private static boolean saysHere(SentenceView s, Hit<Cue> trigger) {
        int i = trigger.end();
        while (i < s.span.end() && s.text.charAt(i) == ' ') {
            i++;
        }
        String next = s.text.substring(i, Math.min(s.span.end(), i + 6)).toLowerCase(java.util.Locale.ROOT);
        return next.startsWith("here") || next.startsWith("сюда");
    }

    /** "Ambassador X", "Azərbaycanın Mərakeşdəki səfiri X", "посол Y": someone named as an envoy. */
    private static boolean isEnvoy(SentenceView s, Hit<Entry> h) {
        return h.value().kind() != Kind.COUNTRY && h.value().kind() != Kind.PLACE && isEnvoysPost(s, h);
    }

    /** "Đại sứ Hàn Quốc tại Việt Nam", "ambassador to Japan", "посол России в Казахстане": an envoy's post. */
    private static boolean isEnvoysPost(SentenceView s, Hit<Entry> h) {
        String before = s.text.substring(Math.max(s.span.start(), h.start() - 40), h.start()).toLowerCase(java.util.Locale.ROOT);
        return before.contains("ambassador") || before.contains("đại sứ") || before.contains("посол")
                || before.contains("səfir") || before.contains("envoy");
    }

    /**
     * The person whose visit the trigger word names: "To Lam's state visit", "the visit of General Secretary To
     * Lam", "visit by X", "визит Си Цзиньпина", "chuyến thăm của Thủ tướng X", "Tokayevin Azərbaycana səfəri".
     */
    private static Hit<Entry> visitorOfTheVisitWord(SentenceView s, Hit<Cue> trigger) {
        for (Hit<Entry> e : s.entities) {
            if (e.value().kind() != Kind.PERSON || e.value().country() == null || s.inviters.contains(e)) {
                continue;
            }
            if (e.start() >= trigger.end() && e.start() - trigger.end() <= 40) {
                String between = s.text.substring(trigger.end(), e.start()).strip();
                String lower = between.toLowerCase(java.util.Locale.ROOT);
                boolean nounOfVisitor = lower.startsWith("of ") || lower.startsWith("by ") || lower.equals("of")
                        || lower.equals("by") || lower.startsWith("của");
                if (nounOfVisitor || (takesItsVisitorAfter(s, trigger) && (between.isEmpty() || isTitleOnly(between)))) {
                    return e;
                }
            } else if (e.end() <= trigger.start() && trigger.start() - e.end() <= 30) {
                String between = s.text.substring(e.end(), trigger.start());
                String suffix = s.text.substring(e.start() + e.matched(), e.end()).toLowerCase(java.util.Locale.ROOT);
                if (between.startsWith("'s ") || between.startsWith("’s ") || TitledPersons.AZERBAIJANI_GENITIVE.contains(suffix)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** "визит председателя", "поездка премьера", "visiting Prime Minister X": a word whose visitor follows it. */
    private static boolean takesItsVisitorAfter(SentenceView s, Hit<Cue> trigger) {
        String word = s.text.substring(trigger.start(), trigger.end()).toLowerCase(java.util.Locale.ROOT);
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
    private static Hit<Entry> hostPlace(SentenceView s, Hit<Cue> trigger) {
        return hostPlace(s, trigger, null);
    }

    /** The same, of another country than {@code notOf} (any country when null). */
    private static Hit<Entry> hostPlace(SentenceView s, Hit<Cue> trigger, String notOf) {
        Hit<Entry> best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Hit<Entry> h : s.entities) {
            if (h.value().country() == null || !s.isPlace(h) || s.isOrigin(h) || s.isCompanion(h)
                    || distance(h, trigger) > EventWeights.MAX_REACH
                    || h.value().country().equals(notOf)) {
                continue;
            }
            int cost = distance(h, trigger) - (s.isDestination(h, trigger) ? EventWeights.DESTINATION_BONUS : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = h;
            }
        }
        return best;
    }

    /** The guest: an actor not of the host's country nearest the trigger, a named person before a nationality. */
    private static Hit<Entry> nearestGuest(SentenceView s, Hit<Cue> trigger, String hostCountry) {
        Hit<Entry> best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Hit<Entry> e : s.entities) {
            if (!isGuestOrHost(e) || hostCountry.equals(e.value().country()) || distance(e, trigger) > EventWeights.MAX_REACH
                    || s.inviters.contains(e)) {
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
    private static boolean receivesSomethingElse(SentenceView s, Hit<Cue> trigger) {
        int i = trigger.end();
        while (i < s.span.end() && s.text.charAt(i) == ' ') {
            i++;
        }
        String next = s.text.substring(i, Math.min(s.span.end(), i + 10)).toLowerCase(java.util.Locale.ROOT);
        return NOT_GUESTS.stream().anyMatch(next::startsWith) || receivedByPronoun(s, trigger);
    }

    /**
     * "the warm welcome he received during his visit": a pronoun received something the sentence named before, a
     * guest follows no such verb (a host's does: "He received the minister", "she received Aliyev").
     */
    private static boolean receivedByPronoun(SentenceView s, Hit<Cue> trigger) {
        String[] before = wordsBefore(s, trigger, 8);
        String pronoun = before[before.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (!RECEIVING_PRONOUNS.contains(pronoun) || !s.text.startsWith("receiv", trigger.start())) {
            return false;
        }
        String word = wordAfter(s, trigger);
        return word.isEmpty() || Character.isLowerCase(word.charAt(0)) && !GUEST_OPENERS.contains(word);
    }

    private static final java.util.Set<String> RECEIVING_PRONOUNS = java.util.Set.of("he", "she", "they", "we");
    /** Words that open a guest after "received": "the minister", "a delegation", "his counterpart", "him". */
    private static final java.util.Set<String> GUEST_OPENERS = java.util.Set.of("the", "a", "an", "his", "her", "their",
            "him", "them", "visiting", "members", "delegations");

    /** Words that name who does what a noun or passive before them tells: "welcomed by", "lễ đón … do X chủ trì". */
    private static final List<String> AGENT_WORDS = List.of(" by ", " do ");

    /**
     * "Lee Hsien Loong sẽ dự lễ đón chính thức tại Phủ Chủ tịch do Thủ tướng Phạm Minh Chính chủ trì", "a welcome
     * hosted by President X": the actor named soon after the agent word hosts.
     */
    private static Hit<Entry> agentAfter(SentenceView s, Hit<Cue> trigger) {
        int end = Math.min(s.span.end(), trigger.end() + EventWeights.AGENT_REACH);
        String after = s.text.substring(trigger.end(), end).toLowerCase(java.util.Locale.ROOT);
        for (String word : AGENT_WORDS) {
            int at = after.indexOf(word);
            if (at >= 0) {
                int from = trigger.end() + at + word.length();
                return s.entities.stream().filter(e -> e.start() >= from && e.start() - from <= 40 && isGuestOrHost(e)
                        && e.value().kind() == Kind.PERSON).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** "was received", "были приняты", "được tiếp": the subject is the guest. */
    private static boolean isPassive(SentenceView s, Hit<Cue> trigger) {
        String before = s.text.substring(Math.max(s.span.start(), trigger.start() - 8), trigger.start())
                .toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("was ") || before.endsWith("were ") || before.endsWith("been ")
                || before.endsWith("был ") || before.endsWith("была ") || before.endsWith("были ")
                || before.endsWith("được ");
    }

    private static final java.util.regex.Pattern YEAR_NUMBER = java.util.regex.Pattern.compile("\\d{4}");

    /**
     * "will visit Beijing in April", written in November: a month named without its year, in a clause that tells
     * of what is to come (or invites to it), is the next such month, not the last.
     */
    private static DateMention nextYearIfPlanned(SentenceView s, DateMention time, int from, int to) {
        if (time == null || time.precision() != Precision.MONTH || !time.from().isBefore(s.article.published.withDayOfMonth(1))
                || YEAR_NUMBER.matcher(s.text.substring(time.start(), time.end())).find()
                || saidAsPast(s, time)
                || !(s.hasIn(Cue.ANNOUNCED, from, to) || s.hasIn(Cue.INVITATION, from, to))
                || s.hasIn(Cue.COMPLETED, from, to)) {
            return time;
        }
        return new DateMention(time.start(), time.end(), time.from().plusYears(1),
                time.to() == null ? null : time.to().plusYears(1), time.precision(), time.until());
    }

    /** "hồi tháng 4" (back in April), "last April": a month told as gone, whatever the sentence goes on to plan. */
    private static boolean saidAsPast(SentenceView s, DateMention time) {
        String before = s.text.substring(Math.max(s.span.start(), time.start() - 6), time.start()).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("hồi ") || before.endsWith("last ");
    }

    /**
     * The status its own clause {@code [from, to)} states ("arrived after a visit to Kazakhstan and is scheduled
     * to continue with visits to Belarus": Belarus is announced), else the status the sentence states.
     */
    private static EventStatus visitStatus(SentenceView s, DateMention day, Hit<Cue> trigger, int from, int to) {
        EventStatus own = visitStatus(s, day, cue -> s.hasIn(cue, from, to));
        // else a word of the sentence, unless it is said of another visit ("after his visit to Wellington; welcomed
        // the Speaker's visit")
        return own != null ? own : visitStatus(s, day, cue -> s.cues.getOrDefault(cue, List.of()).stream()
                .anyMatch(h -> !nearerAnotherVisit(s, h.start(), h.end(), trigger)));
    }

    private static EventStatus visitStatus(SentenceView s, DateMention day, java.util.function.Predicate<Cue> stated) {
        if (stated.test(Cue.CANCELLED)) {
            // "postponed from 25 to 28 April", "перенесен на 28 апреля": moved to a day still to come, it is on
            return movedToComingDay(s) ? EventStatus.ANNOUNCED : EventStatus.CANCELLED;
        }
        if (stated.test(Cue.COMPLETED) || stated.test(Cue.DEPART)) {
            // "leaves Luanda on Sunday", written before Sunday: the visit goes on until then
            return day != null && day.from().isAfter(s.article.published) ? EventStatus.ONGOING : EventStatus.COMPLETED;
        }
        if (stated.test(Cue.ONGOING_STRONG)) {
            return EventStatus.ONGOING;
        }
        if (stated.test(Cue.ANNOUNCED)) {
            // "will arrive today": a visit that begins on the day of the news is under way
            return day != null && day.from().equals(s.article.published) ? EventStatus.ONGOING : EventStatus.ANNOUNCED;
        }
        if (stated.test(Cue.ONGOING)) {
            // "arrives in Baku tomorrow" is still an announcement
            return day != null && day.from().isAfter(s.article.published) ? EventStatus.ANNOUNCED : EventStatus.ONGOING;
        }
        return null;
    }

    /** Words right before the new day a postponed event is moved to: "to 28 April", "на 1 сентября", "sang tháng Năm". */
    private static final java.util.regex.Pattern MOVED_TO = java.util.regex.Pattern.compile(
            "(?:\\b(?:to|until|till|for)|(?<![\\p{L}])(?:на|до|đến|sang|tới)|(?:new date|новая дата|ngày mới)\\P{L}{0,3}\\p{L}*)\\P{L}{0,4}$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Whether a word of cancelling in the sentence ("postponed", "перенесли", "hoãn") is followed by the day it was
     * moved to, a day still to come: put off to a date, the event is still announced; put off with no date, it is
     * as good as cancelled.
     */
    private static boolean movedToComingDay(SentenceView s) {
        int cancelled = s.cues.getOrDefault(Cue.CANCELLED, List.of()).get(0).end();
        for (DateMention d : s.dates()) {
            if (d.start() >= cancelled && d.from().isAfter(s.article.published)
                    && MOVED_TO.matcher(s.text.substring(Math.max(cancelled, d.start() - 30), d.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words between a trigger and the place it leads straight to: "to", "в", "tới", or none. */
    private static final java.util.Set<String> STRAIGHT_TO = java.util.Set.of("", "to", "to the", "in", "в", "во",
            "на", "tới", "đến", "sang");

    private static boolean leadsStraightTo(SentenceView s, Hit<Cue> trigger, Hit<Entry> place) {
        boolean leaving = trigger.value() == Cue.DEPART || s.cues.getOrDefault(Cue.DEPART, List.of()).stream()
                .anyMatch(d -> d.start() < trigger.end() && trigger.start() < d.end());
        return !leaving && place.start() >= trigger.end() && place.start() - trigger.end() <= 8
                && STRAIGHT_TO.contains(s.text.substring(trigger.end(), place.start()).strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String placeIn(SentenceView s, String country, Hit<Cue> trigger) {
        Hit<Entry> best = null;
        for (Hit<Entry> e : s.entities) {
            if (e.value().kind() == Kind.PLACE && country.equals(e.value().country()) && !s.isOrigin(e)
                    && (best == null || distance(e, trigger) < distance(best, trigger))) {
                best = e;
            }
        }
        return best == null ? null : best.value().name();
    }

    /** "the visit of the President of Vietnam, Mr. Truong Tan Sang": the side's official, when named, visits. */
    private static Hit<Entry> officialOf(SentenceView s, Hit<Entry> side, Hit<Cue> trigger) {
        String country = side.value().country();
        return s.entities.stream().filter(e -> e.value().kind() == Kind.PERSON && country.equals(e.value().country())
                        && distance(e, trigger) <= EventWeights.MAX_REACH && !s.inviters.contains(e))
                .min((a, b) -> Integer.compare(distance(a, trigger), distance(b, trigger))).orElse(side);
    }
}
