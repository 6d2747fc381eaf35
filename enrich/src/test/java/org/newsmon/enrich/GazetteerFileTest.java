package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigException;
import org.newsmon.core.Entity;

class GazetteerFileTest {
    private static final String TEXT = "Nguyen Van Minh visited Lahij.";

    private static Config config(Path gazetteer) {
        return Config.of(Map.of("enrich.gazetteer.file", gazetteer.toString()), EnrichSettings.KEYS);
    }

    @Test
    void gazetteerFileReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gazetteer.txt");
        Files.writeString(file, """
                # a watch of our own
                PERSON|person:nguyen-van-minh|Nguyen Van Minh|VN|Nguyen Van Minh; Nguyễn Văn Minh
                PLACE|place:lahij|Lahij|AZ|Lahij; ~Lahıc
                """);
        List<Entity> entities = Tagger.fromSettings(config(file)).tag(Articles.of(TEXT, "2025-05-07T00:00:00Z")).entities();
        assertEquals(List.of("person:nguyen-van-minh", "place:lahij"), entities.stream().map(Entity::id).toList());
        assertTrue(Tagger.defaults().tag(Articles.of(TEXT, "2025-05-07T00:00:00Z")).entities().isEmpty());
    }

    @Test
    void malformedGazetteerIsAClearErrorListingEveryBadLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, """
                PERSON|person:a|A|VN
                BUILDING|b:1|B|AZ|B
                PLACE|place:c|C|Azerbaijan|C
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tagger.fromSettings(config(file)));
        assertTrue(e.getMessage().contains(file + ":1"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":2: unknown kind 'BUILDING'"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":3: country must be an ISO code"), e.getMessage());
    }

    @Test
    void wikidataIdIsAnOptionalSixthColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gazetteer.txt");
        Files.writeString(file, """
                PERSON|person:nguyen-van-minh|Nguyen Van Minh|VN|Nguyen Van Minh|Q123
                PLACE|place:gabala|Gabala|AZ|Gabala; ~Qəbələ
                ORGANIZATION|org:gabala-fc|Gabala FC|AZ|Gabala FC|
                """);
        List<Entity> entities = Tagger.fromSettings(config(file))
                .tag(Articles.of("Nguyen Van Minh visited Gabala and saw Gabala FC.", "2025-05-07T00:00:00Z")).entities();
        assertEquals(List.of("person:nguyen-van-minh", "place:gabala", "org:gabala-fc"), entities.stream().map(Entity::id).toList());
        assertEquals(java.util.Arrays.asList("Q123", null, null), entities.stream().map(Entity::wikidata).toList());
    }

    @Test
    void malformedWikidataIdIsAClearErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, """
                PERSON|person:a|A|VN|A|Q7747
                PERSON|person:b|B|VN|B|7747
                PERSON|person:c|C|VN|C|Q0123
                PERSON|person:d|D|VN|D|q12
                COUNTRY|country:vn|Vietnam|VN|Viet Nam|Q881
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tagger.fromSettings(config(file)));
        assertTrue(!e.getMessage().contains(file + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":2: Wikidata id must be Q and a number (Q7747), got '7747'"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":3: Wikidata id"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":4: Wikidata id"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":5: country:vn only gets aliases here"), e.getMessage());
    }

    @Test
    void bundledIdsAreWellFormedAndUnique() {
        List<Gazetteer.Entry> withIds = Gazetteer.bundled().entries().stream().filter(en -> en.wikidata() != null).toList();
        assertTrue(withIds.size() >= 20, "entries with a Wikidata id: " + withIds.size());
        assertEquals(withIds.size(), withIds.stream().map(Gazetteer.Entry::wikidata).distinct().count(), "an id used twice");
    }

    @Test
    void bundledFilesGiveNoIdTwiceAndNoPersonsAliasToAnotherEntry() {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();                // id → where it is
        Map<String, Set<String>> owners = new HashMap<>();        // alias key → the ids that claim it
        Set<String> people = new HashSet<>();
        int lines = 0;
        for (String file : List.of("gazetteer.txt", "people.txt")) {
            for (DataFiles.Line line : DataFiles.read(file)) {
                lines++;
                List<String> fields = line.fields();
                String id = fields.get(1);
                String where = file + ":" + line.number();
                String before = ids.putIfAbsent(id, where);
                if (before != null) {
                    problems.add(where + ": id " + id + " already at " + before);
                }
                if (fields.get(0).equals("PERSON")) {
                    people.add(id);
                }
                for (String alias : DataFiles.phrases(fields.get(4))) {
                    owners.computeIfAbsent(PhraseMatcher.key(alias), k -> new TreeSet<>()).add(id);
                }
            }
        }
        assertTrue(lines > 1500 && people.size() > 1400, "lines: " + lines + ", people: " + people.size());
        owners.forEach((key, who) -> {
            if (who.size() > 1 && who.stream().anyMatch(people::contains)) {
                problems.add("'" + key + "' claimed by " + who);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // the loader keeps the first claim of an alias: a person's alias must be that person's in the loaded gazetteer,
        // not a country's, capital's or people's name claimed before the files
        Map<String, String> kept = new HashMap<>();
        Gazetteer.bundled().phrases().forEach(p -> kept.putIfAbsent(PhraseMatcher.key(p.notation()), p.value().id()));
        owners.forEach((key, who) -> who.stream().filter(people::contains).filter(id -> !id.equals(kept.get(key)))
                .forEach(id -> problems.add("'" + key + "' of " + id + " goes to " + kept.get(key))));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void watchCountriesAreChecked() {
        assertEquals(List.of("AZ", "VN"), Config.of(Map.of(), EnrichSettings.KEYS).get(EnrichSettings.WATCH_COUNTRIES));
        assertEquals(List.of("AZ", "KZ"), Config.of(Map.of("watch.countries", "az, kz"), EnrichSettings.KEYS)
                .get(EnrichSettings.WATCH_COUNTRIES));
        assertThrows(ConfigException.class, () -> Config.of(Map.of("watch.countries", "Azerbaijan"), EnrichSettings.KEYS));
        assertEquals("newsmon-enrich", Config.of(Map.of(), EnrichSettings.KEYS).get(EnrichSettings.APPLICATION_ID));
    }

    @Test
    void anotherWatchIsAConfigAway() {
        Tagger azKz = Tagger.fromSettings(Config.of(Map.of("watch.countries", "AZ,KZ"), EnrichSettings.KEYS));
        var a = azKz.tag(Articles.of("Transport officials from Azerbaijan and Kazakhstan met in Baku.", "2025-05-05T10:00:00Z"));
        assertTrue(a.relevant());
        var b = Tagger.defaults().tag(Articles.of("Transport officials from Azerbaijan and Kazakhstan met in Baku.", "2025-05-05T10:00:00Z"));
        assertTrue(!b.relevant());
    }
}
