package org.newsmon.enrich;

import static org.newsmon.enrich.SentenceView.distance;
import static org.newsmon.enrich.SentenceView.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.enrich.DateFinder.DateMention;
import org.newsmon.enrich.EventExtractor.Cue;
import org.newsmon.enrich.EventExtractor.Mention;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Reads agreements from a sentence: a signing with something named near it that is an agreement, its parties (from
 * the sentence, else from the article), whether it is signed or planned, and its day. Stateless.
 */
final class AgreementReader {
    private AgreementReader() {
    }

    /** Reads the agreement the sentence tells into its article: the first signing of an agreement. */
    static void read(SentenceView s) {
        // what is signed is named near the signing: "signed the guest book … according to protocol" is none
        List<Hit<Cue>> objects = s.cues.getOrDefault(Cue.AGREEMENT_OBJECT, List.of());
        List<Hit<Cue>> others = s.cues.getOrDefault(Cue.OTHER_SIGNED, List.of());
        s.cues.getOrDefault(Cue.SIGN, List.of()).stream()
                .filter(sign -> signsAnAgreement(sign, objects, others))
                .findFirst().ifPresent(sign -> agreement(s, sign));
    }

    /** An agreement word near the signing, nearer than anything signed that is no agreement. */
    private static boolean signsAnAgreement(Hit<Cue> sign, List<Hit<Cue>> objects, List<Hit<Cue>> others) {
        int object = objects.stream().mapToInt(o -> distance(sign, o)).min().orElse(Integer.MAX_VALUE);
        int other = others.stream().mapToInt(o -> distance(sign, o)).min().orElse(Integer.MAX_VALUE);
        return object <= EventWeights.OBJECT_REACH && object < other;
    }

    /** A word of the future just before the signing, or one that follows it in Azerbaijani order. */
    private static boolean plannedSigning(SentenceView s, Hit<Cue> sign) {
        // "will … preside over the signing of": a noun of signing takes its time from the verb that governs it,
        // however far before it stands in the sentence
        String word = s.text.substring(sign.start(), sign.end()).toLowerCase(java.util.Locale.ROOT);
        int reach = word.equals("signing") || word.startsWith("подписани") ? sign.start() - s.span.start()
                : EventWeights.FUTURE_REACH;
        return s.cues.getOrDefault(Cue.FUTURE, List.of()).stream()
                .anyMatch(f -> f.end() <= sign.start() && sign.start() - f.end() <= reach)
                || s.cues.getOrDefault(Cue.FUTURE_AFTER, List.of()).stream()
                .anyMatch(f -> f.start() >= sign.end() && f.start() - sign.end() <= EventWeights.FUTURE_REACH);
    }

    /** The countries of the sentence, nearest the signing first; where it took place only if {@code withVenues}. */
    private static List<String> sides(SentenceView s, Hit<Cue> trigger, boolean withVenues) {
        List<String> found = new ArrayList<>();
        s.entities.stream()
                .filter(e -> e.value().country() != null && (withVenues || !s.isLocative(e)))
                .sorted((a, b) -> Integer.compare(distance(a, trigger), distance(b, trigger)))
                .map(e -> e.value().country())
                .forEach(c -> {
                    if (!found.contains(c)) {
                        found.add(c);
                    }
                });
        return found;
    }

    /** Words before a list of countries that say it is who an agreement is between. */
    private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile(
            "(?iu)(between|among|между|giữa)\\s+(the\\s+)?$");

    /**
     * The countries a sentence says an agreement is between, in order, empty if it says none: "between Cambodia and
     * Thailand", "A, B, C və D arasında".
     */
    private static List<String> between(SentenceView s) {
        List<Hit<Entry>> countries = s.entities.stream().filter(EventExtractor::isCountryOrSide).toList();
        for (int first = 0; first + 1 < countries.size(); first++) {
            int last = first;
            List<String> listed = new ArrayList<>(List.of(countries.get(first).value().country()));
            while (last + 1 < countries.size() && EventExtractor.listedWith(s.text, countries.get(last), countries.get(last + 1))) {
                String next = countries.get(++last).value().country();
                if (!listed.contains(next)) {
                    listed.add(next);
                }
            }
            if (listed.size() >= 2) {
                String before = s.text.substring(Math.max(s.span.start(), countries.get(first).start() - 12),
                        countries.get(first).start());
                String after = s.text.substring(countries.get(last).end(), Math.min(s.span.end(),
                        countries.get(last).end() + 40)).toLowerCase(java.util.Locale.ROOT);
                if (BETWEEN.matcher(before).find() || after.contains("arasında")) {
                    return listed;
                }
            }
            first = last;
        }
        return List.of();
    }

    static void agreement(SentenceView s, Hit<Cue> trigger) {
        DateMention time = s.timeOf(trigger, s.span.start(), s.span.end());
        boolean historical = s.isHistory(time);
        List<String> between = between(s);
        if (between.size() >= 3) {
            return; // "an agreement between the governments of A, B, C and D" binds no pair
        }
        // "the declaration signed in Washington by Aliyev and Pashinyan": a place where it was signed is a side only
        // when the sentence names no two others; "between A and B" names them whoever else signs as witness
        List<String> withoutVenues = sides(s, trigger, false);
        List<String> found = between.size() == 2 ? between : withoutVenues.size() >= 2 ? withoutVenues : sides(s, trigger, true);
        if (found.size() < 2 && s.entities.stream().anyMatch(e -> e.value().kind() == Kind.ORGANIZATION
                && e.value().country() == null && distance(e, trigger) <= EventWeights.MAX_REACH)) {
            return; // "adopted a statement between ASEAN and India": an organisation of many countries is a side
        }
        List<String> parties;
        if (found.size() >= 2) {
            parties = List.of(found.get(0), found.get(1));
        } else if (s.article.lastParties != null && (found.isEmpty() || s.article.lastParties.contains(found.get(0)))) {
            parties = s.article.lastParties;
        } else if (found.size() == 1) {
            String other = s.article.topCountries.stream().filter(c -> !c.equals(found.get(0))).findFirst().orElse(null);
            if (other == null) {
                return;
            }
            parties = List.of(found.get(0), other);
        } else if (s.article.topCountries.size() >= 2) {
            parties = s.article.topCountries.subList(0, 2);
        } else {
            return;
        }
        parties = parties.stream().sorted().toList(); // agreements have no direction: parties in alphabetical order
        EventStatus status = s.has(Cue.SIGN_DOUBT) || s.has(Cue.PHONE_CALL) || s.has(Cue.SIGN_FUTURE)
                || plannedSigning(s, trigger)
                ? EventStatus.PLANNED : EventStatus.SIGNED;
        DateMention day = s.nearestDay(trigger, s.span.start(), s.span.end());
        LocalDate date = day != null ? day.from() : null;
        if (date == null && status == EventStatus.SIGNED && !historical) {
            LocalDate earlier = s.earlierDay.get();
            if (earlier != null && !earlier.isBefore(s.article.published.minusDays(EventWeights.NEWS_WINDOW_DAYS))) {
                date = earlier;
            }
        }
        List<String> actors = new ArrayList<>();
        for (Hit<Entry> e : s.entities) {
            if (e.value().kind() == Kind.PERSON && in(parties, e.value().country()) && !actors.contains(e.value().name())) {
                actors.add(e.value().name());
            }
        }
        double confidence = s.has(Cue.SIGN_DOUBT) || s.has(Cue.PHONE_CALL) ? EventWeights.AGREEMENT_DOUBTED
                : EventWeights.AGREEMENT_BASE + (found.size() >= 2 ? EventWeights.AGREEMENT_BOTH_PARTIES_NAMED : 0)
                + (date != null ? EventWeights.AGREEMENT_DAY : 0) + (actors.isEmpty() ? 0 : EventWeights.AGREEMENT_SIGNATORY_NAMED);
        String location = null;
        for (Hit<Entry> e : s.entities) {
            if (e.value().kind() == Kind.PLACE && in(parties, e.value().country())) {
                location = e.value().name();
                break;
            }
        }
        s.article.mentions.add(new Mention(EventType.AGREEMENT, status, true, historical,
                time == null ? null : time.from().getYear(), date, null, null, parties, actors, location, s.sentence,
                Math.min(confidence, EventWeights.MAX_CONFIDENCE)));
        if (!historical) {
            s.article.lastParties = parties;
        }
    }
}
