package org.newsmon.enrich;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.core.Config;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.Event;
import org.newsmon.core.Mention;
import org.newsmon.core.RawArticle;
import org.newsmon.core.SectorTag;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Tags an article with entities, countries, sectors, events and relevance to the watch. A pure function of the
 * article and the tagger's data: no I/O after construction. Immutable; one instance may be shared by any number of
 * threads.
 *
 * <p>Events: a visit's {@code parties} are [visiting country, host country]; an agreement's are in alphabetical
 * order ([AZ, VN]).
 */
public final class Tagger {
    private final Gazetteer gazetteer;
    private final EventExtractor events;
    private final SectorTagger sectors;
    private final TitledPersons titledPersons;
    private final List<String> watch;
    /** Names, event cues, sector terms and time words in one automaton: one pass over each text finds them all. */
    private final PhraseMatcher<Object> matcher;

    Tagger(Gazetteer gazetteer, EventExtractor events, SectorTagger sectors, List<String> watch) {
        this.gazetteer = gazetteer;
        this.events = events;
        this.sectors = sectors;
        this.titledPersons = TitledPersons.bundled();
        this.watch = List.copyOf(watch);
        this.matcher = PhraseMatcher.builder()
                .addAll(gazetteer.phrases())
                .addAll(events.phrases())
                .addAll(sectors.phrases())
                .addAll(DateFinder.timeWords())
                .addAll(titledPersons.phrases())
                .build();
    }

    /** The bundled data, watching Azerbaijan and Vietnam. */
    public static Tagger defaults() {
        return new Tagger(Gazetteer.bundled(), EventExtractor.bundled(), SectorTagger.bundled(), List.of("AZ", "VN"));
    }

    /**
     * The tagger the settings describe: {@link EnrichSettings#WATCH_COUNTRIES} and, when set,
     * {@link EnrichSettings#GAZETTEER_FILE} instead of the bundled gazetteer.
     *
     * @throws IllegalArgumentException when the gazetteer file is malformed (every bad line listed)
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static Tagger fromSettings(Config config) {
        EnrichSettings settings = EnrichSettings.from(config);
        String file = settings.gazetteerFile();
        Gazetteer gazetteer = file == null || file.isBlank() ? Gazetteer.bundled() : Gazetteer.load(Path.of(file));
        return new Tagger(gazetteer, EventExtractor.bundled(), SectorTagger.bundled(), settings.watchCountries());
    }

    /** The one automaton of every phrase the tagger looks for (for the benchmark). */
    PhraseMatcher<Object> matcher() {
        return matcher;
    }

    /** The watched countries, ISO codes. */
    public List<String> watch() {
        return watch;
    }

    /**
     * Tags one article. Dates ("yesterday", "on Thursday", "May 7") are resolved against its publication time, or
     * its fetch time when it has none, taken as a UTC date.
     *
     * @throws IllegalArgumentException when the article has neither publication nor fetch time (nothing to read
     *                                  its dates against)
     */
    public EnrichedArticle tag(RawArticle raw) {
        Instant reference = raw.referenceTime();
        if (reference == null) {
            throw new IllegalArgumentException("article " + raw.id() + " has neither publishedAt nor fetchedAt");
        }
        LocalDate published = LocalDate.ofInstant(reference, ZoneOffset.UTC);
        String text = raw.text() == null ? "" : raw.text();
        String title = raw.title() == null ? "" : raw.title();
        char[] folded = TextFolding.fold(text);
        char[] foldedTitle = TextFolding.fold(title);
        ByKind all = new ByKind(matcher.findAll(text, folded));
        ByKind allInTitle = new ByKind(matcher.findAll(title, foldedTitle));
        List<Hit<Entry>> hits = entities(text, folded, all);
        List<Hit<Entry>> titleHits = entities(title, foldedTitle, allInTitle);

        List<String> countries = countries(hits, titleHits);
        EventExtractor.Article article = new EventExtractor.Article(published, countries);
        // the headline first: news states the news there
        List<Sentences.Span> sentences = Sentences.split(text);
        events.read(title, Sentences.split(title), titleHits, allInTitle.cues, allInTitle.timeWords, allInTitle.titles,
                article);
        events.read(text, sentences, hits, all.cues, all.timeWords, all.titles, article);
        List<Event> found = EventMerger.merge(article);
        List<SectorTag> sectorTags = sectors.tag(text, all.terms, sentences);
        boolean relevant = countries.containsAll(watch);
        return EnrichedArticle.of(raw, entities(hits, text), countries, relevant, relevance(relevant, countries, hits, found),
                sectorTags, found);
    }

    /**
     * The hits of the one automaton split by what they stand for, in one pass, each list in the order of the hits.
     * The lists are shared by the readers: none of them changes a list it is given.
     */
    private static final class ByKind {
        final List<Hit<Entry>> entries;
        final List<Hit<EventExtractor.Cue>> cues = new ArrayList<>();
        final List<Hit<DateFinder.TimeWord>> timeWords = new ArrayList<>();
        final List<Hit<TitledPersons.Title>> titles = new ArrayList<>();
        final List<Hit<SectorTagger.Term>> terms;

        @SuppressWarnings("unchecked")
        ByKind(List<Hit<Object>> hits) {
            // names and sector terms are most of the hits: room for them from the start
            entries = new ArrayList<>(hits.size());
            terms = new ArrayList<>(hits.size());
            for (Hit<?> hit : hits) {
                Object value = hit.value();
                if (value instanceof Entry) {
                    entries.add((Hit<Entry>) hit);
                } else if (value instanceof SectorTagger.Term) {
                    terms.add((Hit<SectorTagger.Term>) hit);
                } else if (value instanceof EventExtractor.Cue) {
                    cues.add((Hit<EventExtractor.Cue>) hit);
                } else if (value instanceof DateFinder.TimeWord) {
                    timeWords.add((Hit<DateFinder.TimeWord>) hit);
                } else if (value instanceof TitledPersons.Title) {
                    titles.add((Hit<TitledPersons.Title>) hit);
                }
            }
        }
    }

    /** Known names, longest match first, and the people found by their titles. */
    private List<Hit<Entry>> entities(String text, char[] folded, ByKind all) {
        List<Hit<Entry>> known = gazetteer.select(text, folded, all.entries);
        return titledPersons.addTitled(text, known, all.titles, gazetteer);
    }

    private static List<Entity> entities(List<Hit<Entry>> hits, String text) {
        // per id, its first entry and its mentions: one map lookup a hit
        Map<String, Mentioned> byId = new LinkedHashMap<>();
        for (Hit<Entry> hit : hits) {
            if (hit.value().kind() == Kind.DEMONYM) {
                continue;
            }
            Mentioned m = byId.get(hit.value().id());
            if (m == null) {
                byId.put(hit.value().id(), m = new Mentioned(hit.value(), new ArrayList<>()));
            }
            m.mentions().add(new Mention(hit.start(), hit.end(), text.substring(hit.start(), hit.end())));
        }
        List<Entity> out = new ArrayList<>(byId.size());
        byId.forEach((id, m) -> out.add(new Entity(id, m.entry().kind().entityType(), m.entry().name(), m.entry().country(),
                m.mentions(), m.entry().wikidata())));
        return out;
    }

    private record Mentioned(Entry entry, List<Mention> mentions) {}

    /** Countries by how often the article names them or their people, places and organisations. */
    private static List<String> countries(List<Hit<Entry>> hits, List<Hit<Entry>> titleHits) {
        // counters, not boxed Integers merged per hit: an article has a hundred hits or more
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (List<Hit<Entry>> list : List.of(titleHits, hits)) {
            for (Hit<Entry> hit : list) {
                String country = hit.value().country();
                if (country != null) {
                    int[] count = counts.get(country);
                    if (count == null) {
                        counts.put(country, count = new int[1]);
                    }
                    count[0]++;
                }
            }
        }
        // most named first; a stable sort, so ties keep the order countries were first named in
        List<Map.Entry<String, int[]>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        List<String> out = new ArrayList<>(byCount.size());
        for (Map.Entry<String, int[]> e : byCount) {
            out.add(e.getKey());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * 0–1. Relevant articles score 0.5, plus up to 0.3 for a new (non-historical) event between the watched
     * countries and up to 0.2 for how much of the article is about them; others score by the share of watched
     * countries they name, at most 0.3.
     */
    private double relevance(boolean relevant, List<String> countries, List<Hit<Entry>> hits, List<Event> events) {
        if (!relevant) {
            long named = watch.stream().filter(countries::contains).count();
            return Math.round(0.3 * named / watch.size() * 100) / 100.0;
        }
        boolean watchEvent = events.stream().anyMatch(e -> !e.historical() && e.parties().containsAll(watch));
        long watchHits = 0;
        for (Hit<Entry> h : hits) {
            if (h.value().country() != null && watch.contains(h.value().country())) {
                watchHits++;
            }
        }
        double share = hits.isEmpty() ? 0 : (double) watchHits / hits.size();
        return Math.round((0.5 + (watchEvent ? 0.3 : 0) + 0.2 * share) * 100) / 100.0;
    }
}
