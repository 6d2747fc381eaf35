package org.newsmon.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One name in several scripts: a Latin spelling without diacritics for ids and canonical names, the Russian
 * transcriptions of a Vietnamese name (Kontsevich's practical system, as the Russian press uses it: "Phạm Minh
 * Chính" → "Фам Минь Тинь", "Nguyễn Phú Trọng" → "Нгуен Фу Чонг"), and a consonant skeleton that is the same for
 * an Azerbaijani name in Latin and its Russian spelling ("Ceyhun Bayramov" and "Джейхун Байрамов"). Stateless and
 * thread-safe.
 */
final class Transcription {
    private Transcription() {}

    private static final String[] CYRILLIC = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh",
            "з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
            "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y",
            "ь", "", "э", "e", "ю", "yu", "я", "ya", "ə", "a", "ı", "i", "ş", "sh", "ç", "ch", "ğ", "gh", "đ", "d",
            // the letters Mongolian and Kazakh Cyrillic add ("Батмөнх" is "Batmönkh", "Тоқаев" "Tokayev")
            "ө", "ö", "ү", "ü", "ә", "a", "ғ", "g", "қ", "k", "ң", "ng", "ұ", "u", "і", "i", "һ", "h"};

    /** Per lower-case char, its Latin letters from {@link #CYRILLIC}, null if it has none. */
    private static final String[] LATIN_OF = new String[Character.MAX_VALUE + 1];

    static {
        for (int k = 0; k < CYRILLIC.length; k += 2) {
            LATIN_OF[CYRILLIC[k].charAt(0)] = CYRILLIC[k + 1];
        }
    }

    /** A name in Latin letters without diacritics: "Trần Hồng Hà" → "Tran Hong Ha", "Джейхун" → "Dzheykhun". */
    static String latin(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String mapped = LATIN_OF[Character.toLowerCase(c)];
            if (mapped == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !mapped.isEmpty()) {
                out.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
            } else {
                out.append(mapped);
            }
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.ENCLOSING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
                plain.append(c == 'İ' ? 'I' : c);
            }
        }
        return plain.toString();
    }

    /** "Tran Hong Ha" → "tran-hong-ha": lower-case ASCII letters and digits, a hyphen for each run of anything else. */
    static String slug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    static boolean isCyrillic(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (isCyrillic(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Per char: looked up for every letter of every capitalised word, so worked out once. */
    private static final boolean[] CYRILLIC_CHAR = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CYRILLIC_CHAR[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
        }
    }

    static boolean isCyrillic(char c) {
        return CYRILLIC_CHAR[c];
    }

    // --- Vietnamese → Russian

    /** Initial consonants, longest first, with their Russian letters; a trailing ь softens the vowel after it. */
    private static final String[][] INITIALS = {
        {"ngh", "нг"}, {"ng", "нг"}, {"nh", "нь"}, {"ph", "ф"}, {"th", "тх"}, {"tr", "ч"}, {"ch", "ть"}, {"kh", "кх"},
        {"gh", "г"}, {"gi", "зь"}, {"qu", "ку"}, {"b", "б"}, {"c", "к"}, {"d", "з"}, {"đ", "д"}, {"g", "г"}, {"h", "х"},
        {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"p", "п"}, {"r", "з"}, {"s", "ш"}, {"t", "т"}, {"v", "в"},
        {"x", "с"},
    };
    /** Final consonants, longest first. */
    private static final String[][] FINALS = {
        {"ng", "нг"}, {"nh", "нь"}, {"ch", "ть"}, {"c", "к"}, {"m", "м"}, {"n", "н"}, {"p", "п"}, {"t", "т"},
    };
    /** Vowel groups, longest first; "|" separates the spellings the press uses side by side. */
    private static final String[][] VOWELS = {
        {"uyê", "уе|уэ"}, {"ươi", "ыой"}, {"ươu", "ыоу"}, {"uôi", "уой"}, {"oai", "оай"}, {"oay", "оай"},
        {"iêu", "иеу|ьеу"}, {"yêu", "иеу"}, {"ươ", "ыо"}, {"ưa", "ыа"}, {"uô", "уо"}, {"iê", "ие|ье"}, {"yê", "ие"},
        {"ia", "иа"}, {"ya", "иа"}, {"uy", "уи|юи"}, {"uê", "уэ|юэ"}, {"ua", "уа"}, {"uâ", "уа"}, {"oa", "оа"},
        {"oă", "оа"}, {"oe", "оэ"}, {"ai", "ай"}, {"ay", "ай"}, {"ây", "ай"}, {"ao", "ао"}, {"au", "ау"},
        {"âu", "ау"}, {"oi", "ой"}, {"ôi", "ой"}, {"ơi", "ой"}, {"ui", "уй"}, {"ưi", "ый"}, {"eo", "эо|ео"},
        {"êu", "еу"}, {"iu", "иу"}, {"ưu", "ыу"}, {"a", "а"}, {"ă", "а"}, {"â", "а"}, {"e", "е|э"}, {"ê", "е|э"},
        {"i", "и"}, {"y", "и"}, {"o", "о"}, {"ô", "о"}, {"ơ", "о"}, {"u", "у"}, {"ư", "ы"},
    };

    /**
     * The Russian spellings of a Vietnamese name in Latin letters (with or without its diacritics: without them "d"
     * and "đ" cannot be told apart and read as "з"), most usual first: "Phan Văn Giang" → "Фан Ван Зянг", "Фан Ван
     * Жанг", …
     */
    static List<String> russianForVietnamese(String name) {
        List<String> out = List.of("");
        for (String syllable : WORDS.split(name.strip())) {
            List<String> longer = new ArrayList<>();
            for (String start : out) {
                for (String s : syllable(syllable)) {
                    longer.add(start.isEmpty() ? s : start + " " + s);
                }
            }
            out = longer;
        }
        return out;
    }

    /** One syllable's spellings, capitalised as it was. */
    private static List<String> syllable(String written) {
        // tone marks go, vowel quality marks (â ê ô ơ ư ă) stay: NFD, drop the tones, NFC
        String s = Normalizer.normalize(written.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        String initial = "";
        String consonant = "";
        for (String[] i : INITIALS) {
            // "gi" before another vowel is a consonant (Giang); alone it is g + i (gìn)
            if (s.startsWith(i[0]) && !(i[0].equals("gi") && (s.length() == 2 || !isVowel(s.charAt(2))))) {
                initial = i[0];
                consonant = i[1];
                break;
            }
        }
        String rest = s.substring(initial.length());
        String coda = "";
        String codaRu = "";
        for (String[] f : FINALS) {
            if (rest.endsWith(f[0]) && rest.length() > f[0].length()) {
                coda = f[0];
                codaRu = f[1];
                break;
            }
        }
        String nucleus = rest.substring(0, rest.length() - coda.length());
        List<String> vowels = List.of("");
        int at = 0;
        while (at < nucleus.length()) {
            String[] match = null;
            for (String[] v : VOWELS) {
                if (nucleus.startsWith(v[0], at)) {
                    match = v;
                    break;
                }
            }
            if (match == null) {
                return List.of(written); // not a Vietnamese syllable: leave it
            }
            List<String> longer = new ArrayList<>();
            for (String startV : vowels) {
                for (String v : match[1].split("\\|")) {
                    longer.add(startV + v);
                }
            }
            vowels = longer;
            at += match[0].length();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : vowels) {
            String ru = soften(consonant, v, initial.isEmpty()) + codaRu;
            if (initial.equals("gi")) {
                out.add(ru);
                out.add("ж" + harden(ru.substring(1))); // the press's "Жанг" beside Kontsevich's "Зянг"
            } else {
                out.add(ru);
            }
            if (initial.equals("ch") && (v.startsWith("и") || v.startsWith("е"))) {
                out.add(consonant + v + codaRu); // the soft sign kept, as the Vietnam News Agency writes: "Тьинь"
            }
        }
        List<String> capitalised = new ArrayList<>();
        for (String ru : out) {
            capitalised.add(Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(ru.charAt(0)) + ru.substring(1) : ru);
        }
        return capitalised;
    }

    private static boolean isVowel(char c) {
        return "aăâeêioôơuưy".indexOf(c) >= 0;
    }

    /**
     * A soft consonant (нь, ть, and зь for gi) melts into the vowel after it: ня, тю, зя; before и and е the ь
     * just goes. At the start of a word е is written э.
     */
    private static String soften(String consonant, String vowels, boolean wordStart) {
        if (wordStart && vowels.startsWith("е")) {
            return "э" + vowels.substring(1);
        }
        if (!consonant.endsWith("ь") || vowels.isEmpty()) {
            return consonant + vowels;
        }
        String hard = consonant.substring(0, consonant.length() - 1);
        char v = vowels.charAt(0);
        String melted = switch (v) {
            case 'а' -> "я";
            case 'у' -> "ю";
            case 'о' -> "ё";
            case 'и', 'е' -> String.valueOf(v);
            default -> "ь" + v;
        };
        return hard + melted + vowels.substring(1);
    }

    private static String harden(String afterConsonant) {
        return afterConsonant.startsWith("я") ? "а" + afterConsonant.substring(1)
                : afterConsonant.startsWith("ю") ? "у" + afterConsonant.substring(1) : afterConsonant;
    }

    // --- Azerbaijani Latin ↔ Russian

    /**
     * The consonants of a name, letters that sound alike made one (г, х, к, q, h, x, ğ; c, ç, j, дж, ч, ж; s, ş, ш,
     * щ, ц), vowels and й dropped, repeats collapsed, word by word: "Ceyhun Bayramov" and "Джейхун Байрамов" both
     * give "CKn brmv"; "Həsənov" and "Гасанов" give "Ksnv". Empty for a name with a word of no consonant.
     */
    static String skeleton(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : WORDS.split(name.strip().toLowerCase(Locale.ROOT))) {
            String w = word.replace("дж", "c").replace("sh", "s").replace("ch", "c").replace("zh", "c")
                    .replace("kh", "k").replace("gh", "k").replace("ts", "s");
            StringBuilder consonants = new StringBuilder();
            char previous = 0;
            for (int i = 0; i < w.length(); i++) {
                char sound = sound(w.charAt(i));
                if (sound != 0 && sound != previous) {
                    consonants.append(sound);
                }
                if (sound != 0 || !Character.isLetter(w.charAt(i))) {
                    previous = sound;
                }
            }
            if (consonants.isEmpty()) {
                return "";
            }
            out.append(out.isEmpty() ? "" : " ").append(consonants);
        }
        return out.toString();
    }

    /**
     * The sound of a Latin name of two words or more, whatever its romanization: its {@link #skeleton} without
     * diacritics, "ng" as "n" ("Cinpin" for "Jinping"), "x" as "kh", "ks" and "s" ("Xi" is "Si" in Azerbaijani),
     * "c" as j, k and s ("Fico" is "Fiko");
     * "Aleksandr Lukaşenko" and "Alexander Lukashenko" sound the same. Empty for one word or a Cyrillic name.
     */
    /** What parts the words of a name. */
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s-]+");

    static Set<String> soundKeys(String name) {
        // "ng" as "n", and the Azerbaijani "nq" that writes it ("Li Qianq")
        String plain = TextFolding.foldToString(name).replace("ng", "n").replace("nq", "n");
        if (plain.strip().indexOf(' ') < 0 || isCyrillic(plain)) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> variants = new ArrayList<>(List.of(plain));
        if (plain.indexOf('x') >= 0) {
            variants.addAll(List.of(plain.replace("x", "s"), plain.replace("x", "ks")));
        }
        if (plain.indexOf('q') >= 0) {
            variants.add(plain.replace("q", "c")); // Pinyin q: "Li Qiang" is "Li Çiang" in Azerbaijani, "Ли Цян" in Russian
        }
        if (plain.indexOf('c') >= 0) {
            // "Fico" is "Fiko" and "Fitso": c as k and as s, not only as the Azerbaijani c (j)
            variants.addAll(List.of(plain.replace("c", "k"), plain.replace("c", "s")));
        }
        for (String variant : variants) {
            String key = skeleton(variant);
            if (!key.isEmpty()) {
                keys.add(withFirstVowels(variant, key));
            }
        }
        return keys;
    }

    /** The skeleton with each word's first letter when it is a vowel: "Elena" (e-ln) is not "Alan" (a-ln). */
    private static String withFirstVowels(String name, String skeleton) {
        String[] words = WORDS.split(name.strip());
        String[] sounds = skeleton.split(" ");
        if (words.length != sounds.length) {
            return skeleton;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            char first = words[k].isEmpty() ? 'x' : words[k].charAt(0);
            out.append(k == 0 ? "" : " ").append(vowelClass(first)).append(sounds[k]);
        }
        return out.toString();
    }

    /**
     * A first vowel as romanizations hear it: front ("Iohannis", "Yohannis", "Evgeny") or back ("Alan", "Olan");
     * empty for a consonant.
     */
    private static String vowelClass(char first) {
        return "eiy".indexOf(first) >= 0 ? "e" : "aou".indexOf(first) >= 0 ? "a" : "";
    }

    /** The consonant class of a letter, 0 for a vowel or a sign. */
    private static char sound(char c) {
        return switch (c) {
            case 'b', 'б' -> 'b';
            case 'v', 'w', 'в' -> 'v';
            case 'g', 'ğ', 'h', 'k', 'q', 'x', 'г', 'к', 'х' -> 'K';
            case 'c', 'ç', 'j', 'ж', 'ч' -> 'C';
            case 'd', 'д' -> 'd';
            case 'z', 'з' -> 's'; // "Herzog" is "Hersoq" in Azerbaijani, "Херцог" in Russian
            case 'l', 'л' -> 'l';
            case 'm', 'м' -> 'm';
            case 'n', 'н' -> 'n';
            case 'p', 'п' -> 'p';
            case 'r', 'р' -> 'r';
            case 's', 'ş', 'с', 'ш', 'щ', 'ц' -> 's';
            case 't', 'т' -> 't';
            case 'f', 'ф' -> 'f';
            default -> 0;
        };
    }
}
