package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsmon.enrich.Gazetteer.Entry;
import org.newsmon.enrich.Gazetteer.Kind;

/**
 * Every country and territory of ISO 3166 ({@link Locale#getISOCountries()}) as gazetteer entries: its names in
 * English, Russian, Azerbaijani and Vietnamese from the CLDR data the JDK carries, with their Russian and Azerbaijani
 * case forms, plus what CLDR lacks from {@code countries.txt} (press variants, nationality adjectives, capitals).
 * Immutable and thread-safe; built once per class loader, as it depends on nothing but the JDK and the jar.
 *
 * <p>Names are claimed in tiers: the curated names of {@code countries.txt} first, then CLDR's, then the names made
 * by rule ("Republic of X", "phía X"). A name two countries claim in the same tier is nobody's ("Виргинские острова"
 * of both the British and the U.S. islands); a name claimed in an earlier tier is not claimed again.
 */
final class Countries {
    private Countries() {}

    static final List<String> LANGUAGES = List.of("en", "ru", "az", "vi");

    /**
     * The entries and their phrases; {@code partOfNames} holds the folded names that are also inside people's and
     * places' names ("Jordan" of "Michael Jordan", "Nga" of "Nguyễn Thị Nga").
     */
    record World(List<Entry> entries, List<PhraseMatcher.Phrase<Entry>> phrases, Set<String> partOfNames) {}

    private static final Set<String> FIELDS = Set.of("canonical", "name-en", "name-ru", "name-az", "name-vi", "form",
            "part-of-names", "demonym-en", "demonym-ru", "demonym-az", "demonym-vi", "capital-en", "capital-ru",
            "capital-az", "capital-vi");

    /** Built on first use, after every constant of this class is set. */
    private static final class Bundled {
        static final World WORLD = build(DataFiles.read("countries.txt"));
    }

    static World bundled() {
        return Bundled.WORLD;
    }

    /** What {@code countries.txt} says about one country, field by field. */
    private static final class Facts {
        final Map<String, List<String>> fields = new HashMap<>();

        List<String> get(String field) {
            return fields.getOrDefault(field, List.of());
        }
    }

    static World build(List<DataFiles.Line> lines) {
        Set<String> codes = Set.of(Locale.getISOCountries());
        Map<String, Facts> facts = new HashMap<>();
        for (DataFiles.Line line : lines) {
            List<String> f = line.fields();
            if (f.size() != 3 || !codes.contains(f.get(0)) || !FIELDS.contains(f.get(1))) {
                throw new IllegalStateException("countries.txt:" + line.number() + ": expected CODE|field|phrases with an ISO code and one of " + FIELDS);
            }
            facts.computeIfAbsent(f.get(0), k -> new Facts()).fields
                    .computeIfAbsent(f.get(1), k -> new ArrayList<>()).addAll(DataFiles.phrases(f.get(2)));
        }
        List<String> sorted = codes.stream().sorted().toList();
        Map<String, Entry> countries = new LinkedHashMap<>();
        Map<String, Entry> demonyms = new LinkedHashMap<>();
        Map<String, Entry> capitals = new LinkedHashMap<>();
        Set<String> partOfNames = new HashSet<>();
        for (String code : sorted) {
            Facts f = facts.getOrDefault(code, new Facts());
            String english = f.get("canonical").isEmpty() ? plainEnglish(code) : f.get("canonical").get(0);
            countries.put(code, new Entry(Kind.COUNTRY, "country:" + code.toLowerCase(Locale.ROOT), english, code));
            List<String> people = f.get("demonym-en");
            demonyms.put(code, new Entry(Kind.DEMONYM, "demonym:" + code.toLowerCase(Locale.ROOT),
                    people.isEmpty() ? english : PhraseMatcher.plain(people.get(0)), code));
            if (!f.get("capital-en").isEmpty()) {
                String capital = PhraseMatcher.plain(f.get("capital-en").get(0));
                capitals.put(code, new Entry(Kind.PLACE, "place:" + Transcription.slug(Transcription.latin(capital)), capital, code));
            }
            f.get("part-of-names").forEach(n -> partOfNames.add(TextFolding.foldToString(PhraseMatcher.plain(n))));
        }

        Claims claims = new Claims();
        // 1. curated names of the countries
        Tier curated = claims.tier();
        for (String code : sorted) {
            Facts f = facts.getOrDefault(code, new Facts());
            for (String language : LANGUAGES) {
                f.get("name-" + language).forEach(n -> curated.add(inflected(n, language), countries.get(code)));
            }
            f.get("form").forEach(n -> curated.add(List.of(n), countries.get(code)));
        }
        curated.close();
        // 2. CLDR's names
        Tier cldr = claims.tier();
        for (String code : sorted) {
            for (String language : LANGUAGES) {
                cldrName(code, language).forEach(n -> cldr.add(inflected(n, language), countries.get(code)));
            }
        }
        cldr.close();
        // 3. names by rule: the official long forms and the capitals
        Tier rules = claims.tier();
        for (String code : sorted) {
            Entry country = countries.get(code);
            Facts f = facts.getOrDefault(code, new Facts());
            for (String name : names(code, f, "en")) {
                rules.add(List.of("Republic of " + name, "Kingdom of " + name), country);
            }
            names(code, f, "ru").forEach(n -> rules.add(RussianDeclension.forms("Республика " + n), country));
            names(code, f, "az").forEach(n -> rules.add(AzerbaijaniCases.forms(n + " Respublikası"), country));
            names(code, f, "vi").forEach(n -> rules.add(inflected("Cộng hòa " + n, "vi"), country));
            Entry capital = capitals.get(code);
            if (capital != null) {
                for (String language : LANGUAGES) {
                    f.get("capital-" + language).forEach(n -> rules.add(inflected(n, language), capital));
                }
            }
        }
        rules.close();
        // 4. the people: curated adjectives, then those made by rule
        Tier people = claims.tier();
        for (String code : sorted) {
            Facts f = facts.getOrDefault(code, new Facts());
            for (String language : LANGUAGES) {
                f.get("demonym-" + language).forEach(n -> people.add(List.of(n), demonyms.get(code)));
            }
        }
        people.close();
        Tier peopleByRule = claims.tier();
        for (String code : sorted) {
            Facts f = facts.getOrDefault(code, new Facts());
            Entry demonym = demonyms.get(code);
            for (String name : names(code, f, "az")) {
                // "azərbaycanlılar", "Çin tərəfinin": the adjective and "the X side" with their endings
                peopleByRule.add(List.of("~" + AzerbaijaniCases.demonym(name), "~" + name + " tərəfi"), demonym);
            }
            for (String name : names(code, f, "vi")) {
                peopleByRule.add(inflected("phía " + name, "vi"), demonym);
                peopleByRule.add(inflected("người " + name, "vi"), demonym);
            }
        }
        peopleByRule.close();

        List<Entry> entries = new ArrayList<>(countries.values());
        entries.addAll(capitals.values());
        entries.addAll(demonyms.values());
        return new World(List.copyOf(entries), List.copyOf(claims.phrases), Set.copyOf(partOfNames));
    }

    /** A country's names in one language, curated and CLDR's, without marks or case forms. */
    private static List<String> names(String code, Facts facts, String language) {
        List<String> out = new ArrayList<>();
        facts.get("name-" + language).forEach(n -> out.add(PhraseMatcher.plain(n)));
        out.addAll(cldrName(code, language));
        return out.stream().distinct().toList();
    }

    /**
     * CLDR's name of a country in a language as CLDR writes it, and as the press does: without the parenthesis
     * ("Myanmar (Burma)"), with "and" for "&", "Saint" for "St." and "острова" for "о-ва".
     */
    static List<String> cldrName(String code, String language) {
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        String plain = withoutParenthesis(name);
        out.add(plain);
        switch (language) {
            case "en" -> {
                String and = plain.replace(" & ", " and ");
                out.add(and);
                if (and.startsWith("St. ")) {
                    out.add("Saint " + and.substring(4));
                }
            }
            case "ru" -> out.add(plain.replace("о-ва", "острова").replace("о-в", "остров"));
            case "vi" -> out.add(plain.replace(" & ", " và "));
            default -> { }
        }
        return List.copyOf(out);
    }

    /** The English name as the press writes it: "Bosnia and Herzegovina", "Myanmar", not CLDR's "&" and "(Burma)". */
    private static String plainEnglish(String code) {
        return withoutParenthesis(new Locale("", code).getDisplayCountry(Locale.ENGLISH)).replace(" & ", " and ");
    }

    private static String withoutParenthesis(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    /**
     * A name in data notation with the forms of its language, each with the name's marks: Russian and Azerbaijani
     * case forms; names match with their capitals only, Vietnamese ones with their diacritics too ("Ba Lan" is
     * Poland, "ba lần" three times),
     * with the tone mark on either vowel of oa, oe, uy ("Thụy Điển", "Thuỵ Điển").
     */
    private static List<String> inflected(String notation, String language) {
        Function<String, List<String>> forms = switch (language) {
            case "ru" -> RussianDeclension::forms;
            case "az" -> AzerbaijaniCases::forms;
            case "vi" -> Countries::toneSpellings;
            default -> List::of;
        };
        String plain = PhraseMatcher.plain(notation);
        String marks = notation.strip().substring(0, notation.strip().indexOf(plain));
        // a name's capitals stay capitals: "Viên" is Vienna, "sinh viên" a student; "Вена" a city, "вена" a vein
        String rest = marks.replace("^", "");
        String allMarks = "^" + (language.equals("vi") && !rest.contains("=") ? "=" : "") + rest;
        return forms.apply(plain).stream().map(f -> allMarks + f).toList();
    }

    private static final String[][] TONE_PLACES = {
        {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"}, {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"},
        {"õe", "oẽ"}, {"ọe", "oẹ"}, {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
    };

    /** A Vietnamese name with the tone mark of its open oa, oe, uy syllables in both places. */
    private static List<String> toneSpellings(String name) {
        String modern = name;
        String classic = name;
        for (String[] place : TONE_PLACES) {
            String open = "(?![\\p{L}])";
            modern = modern.replaceAll(place[1] + open, place[0]);
            classic = classic.replaceAll(place[0] + open, place[1]);
        }
        return List.of(name, modern, classic).stream().distinct().toList();
    }

    /** The names claimed so far, by folded spelling. */
    private static final class Claims {
        final Set<String> claimed = new HashSet<>();
        final List<PhraseMatcher.Phrase<Entry>> phrases = new ArrayList<>();

        Tier tier() {
            return new Tier(this);
        }
    }

    /** One tier of claims: a spelling two entries claim here is dropped; one claimed before is kept by its claimant. */
    private static final class Tier {
        private final Claims claims;
        private final Map<String, String> notation = new LinkedHashMap<>();
        private final Map<String, Set<Entry>> claimants = new HashMap<>();

        Tier(Claims claims) {
            this.claims = claims;
        }

        void add(List<String> notations, Entry entry) {
            for (String n : notations) {
                // an earlier tier's claim covers every spelling that folds the same ("^Guinea" before "=Guinea")
                if (!claims.claimed.contains(TextFolding.foldToString(PhraseMatcher.plain(n)))) {
                    String key = PhraseMatcher.key(n);
                    notation.putIfAbsent(key, n);
                    claimants.computeIfAbsent(key, k -> new HashSet<>()).add(entry);
                }
            }
        }

        void close() {
            notation.forEach((key, n) -> {
                Set<Entry> who = claimants.get(key);
                if (who.size() == 1) {
                    claims.phrases.add(new PhraseMatcher.Phrase<>(n, who.iterator().next()));
                }
            });
            notation.values().forEach(n -> claims.claimed.add(TextFolding.foldToString(PhraseMatcher.plain(n))));
        }
    }
}
