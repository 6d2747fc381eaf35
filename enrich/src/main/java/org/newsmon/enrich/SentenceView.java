package org.newsmon.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsmon.enrich.DateFinder.DateMention;
import org.newsmon.enrich.DateFinder.Precision;
import org.newsmon.enrich.EventExtractor.Article;
import org.newsmon.enrich.EventExtractor.Cue;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * One sentence as the event readers see it: its text and span, its entities, cue words and dates, who invited the
 * visitor, and helpers that walk its words (what is near a trigger, what is a place, an origin, a destination; which
 * date dates a trigger). Made per sentence that has a trigger; not shared across threads.
 */
final class SentenceView {
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

    SentenceView(String text, Sentences.Span span, List<Hit<Entry>> entities, Map<Cue, List<Hit<Cue>>> cues,
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
        int from = invitation.end();
        for (Hit<Entry> e : entities) {
            if (e.start() >= from && e.end() <= end && !isPlace(e.value().kind())) {
                inviters.add(e);
                if (e.value().kind() == Kind.PERSON) {
                    // one inviter, whoever follows is the subject ("по приглашению Токаева Эрдоган прибыл"), unless
                    // a second is joined to them ("theo lời mời của Thủ tướng New Zealand … và Thủ tướng Australia …")
                    String after = text.substring(e.end(), Math.min(end, e.end() + 5)).toLowerCase(java.util.Locale.ROOT);
                    if (!(after.startsWith(" và ") || after.startsWith(" and ") || after.startsWith(" и ")
                            || after.startsWith(" və "))) {
                        break;
                    }
                    end = Math.min(span.end(), Math.max(end, e.end() + 80));
                }
            }
        }
    }

    boolean has(Cue cue) {
        return cues.containsKey(cue);
    }

    /** Whether {@code cue} is said inside {@code [from, to)}. */
    boolean hasIn(Cue cue, int from, int to) {
        return cues.getOrDefault(cue, List.of()).stream().anyMatch(h -> h.start() >= from && h.end() <= to);
    }

    boolean isLocative(Hit<Entry> h) {
        String before = text.substring(Math.max(0, h.start() - 5), h.start()).toLowerCase(java.util.Locale.ROOT);
        String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
        boolean azerbaijaniLocative = h.end() > h.start() + h.matched() && (surface.endsWith("da") || surface.endsWith("də"));
        // "at the Ritz-Carlton, Marina Bay (Singapore)": a country in brackets after a place says where it is
        boolean bracketedAfterPlace = before.endsWith("(") && h.end() < text.length() && text.charAt(h.end()) == ')';
        return before.endsWith("in ") || before.endsWith(" в ") || before.endsWith(" во ") || before.endsWith("tại ")
                || before.endsWith(" ở ") || azerbaijaniLocative || bracketedAfterPlace || inItsCapital(h);
    }

    /** "in the capital of Iran", "в столице Ирана", "tại thủ đô Lào", "İranın paytaxtında": in that country. */
    private boolean inItsCapital(Hit<Entry> h) {
        String before = text.substring(Math.max(0, h.start() - 20), h.start()).toLowerCase(java.util.Locale.ROOT);
        String after = text.substring(h.end(), Math.min(text.length(), h.end() + 14)).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("in the capital of ") || before.endsWith(" в столице ") || before.endsWith("tại thủ đô ")
                || before.endsWith(" ở thủ đô ") || after.startsWith(" paytaxtında");
    }

    /**
     * Who can be a guest or a host: a person, organisation or nationality with a country, or a country named as
     * a side ("премьер-министра Монголии", "Thủ tướng Thái Lan"); a country alone hosts nothing ("a reception on
     * the National Day of Qatar").
     */
    static boolean isGuestOrHost(Hit<Entry> e) {
        return e.value().country() != null && isActor(e.value().kind());
    }

    Hit<Entry> nearest(Hit<Cue> trigger, java.util.function.Predicate<Hit<Entry>> which) {
        Hit<Entry> best = null;
        for (Hit<Entry> e : entities) {
            if (which.test(e) && distance(e, trigger) <= EventWeights.MAX_REACH
                    && (best == null || distance(e, trigger) < distance(best, trigger))) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether the event its nearest time expression dates is history: that time is past, or a word of history
     * stands in the sentence ("years ago", "anniversary") and no day of the present dates the event ("on the 20th
     * anniversary of relations, the minister arrived on April 3" is news).
     */
    boolean isHistory(DateMention time) {
        if (time != null) {
            return isPast(time) || (has(Cue.HISTORICAL) && time.precision() != Precision.DAY);
        }
        return has(Cue.HISTORICAL);
    }

    /**
     * The time expression in {@code [from, to)} that dates the trigger: the nearest one, unless "since" stands
     * between them.
     */
    DateMention timeOf(Hit<Cue> trigger, int from, int to) {
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

    DateMention nearestDay(Hit<Cue> trigger, int from, int to) {
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

    /** The sentence's dates, in their order. */
    List<DateMention> dates() {
        return datesOfSentence.get();
    }

    LocalDate untilDate() {
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

    /**
     * A country in the Azerbaijani comitative, who something is with, not where: "Hindistanla", "Rusiyayla",
     * "Hindistan ilə" (not "Angola": a vowel before "-la" is the name's own).
     */
    boolean isCompanion(Hit<Entry> h) {
        String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
        int n = surface.length();
        boolean comitative = n > 3 && (surface.endsWith("la") || surface.endsWith("lə"))
                && "aeiouəıöü".indexOf(surface.charAt(n - 3)) < 0;
        return comitative || text.startsWith(" ilə", h.end());
    }

    /** A place named as where someone comes from ("from Kazakhstan", "из Казахстана", "Qazaxıstandan"). */
    boolean isOrigin(Hit<Entry> h) {
        String before = text.substring(Math.max(0, h.start() - 8), h.start()).toLowerCase(java.util.Locale.ROOT);
        String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
        boolean ablative = h.end() > h.start() + h.matched() && (surface.endsWith("dan") || surface.endsWith("dən"));
        return before.endsWith("from ") || before.endsWith("из ") || before.endsWith("từ ") || ablative || isLeftFor(h, before)
                || countryOfAnOrigin(h, before);
    }

    /** "from Lagos, Nigeria": the country named after a city of origin is where they come from too. */
    private boolean countryOfAnOrigin(Hit<Entry> h, String before) {
        if (!before.endsWith(", ")) {
            return false;
        }
        for (Hit<Entry> city : entities) {
            if (city.end() == h.start() - 2 && city != h && city.value().kind() == Kind.PLACE) {
                String beforeCity = text.substring(Math.max(0, city.start() - 8), city.start()).toLowerCase(java.util.Locale.ROOT);
                return beforeCity.endsWith("from ") || beforeCity.endsWith("из ") || beforeCity.endsWith("từ ");
            }
        }
        return false;
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
    boolean isDestination(Hit<Entry> h, Hit<Cue> trigger) {
        if (h.start() >= trigger.end() && h.start() - trigger.end() <= 30) {
            return true;
        }
        String surface = text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT);
        return h.end() > h.start() + h.matched() && h.end() - h.start() - h.matched() <= 2
                && (surface.endsWith("a") || surface.endsWith("ə"));
    }

    static boolean in(List<String> parties, String country) {
        return country != null && parties.contains(country);
    }

    /** A country named as whose official someone is ("Chủ tịch Quốc hội New Zealand"): an actor as a person is. */
    static boolean isSide(Hit<Entry> h) {
        return h.value().id().startsWith("side:");
    }

    static boolean isActor(Kind kind) {
        return kind == Kind.PERSON || kind == Kind.ORGANIZATION || kind == Kind.DEMONYM;
    }

    /**
     * A country or place, or a nationality naming a capital or a parliament one visits ("the Azerbaijani capital",
     * "азербайджанскую столицу", "the Kazakh Parliament").
     */
    boolean isPlace(Hit<Entry> h) {
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
        String after = text.substring(next, Math.min(text.length(), next + 10)).toLowerCase(java.util.Locale.ROOT);
        return after.startsWith("capital") || after.startsWith("столиц") || after.startsWith("paytaxt")
                || after.startsWith("parliament") || after.startsWith("парламент") || after.startsWith("parlament");
    }

    static boolean isPlace(Kind kind) {
        return kind == Kind.COUNTRY || kind == Kind.PLACE;
    }

    static int actorPenalty(Kind kind) {
        return switch (kind) {
            case PERSON -> EventWeights.PERSON_PENALTY;
            case DEMONYM -> EventWeights.DEMONYM_PENALTY;
            case COUNTRY -> EventWeights.COUNTRY_PENALTY;
            default -> EventWeights.OTHER_ACTOR_PENALTY;
        };
    }

    static int distance(Hit<?> a, Hit<?> b) {
        if (a.end() <= b.start()) {
            return b.start() - a.end();
        }
        if (b.end() <= a.start()) {
            return a.start() - b.end();
        }
        return 0;
    }
}
