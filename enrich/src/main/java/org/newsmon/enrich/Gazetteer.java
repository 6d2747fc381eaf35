package org.newsmon.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmon.core.EntityType;

/**
 * The entities the tagger knows, with their aliases in every language: every country with its capital and its
 * people ({@link Countries}), and the people, organisations and places of a data file (format in the bundled
 * {@code gazetteer.txt}), by default the bundled {@code gazetteer.txt}, {@code people.txt} and {@code places.txt}.
 * Immutable and thread-safe; a changed file is read by building a new one ({@link #load}), which replaces the entries
 * of all three bundled files but not the countries, their capitals and their people.
 */
final class Gazetteer {
    /** What kind of thing an entry is: an {@link EntityType}, or a nationality adjective (no entity of its own). */
    enum Kind {
        PERSON, ORGANIZATION, PLACE, COUNTRY, DEMONYM;

        EntityType entityType() {
            return this == DEMONYM ? null : EntityType.valueOf(name());
        }
    }

    /** One known entity. {@code country} is an ISO code or null; {@code wikidata} a Wikidata id ({@code Q7747}) or null. */
    record Entry(Kind kind, String id, String name, String country, String wikidata) {
        Entry(Kind kind, String id, String name, String country) {
            this(kind, id, name, country, null);
        }
    }

    /** What a Wikidata id looks like: Q and a number. */
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    /**
     * The curated files shipped in the jar, in the order they claim aliases: people, organisations and places; heads
     * of state and government; the cities and venues of visits and summits. A file of {@link #load} replaces them all.
     */
    static final List<String> BUNDLED = List.of("gazetteer.txt", "people.txt", "places.txt");

    private final List<Entry> entries;
    private final List<PhraseMatcher.Phrase<Entry>> phrases;
    private final PhraseMatcher<Entry> matcher;

    /** Folded country names that are also part of people's and places' names (a few words). */
    private final char[][] partOfNames;
    /** The people by the sound of their English name ({@link Transcription#soundKeys}); a sound two share is neither's. */
    private final Map<String, Entry> personsBySound = new HashMap<>();

    private Gazetteer(List<Entry> entries, List<PhraseMatcher.Phrase<Entry>> phrases, Set<String> partOfNames) {
        this.entries = List.copyOf(entries);
        this.phrases = List.copyOf(phrases);
        this.partOfNames = partOfNames.stream().map(String::toCharArray).toArray(char[][]::new);
        this.matcher = PhraseMatcher.<Entry>builder().addAll(phrases).build();
        Set<String> shared = new HashSet<>();
        for (Entry e : entries) {
            if (e.kind() == Kind.PERSON && e.country() != null) {
                for (String key : Transcription.soundKeys(e.name())) {
                    Entry before = personsBySound.putIfAbsent(key, e);
                    if (before != null && !before.equals(e)) {
                        shared.add(key);
                    }
                }
            }
        }
        personsBySound.keySet().removeAll(shared);
    }

    /**
     * The person of {@code country} whose name sounds like {@code name} written in another romanization ("Aleksandr
     * Lukaşenko", "Si Cinpin"), null if none or not one. Without a country, only a long name is enough.
     */
    Entry personSoundingLike(String name, String country) {
        for (String key : Transcription.soundKeys(name)) {
            Entry e = personsBySound.get(key);
            // of no stated country, only a name of many sounds: "Gotabaya Rajapakse" is Gotabaya Rajapaksa
            if (e != null && (country == null ? key.length() >= DISTINCT_SOUND : e.country().equals(country))) {
                return e;
            }
        }
        return null;
    }

    /** How long a sound key must be to name a person without their country. */
    private static final int DISTINCT_SOUND = 8;

    /** The gazetteer shipped in the jar. */
    static Gazetteer bundled() {
        Map<String, List<DataFiles.Line>> files = new java.util.LinkedHashMap<>();
        for (String name : BUNDLED) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + name + " missing from the classpath");
                }
                files.put("bundled " + name, DataFiles.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(files);
    }

    /**
     * Reads a gazetteer file.
     *
     * @throws IllegalArgumentException listing every malformed line, with its number
     * @throws UncheckedIOException     when the file cannot be read
     */
    static Gazetteer load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }

    static Gazetteer parse(InputStream in, String origin) throws IOException {
        return parse(Map.of(origin, DataFiles.read(in)));
    }

    /** Reads the lines of data files, by the name errors should give them, in order: the first to claim an alias keeps it. */
    private static Gazetteer parse(Map<String, List<DataFiles.Line>> files) {
        Countries.World world = Countries.bundled();
        List<Entry> entries = new ArrayList<>(world.entries());
        List<PhraseMatcher.Phrase<Entry>> phrases = new ArrayList<>(world.phrases());
        List<String> problems = new ArrayList<>();
        Set<String> seenAliases = new HashSet<>();
        world.phrases().forEach(p -> seenAliases.add(PhraseMatcher.key(p.notation())));
        Map<String, Integer> ownAliases = new HashMap<>(); // alias key → index in phrases, for the file entries
        Map<String, Entry> byId = new HashMap<>();
        world.entries().forEach(e -> byId.put(e.id(), e));
        Set<String> fileIds = new HashSet<>();
        for (Map.Entry<String, List<DataFiles.Line>> file : files.entrySet()) {
            String origin = file.getKey();
            for (DataFiles.Line line : file.getValue()) {
                int number = line.number();
                String[] fields = line.fields().toArray(String[]::new);
                if (fields.length != 5 && fields.length != 6) {
                    problems.add(origin + ":" + number + ": expected KIND|id|name|country|aliases[|wikidata], got "
                            + fields.length + " fields");
                    continue;
                }
                String wikidata = fields.length == 6 && !fields[5].isEmpty() ? fields[5] : null;
                if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
                    problems.add(origin + ":" + number + ": Wikidata id must be Q and a number (Q7747), got '" + wikidata + "'");
                    continue;
                }
                Kind kind;
                try {
                    kind = Kind.valueOf(fields[0].strip());
                } catch (IllegalArgumentException e) {
                    problems.add(origin + ":" + number + ": unknown kind '" + fields[0].strip() + "'");
                    continue;
                }
                String country = fields[3].strip();
                if (!country.equals("-") && !country.matches("[A-Z]{2}")) {
                    problems.add(origin + ":" + number + ": country must be an ISO code or -, got '" + country + "'");
                    continue;
                }
                String id = fields[1].strip();
                if (!fileIds.add(id)) {
                    problems.add(origin + ":" + number + ": duplicate id " + id);
                    continue;
                }
                // a line with the id of a country, capital or people adds its aliases to that entry
                Entry entry = byId.get(id);
                if (entry == null) {
                    entry = new Entry(kind, id, fields[2].strip(), country.equals("-") ? null : country, wikidata);
                    entries.add(entry);
                } else if (entry.kind() != kind) {
                    problems.add(origin + ":" + number + ": " + id + " is a " + entry.kind() + ", not a " + kind);
                    continue;
                } else if (wikidata != null) {
                    problems.add(origin + ":" + number + ": " + id + " only gets aliases here, not a Wikidata id");
                    continue;
                }
                List<String> aliases = new ArrayList<>(DataFiles.phrases(fields[4]));
                if (kind == Kind.PERSON && "VN".equals(entry.country())) {
                    aliases.addAll(russianTranscriptions(aliases, entry.name()));
                }
                for (String alias : aliases) {
                    // the first entity to claim an alias keeps it; later duplicates (same spelling) are skipped,
                    // unless the entity spells it again with case endings ("Tokayev; ~Tokayev")
                    String key = PhraseMatcher.key(alias);
                    if (seenAliases.add(key)) {
                        ownAliases.put(key, phrases.size());
                        phrases.add(new PhraseMatcher.Phrase<>(alias, entry));
                    } else if (ownAliases.containsKey(key) && phrases.get(ownAliases.get(key)).value() == entry
                            && alias.strip().startsWith("~")) {
                        phrases.set(ownAliases.get(key), new PhraseMatcher.Phrase<>(alias, entry));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad gazetteer: " + String.join("; ", problems));
        }
        return new Gazetteer(entries, phrases, world.partOfNames());
    }

    /**
     * How the Russian press writes a Vietnamese person's name, from the alias with diacritics (which tell "đ" from
     * "d") or else the name; each may take a case ending ("Фам Минь Тиня").
     */
    private static List<String> russianTranscriptions(List<String> aliases, String name) {
        String vietnamese = aliases.stream().map(PhraseMatcher::plain)
                .filter(a -> !a.equals(Transcription.latin(a)) && !Transcription.isCyrillic(a))
                .findFirst().orElse(name);
        List<String> out = new ArrayList<>();
        for (String russian : Transcription.russianForVietnamese(vietnamese)) {
            out.add("~" + russian);
            if (russian.endsWith("ь") || russian.endsWith("й")) {
                // "Тинь" is "Тиня", "Тиню" in other cases: the ending replaces the soft sign
                out.add("~" + russian.substring(0, russian.length() - 1));
            }
        }
        return out;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Every alias, for a matcher that looks for more than names. */
    List<PhraseMatcher.Phrase<Entry>> phrases() {
        return phrases;
    }

    /** Known names in {@code text}, longest match first, not overlapping. */
    List<PhraseMatcher.Hit<Entry>> find(String text, char[] folded) {
        return select(text, folded, matcher.findAll(text, folded));
    }

    /**
     * Of the hits of {@link #phrases()} in {@code text}, those that name what they say, longest first, not
     * overlapping: a country name that is also part of people's and places' names ("Jordan", "Nga") is not the
     * country right after another capitalised word or an honorific ("Michael Jordan", "Nguyễn Thị Nga", "bà Nga").
     */
    List<PhraseMatcher.Hit<Entry>> select(String text, char[] folded, List<PhraseMatcher.Hit<Entry>> hits) {
        List<PhraseMatcher.Hit<Entry>> kept = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            PhraseMatcher.Hit<Entry> hit = hits.get(i);
            if (!(isPartOfNames(folded, hit.start(), hit.end()) && afterName(text, hit.start()))
                    && !acronymOfAnother(hits, i, text)) {
                kept.add(hit);
            }
        }
        return PhraseMatcher.longestNonOverlapping(kept);
    }

    /**
     * Whether hit {@code i} is a country written in capitals where another name has the same span: the capitals
     * make it an acronym, and an acronym that spells a country's name names an organisation ("ГУАМ" is GUAM, not Guam).
     * Hits of one span lie next to each other, as they are in order of end, then start.
     */
    private static boolean acronymOfAnother(List<PhraseMatcher.Hit<Entry>> hits, int i, String text) {
        PhraseMatcher.Hit<Entry> hit = hits.get(i);
        if (hit.value().kind() != Kind.COUNTRY || !allCapitals(text, hit.start(), hit.end())) {
            return false;
        }
        return i > 0 && sameSpan(hits.get(i - 1), hit) || i + 1 < hits.size() && sameSpan(hits.get(i + 1), hit);
    }

    private static boolean sameSpan(PhraseMatcher.Hit<Entry> a, PhraseMatcher.Hit<Entry> b) {
        return a.start() == b.start() && a.end() == b.end() && a.value().kind() != b.value().kind();
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code folded[start, end)} is one of {@link #partOfNames}: compared in place, as most hits are none. */
    private boolean isPartOfNames(char[] folded, int start, int end) {
        for (char[] name : partOfNames) {
            if (name.length == end - start && Arrays.equals(name, 0, name.length, folded, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Words said before a person's name ("Mr", "ông", "господин"): what follows is part of a name. */
    static final Set<String> HONORIFICS = Set.of("ông", "bà", "anh", "chị", "cô", "em", "Mr", "Mrs", "Ms", "Dr",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Lady", "Queen", "King", "Saint", "St.", "г-н", "г-жа", "господин",
            "госпожа", "cənab", "xanım");

    /** Whether the word before {@code start} (one space away) is capitalised, not a function word, or an honorific. */
    private static boolean afterName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int begin = end;
        while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        String word = text.substring(begin, end);
        if (word.isEmpty() || word.endsWith(".")) {
            return HONORIFICS.contains(word); // "Mr. Jordan", not "… in Amman. Jordan"
        }
        return HONORIFICS.contains(word) || Character.isUpperCase(word.charAt(0)) && !TitledPersons.STOP_WORDS.contains(word);
    }
}
