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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsmon.core.EntityType;

/**
 * The entities the tagger knows, with their aliases in every language, read from a data file (format in the bundled
 * {@code gazetteer.txt}). Immutable and thread-safe; a changed file is read by building a new one ({@link #load}).
 */
final class Gazetteer {
    /** What kind of thing an entry is: an {@link EntityType}, or a nationality adjective (no entity of its own). */
    enum Kind {
        PERSON, ORGANIZATION, PLACE, COUNTRY, DEMONYM;

        EntityType entityType() {
            return this == DEMONYM ? null : EntityType.valueOf(name());
        }
    }

    /** One known entity. {@code country} is an ISO code or null. */
    record Entry(Kind kind, String id, String name, String country) {}

    private static final String BUNDLED = "gazetteer.txt";

    private final List<Entry> entries;
    private final List<PhraseMatcher.Phrase<Entry>> phrases;
    private final PhraseMatcher<Entry> matcher;

    private Gazetteer(List<Entry> entries, List<PhraseMatcher.Phrase<Entry>> phrases) {
        this.entries = List.copyOf(entries);
        this.phrases = List.copyOf(phrases);
        this.matcher = PhraseMatcher.<Entry>builder().addAll(phrases).build();
    }

    /** The gazetteer shipped in the jar. */
    static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + BUNDLED + " missing from the classpath");
            }
            return parse(in, "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        List<Entry> entries = new ArrayList<>();
        List<PhraseMatcher.Phrase<Entry>> phrases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seenAliases = new HashSet<>();
        Set<String> seenIds = new HashSet<>();
        for (DataFiles.Line line : DataFiles.read(in)) {
            int number = line.number();
            String[] fields = line.fields().toArray(String[]::new);
            if (fields.length != 5) {
                problems.add(origin + ":" + number + ": expected KIND|id|name|country|aliases, got " + fields.length + " fields");
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
            if (!seenIds.add(id)) {
                problems.add(origin + ":" + number + ": duplicate id " + id);
                continue;
            }
            Entry entry = new Entry(kind, id, fields[2].strip(), country.equals("-") ? null : country);
            entries.add(entry);
            for (String alias : fields[4].split(";")) {
                if (alias.isBlank()) {
                    continue;
                }
                // the first entity to claim an alias keeps it; later duplicates (same spelling) are skipped
                if (seenAliases.add(TextFolding.foldToString(alias.strip()))) {
                    phrases.add(new PhraseMatcher.Phrase<>(alias.strip(), entry));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad gazetteer: " + String.join("; ", problems));
        }
        return new Gazetteer(entries, phrases);
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
        return PhraseMatcher.longestNonOverlapping(matcher.findAll(text, folded));
    }
}
