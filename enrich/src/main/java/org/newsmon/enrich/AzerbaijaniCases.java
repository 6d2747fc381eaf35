package org.newsmon.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case forms of Azerbaijani place names, by vowel harmony: "Qazaxıstan" → "Qazaxıstanın", "Qazaxıstana",
 * "Qazaxıstanı", "Qazaxıstanda", "Qazaxıstandan", "Qazaxıstanla", "Qazaxıstandakı"; "Çin" → "Çinə", "Çində"…;
 * after a vowel the buffer y or n ("Türkiyəyə", "Türkiyənin"); a compound ending in a possessive takes n
 * ("Qazaxıstan Respublikasına", "Amerika Birləşmiş Ştatlarının"). Written out rather than matched as any ending,
 * so that "Çin" does not match "cinayət". Stateless and thread-safe.
 */
final class AzerbaijaniCases {
    private AzerbaijaniCases() {}

    private static final Locale AZ = Locale.forLanguageTag("az");
    private static final String VOWELS = "aıoueəiöü";
    private static final String BACK = "aıou";

    /** The name itself and its case forms, without repeats. */
    static List<String> forms(String name) {
        String stripped = name.strip();
        String lower = stripped.toLowerCase(AZ);
        int lastVowelAt = lastVowel(lower);
        if (lastVowelAt < 0 || stripped.equals(stripped.toUpperCase(AZ))) {
            return List.of(stripped); // an acronym (ABŞ) or no vowel: one form
        }
        char vowel = lower.charAt(lastVowelAt);
        boolean back = BACK.indexOf(vowel) >= 0;
        String a = back ? "a" : "ə";
        String i = fourWay(vowel);
        String dakı = back ? "dakı" : "dəki";
        char last = lower.charAt(lower.length() - 1);
        boolean vowelEnd = VOWELS.indexOf(last) >= 0;
        // "Respublikası", "Ştatları", "Ərəbistanı": the last word of a compound already carries a possessive
        boolean possessive = stripped.contains(" ") && "ıiuü".indexOf(last) >= 0;
        Set<String> out = new LinkedHashSet<>();
        out.add(stripped);
        if (possessive) {
            add(out, stripped, "n" + i + "n", "n" + a, "n" + i, "nd" + a, "nd" + a + "n", "yl" + a, "n" + dakı);
        } else if (vowelEnd) {
            add(out, stripped, "n" + i + "n", "y" + a, "n" + i, "d" + a, "d" + a + "n", "yl" + a, dakı);
        } else {
            add(out, stripped, i + "n", a, i, "d" + a, "d" + a + "n", "l" + a, dakı);
            // a final q or k softens before a vowel: İraq → İrağa (some write İraqa)
            String soft = last == 'q' ? "ğ" : last == 'k' ? "y" : null;
            if (soft != null) {
                String stem = stripped.substring(0, stripped.length() - 1) + soft;
                add(out, stem, i + "n", a, i);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A name as a person's name is written in a case that says whose or with whom ("Yıldırımla", "Tokayevin",
     * "Ərdoğan'ın") back in the nominative: the longest stem of at least three letters of which the word is the
     * genitive, the comitative or the ablative by vowel harmony; the accusative only before "qəbul" (received), which
     * takes it. Dative, other accusative and locative endings (-a, -i, -da) stay, as too many names end that way
     * ("Aliyeva", "Əli"); so does a genitive-like ending before "ilə", which takes
     * a name in the nominative ("Si Cinpin ilə").
     */
    static String nominative(String word, String after) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apostrophe >= 3) {
            return word.substring(0, apostrophe);
        }
        boolean genitive = !after.startsWith(" ilə");
        // the object of "qəbul edib" (received) is in the accusative: "Jelyazkovu", "Kobaxidzeni"
        boolean accusative = after.startsWith(" qəbul");
        for (int cut = word.length() - 1; cut >= 3; cut--) {
            String stem = word.substring(0, cut);
            String ending = word.substring(cut);
            boolean known = COMITATIVE_ABLATIVE.contains(ending) || genitive && GENITIVE.contains(ending)
                    || accusative && ACCUSATIVE.contains(ending);
            if (known && lastVowel(stem.toLowerCase(AZ)) >= 0 && forms(stem).contains(word)) {
                return stem;
            }
        }
        return word;
    }

    private static final Set<String> GENITIVE = Set.of("ın", "in", "un", "ün", "nın", "nin", "nun", "nün");
    private static final Set<String> ACCUSATIVE = Set.of("ı", "i", "u", "ü", "nı", "ni", "nu", "nü");
    private static final Set<String> COMITATIVE_ABLATIVE = Set.of("la", "lə", "yla", "ylə", "dan", "dən", "ndan", "ndən");

    private static void add(Set<String> out, String stem, String... suffixes) {
        for (String suffix : suffixes) {
            out.add(stem + suffix);
        }
    }

    private static int lastVowel(String lower) {
        for (int k = lower.length() - 1; k >= 0; k--) {
            if (VOWELS.indexOf(lower.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The nationality adjective: "Azərbaycan" → "Azərbaycanlı", "Çili" → "Çilili", "Türkiyə" → "Türkiyəli". */
    static String demonym(String name) {
        String lower = name.strip().toLowerCase(AZ);
        int at = lastVowel(lower);
        return name.strip() + "l" + fourWay(at < 0 ? 'a' : lower.charAt(at));
    }

    /** The vowel of a four-way suffix (-ın/-in/-un/-ün) after a word whose last vowel is {@code vowel}. */
    private static String fourWay(char vowel) {
        return switch (vowel) {
            case 'a', 'ı' -> "ı";
            case 'o', 'u' -> "u";
            case 'ö', 'ü' -> "ü";
            default -> "i";
        };
    }

    /**
     * A name in Azerbaijani Latin letters as English writes it: c, x and q as j, kh and g ("Ceyhun" → "Jeyhun",
     * "Xəzər" → "Khəzər", "Qafarova" → "Gafarova"); the other letters are left to {@link Transcription#latin}.
     */
    static String englishSpelling(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'c' -> out.append('j');
                case 'C' -> out.append('J');
                case 'x' -> out.append("kh");
                case 'X' -> out.append("Kh");
                case 'q' -> out.append('g');
                case 'Q' -> out.append('G');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
