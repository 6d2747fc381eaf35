package org.newsmon.app.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsmon.core.ArticleIds;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.EntityType;
import org.newsmon.core.Event;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;
import org.newsmon.core.RawArticle;
import org.newsmon.core.UserException;
import org.newsmon.enrich.Tagger;

/**
 * Scores the tagger's events and people on a labelled folder of real reports (the layout is in
 * {@code eval/events/README.md}): new-event recall, precision and status accuracy per event type and language, and
 * person recall with wrong countries counted.
 *
 * <p>A report is in the tuning half or the held-out half by its id (the first hex digit of SHA-256 of its URL: even
 * is tuning), so nobody chooses which reports a rule is checked on.
 */
public final class EventsEval {
    /** Which reports to score. */
    public enum Half { TUNE, HELD, ALL }

    /** One labelled report. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Label(String file, String url, LocalDate published, String language, List<LabelledEvent> events,
                        List<LabelledPerson> people, String note) {
        public Label {
            events = events == null ? List.of() : List.copyOf(events);
            people = people == null ? List.of() : List.copyOf(people);
        }

        Half half() {
            return Character.digit(ArticleIds.sha256Hex(url).charAt(0), 16) % 2 == 0 ? Half.TUNE : Half.HELD;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelledEvent(EventType type, String status, List<String> parties, boolean historical,
                                boolean optional) {
        String key() {
            return EventsEval.key(type, parties);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelledPerson(String name, String country) {}

    /** Counts of one slice (a type, a language, or everything). */
    public static final class Counts {
        public int gold;
        public int found;
        public int predicted;
        public int correct;
        public int statusRight;

        void add(Counts other) {
            gold += other.gold;
            found += other.found;
            predicted += other.predicted;
            correct += other.correct;
            statusRight += other.statusRight;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : (double) found / gold;
        }

        public double precision() {
            return predicted == 0 ? Double.NaN : (double) correct / predicted;
        }

        public double statusAccuracy() {
            return found == 0 ? Double.NaN : (double) statusRight / found;
        }
    }

    /** People counts of one slice. */
    public static final class PeopleCounts {
        public int gold;
        public int found;
        public int wrongCountry;

        void add(PeopleCounts other) {
            gold += other.gold;
            found += other.found;
            wrongCountry += other.wrongCountry;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : (double) found / gold;
        }
    }

    /** What one report scored, with the differences spelled out for a developer. */
    public record ReportResult(Label label, Map<EventType, Counts> events, PeopleCounts people, List<String> misses) {}

    /** Everything scored: per type × language, people per language, and each report. */
    public record Result(int reports, Set<String> pairs, Map<String, Map<EventType, Counts>> eventsByLanguage,
                         Map<String, PeopleCounts> peopleByLanguage, List<ReportResult> perReport) {
        public Counts events(String language, EventType type) {
            Counts sum = new Counts();
            eventsByLanguage.forEach((lang, byType) -> {
                if (language == null || language.equals(lang)) {
                    Counts c = byType.get(type);
                    if (c != null) {
                        sum.add(c);
                    }
                }
            });
            return sum;
        }

        public PeopleCounts people(String language) {
            PeopleCounts sum = new PeopleCounts();
            peopleByLanguage.forEach((lang, c) -> {
                if (language == null || language.equals(lang)) {
                    sum.add(c);
                }
            });
            return sum;
        }
    }

    private EventsEval() {}

    /**
     * Reads the labels: a {@code .jsonl} file, or every {@code .jsonl} file of a folder.
     *
     * @throws UserException when there is no label file, or naming the file and line of a label that is not valid JSON
     */
    public static List<Label> readLabels(Path labels) {
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(labels) ? Files.list(labels) : Stream.of(labels)) {
            files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels " + labels, e);
        }
        if (files.isEmpty()) {
            throw new UserException("no .jsonl label file at " + labels);
        }
        List<Label> out = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read labels " + file, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                Label label;
                try {
                    label = Json.read(lines.get(i), Label.class);
                } catch (IllegalArgumentException e) {
                    throw new UserException(file + ":" + (i + 1) + ": " + e.getMessage());
                }
                if (label.file() == null || label.published() == null || label.events() == null) {
                    throw new UserException(file + ":" + (i + 1) + ": a label needs \"file\", \"published\" and "
                            + "\"events\" (see eval/README.md)");
                }
                out.add(label);
            }
        }
        return out;
    }

    /**
     * Tags every report of {@code labels} in {@code half} whose text is in {@code texts} and scores it.
     *
     * @param progress told of each report done (for a progress line)
     */
    public static Result run(Tagger tagger, Path texts, List<Label> labels, Half half, Consumer<Label> progress) {
        Map<String, Map<EventType, Counts>> byLanguage = new TreeMap<>();
        Map<String, PeopleCounts> people = new TreeMap<>();
        List<ReportResult> perReport = new ArrayList<>();
        Set<String> pairs = new java.util.TreeSet<>();
        for (Label label : labels) {
            if (half != Half.ALL && label.half() != half) {
                continue;
            }
            ReportResult r = score(label, tagger.tag(article(texts, label)));
            perReport.add(r);
            r.events().forEach((type, c) -> byLanguage.computeIfAbsent(label.language(), k -> new TreeMap<>())
                    .computeIfAbsent(type, k -> new Counts()).add(c));
            people.computeIfAbsent(label.language(), k -> new PeopleCounts()).add(r.people());
            for (LabelledEvent e : label.events()) {
                if (e.parties().size() == 2) {
                    pairs.add(e.parties().stream().sorted().toList().toString());
                }
            }
            progress.accept(label);
        }
        return new Result(perReport.size(), pairs, byLanguage, people, perReport);
    }

    /** The report as the pipeline would see it: the first line its headline, published at noon UTC of its date. */
    static RawArticle article(Path texts, Label label) {
        String body;
        try {
            body = Files.readString(texts.resolve(label.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + texts.resolve(label.file()) + " (labelled as "
                    + label.url() + ")", e);
        }
        String title = body.strip().lines().findFirst().orElse("");
        var published = label.published().atTime(12, 0).toInstant(ZoneOffset.UTC);
        return RawArticle.builder().page(label.url(), label.url()).source("eval").title(title)
                .language(label.language()).publishedAt(published).fetchedAt(published).text(body).build();
    }

    /**
     * Scores one report. A new event is identified by its type and parties (a visit's in order, visitor first).
     * Labelled new events are the gold; the tagger's new events are the predictions; a prediction that matches an
     * optional label counts neither way.
     */
    static ReportResult score(Label label, EnrichedArticle tagged) {
        List<String> misses = new ArrayList<>();
        Map<EventType, Counts> counts = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            counts.put(type, new Counts());
        }
        Map<String, LabelledEvent> gold = new LinkedHashMap<>();
        Set<String> optional = new HashSet<>();
        for (LabelledEvent e : label.events()) {
            if (e.historical()) {
                continue;
            }
            if (e.optional()) {
                optional.add(e.key());
            } else {
                gold.putIfAbsent(e.key(), e);
            }
        }
        Map<String, Event> predicted = new LinkedHashMap<>();
        for (Event e : tagged.events()) {
            if (!e.historical()) {
                predicted.putIfAbsent(key(e.type(), e.parties()), e);
            }
        }
        gold.forEach((key, g) -> {
            Counts c = counts.get(g.type());
            c.gold++;
            Event p = predicted.get(key);
            if (p == null) {
                misses.add("missed " + key + " " + g.status());
                return;
            }
            c.found++;
            if (p.status().name().equals(g.status())) {
                c.statusRight++;
            } else {
                misses.add("status " + key + ": " + p.status() + ", labelled " + g.status() + " — " + p.sentence());
            }
        });
        predicted.forEach((key, p) -> {
            if (optional.contains(key)) {
                return;
            }
            Counts c = counts.get(p.type());
            c.predicted++;
            if (gold.containsKey(key)) {
                c.correct++;
            } else {
                misses.add("false " + key + " " + p.status() + " — " + p.sentence());
            }
        });
        PeopleCounts people = new PeopleCounts();
        boolean anyMissed = false;
        for (LabelledPerson person : label.people()) {
            people.gold++;
            Entity found = tagged.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && sameName(e.name(), person.name()))
                    .findFirst().orElse(null);
            if (found == null) {
                misses.add("person missed: " + person.name() + " (" + person.country() + ")");
                anyMissed = true;
                continue;
            }
            people.found++;
            if (found.country() != null && !found.country().equals(person.country())) {
                people.wrongCountry++;
                misses.add("person " + person.name() + " given " + found.country() + ", labelled " + person.country());
            }
        }
        if (anyMissed) {
            // what was found instead, to tell a name not seen from one seen under another spelling
            misses.add("people found: " + tagged.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                    .map(e -> e.name() + " (" + e.country() + ")").toList());
        }
        return new ReportResult(label, counts, people, misses);
    }

    static String key(EventType type, List<String> parties) {
        List<String> p = type == EventType.AGREEMENT ? parties.stream().sorted().toList() : parties;
        return type + " " + String.join("→", p);
    }

    /**
     * Whether a found name is the labelled person: the words of one are all among the other's, compared without
     * case, diacritics or hyphens ("Modi" is "Narendra Modi"; "Kassym-Jomart Tokayev" is "Kassym Jomart Tokayev"), and
     * allowing for another romanization ({@link #romanized}: "Khasan" is "Hassan") and, in a long word, one letter
     * changed, added, dropped or swapped in five or more, two in eight or more, the first letter kept ("Dmitriy" is
     * "Dmitry", "Ngyuen" is "Nguyen"); an initial stands for its word ("D. Tsogtbaatar").
     */
    static boolean sameName(String found, String labelled) {
        Set<String> a = words(found);
        Set<String> b = words(labelled);
        return !a.isEmpty() && !b.isEmpty() && (allAmong(a, b) || allAmong(b, a));
    }

    private static boolean allAmong(Set<String> some, Set<String> all) {
        return some.stream().allMatch(w -> all.stream().anyMatch(o -> sameWord(w, o)));
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b)) {
            return true; // "D. Tsogtbaatar" is "Damdin Tsogtbaatar"
        }
        a = romanized(a);
        b = romanized(b);
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && a.charAt(0) == b.charAt(0) && editDistance(a, b) <= allowed;
    }

    /** Spellings that differ between romanizations made one: "Khasan Rukhani" is "Hassan Rouhani", "Tan Sve" "Than Swe". */
    private static final String[][] ROMANIZATIONS = {{"kh", "h"}, {"th", "t"}, {"ph", "f"}, {"gh", "g"}, {"w", "v"},
            {"ee", "i"}, {"ou", "u"}, {"q", "k"}, {"x", "ks"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}};

    static String romanized(String word) {
        String w = word;
        for (String[] r : ROMANIZATIONS) {
            w = w.replace(r[0], r[1]);
        }
        if (w.endsWith("iy") || w.endsWith("yy")) {
            w = w.substring(0, w.length() - 1); // "Yuriy", "Zelenskyy"
        }
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out.append(w.charAt(i)); // "Razzaq" is "Razak"
            }
        }
        return out.toString();
    }

    /** Levenshtein distance, a swap of two neighbours counting one ("Ngyuen" for "Nguyen"). */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static Set<String> words(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i').replace('ə', 'e').replace('Ə', 'E');
        Set<String> out = new HashSet<>();
        for (String w : plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
