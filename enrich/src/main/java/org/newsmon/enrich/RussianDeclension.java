package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The singular case forms of Russian place names, by the endings of their words: "Индонезия" → "Индонезии",
 * "Индонезию", "Индонезией"; "Казахстан" → "Казахстана", "Казахстане", …; "Южная Корея" → "Южной Кореи", …;
 * "Республика Корея" → "Республики Корея" (only the head noun and its adjectives decline). Names ending in о, е, и, у,
 * ю, э and acronyms do not decline ("Чили", "Того", "США"). Where an ending allows two readings (a final ь, a plural
 * genitive with or without -ов) both forms are given: a form no one writes costs nothing, a missed one costs a
 * mention. Stateless and thread-safe.
 */
final class RussianDeclension {
    private RussianDeclension() {}

    private static final int CASES = 5; // genitive, dative, accusative, instrumental, prepositional
    private static final String HUSHING = "гкхжшчщ";

    /** The name itself and its case forms, without repeats. */
    static List<String> forms(String name) {
        String[] words = name.strip().split(" +");
        List<List<List<String>>> perWord = new ArrayList<>(); // word → case → alternatives
        boolean declining = true;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean joiner = word.equals("и") || word.equals("—") || word.equals("-");
            boolean last = w == words.length - 1 || words[w + 1].equals("и") || words[w + 1].equals("—");
            if (joiner) {
                declining = true;
                perWord.add(unchanged(word));
            } else if (!declining) {
                perWord.add(unchanged(word));
            } else if (!last && isAdjective(word)) {
                perWord.add(adjective(word));
            } else {
                perWord.add(noun(word));
                declining = false;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(String.join(" ", words));
        for (int c = 0; c < CASES; c++) {
            List<String> phrases = List.of("");
            for (List<List<String>> word : perWord) {
                List<String> longer = new ArrayList<>();
                for (String start : phrases) {
                    for (String form : word.get(c)) {
                        longer.add(start.isEmpty() ? form : start + " " + form);
                    }
                }
                phrases = longer;
            }
            out.addAll(phrases);
        }
        return List.copyOf(out);
    }

    private static List<List<String>> unchanged(String word) {
        List<List<String>> cases = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            cases.add(List.of(word));
        }
        return cases;
    }

    private static boolean isAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ая") || w.endsWith("яя") || w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой")
                || w.endsWith("ое") || w.endsWith("ее") || w.endsWith("ые") || w.endsWith("ие")
                || w.endsWith("овы") || w.endsWith("евы") || w.endsWith("ины");
    }

    /** The cases of an adjective before its noun; the accusative of an inanimate masculine or plural is its nominative. */
    private static List<List<String>> adjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ая")) {
            return ending(word, 2, "ой", "ой", "ую", "ой", "ой");
        }
        if (w.endsWith("яя")) {
            return ending(word, 2, "ей", "ей", "юю", "ей", "ей");
        }
        if (w.endsWith("ые") || w.endsWith("ие")) {
            String y = w.endsWith("ые") ? "ы" : "и";
            return ending(word, 2, y + "х", y + "м", w.substring(w.length() - 2), y + "ми", y + "х");
        }
        if (w.endsWith("ы") || w.endsWith("и")) { // possessive plural: Маршалловы, Соломоновы
            return ending(word, 1, "ых", "ым", w.substring(w.length() - 1), "ыми", "ых");
        }
        boolean hushing = HUSHING.indexOf(w.charAt(w.length() - 3)) >= 0;
        boolean soft = (w.endsWith("ий") || w.endsWith("ее")) && !hushing;
        String nominative = w.substring(w.length() - 2);
        return soft ? ending(word, 2, "его", "ему", nominative, "им", "ем")
                : ending(word, 2, "ого", "ому", nominative, hushing ? "им" : "ым", "ом");
    }

    private static List<List<String>> noun(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            // Гвинея-Бисау → Гвинеи-Бисау (the second part does not decline), Тимор-Лесте, Шри-Ланка → Шри-Ланки
            String first = word.substring(0, hyphen);
            String second = word.substring(hyphen + 1);
            List<List<String>> cases = new ArrayList<>();
            boolean secondDeclines = declines(second);
            List<List<String>> declined = noun(secondDeclines ? second : first);
            for (int c = 0; c < CASES; c++) {
                List<String> alternatives = new ArrayList<>();
                for (String form : declined.get(c)) {
                    alternatives.add(secondDeclines ? first + "-" + form : form + "-" + second);
                }
                cases.add(alternatives);
            }
            return cases;
        }
        if (!declines(word)) {
            return unchanged(word);
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("острова")) {
            return ending(word, 1, "ов", "ам", "а", "ами", "ах");
        }
        if (w.endsWith("ия")) {
            return ending(word, 1, "и", "и", "ю", "ей", "и");
        }
        if (w.endsWith("я")) {
            return ending(word, 1, "и", "е", "ю", "ей", "е");
        }
        char beforeLast = w.length() > 1 ? w.charAt(w.length() - 2) : ' ';
        if (w.endsWith("а")) {
            boolean hushing = HUSHING.indexOf(beforeLast) >= 0;
            boolean sibilant = "жшчщц".indexOf(beforeLast) >= 0;
            return ending(word, 1, hushing ? "и" : "ы", "е", "у", sibilant ? "ей" : "ой", "е");
        }
        if (w.endsWith("ы")) { // plural: Нидерланды → Нидерландов, Филиппины → Филиппин
            return merge(ending(word, 1, "ов", "ам", "ы", "ами", "ах"), ending(word, 1, "", "ам", "ы", "ами", "ах"));
        }
        if (w.endsWith("ь")) { // feminine (Беларусь) or masculine (Израиль): both
            return merge(ending(word, 1, "и", "и", "ь", "ью", "и"), ending(word, 1, "я", "ю", "ь", "ем", "е"));
        }
        if (w.endsWith("ий")) { // Маврикий → Маврикии
            return ending(word, 1, "я", "ю", "й", "ем", "и");
        }
        if (w.endsWith("й")) {
            return ending(word, 1, "я", "ю", "й", "ем", "е");
        }
        boolean sibilant = "жшчщц".indexOf(w.charAt(w.length() - 1)) >= 0;
        return ending(word, 0, "а", "у", "", sibilant ? "ем" : "ом", "е");
    }

    /** Acronyms and words ending in о, е, и, у, ю, э, or in а after a vowel (Папуа, Самоа), keep one form. */
    private static boolean declines(String word) {
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        char last = w.charAt(w.length() - 1);
        if ("оеиуюэё".indexOf(last) >= 0 || !Character.isLetter(last)) {
            return false;
        }
        return !(last == 'а' && w.length() > 1 && "аоуеиыэюя".indexOf(w.charAt(w.length() - 2)) >= 0);
    }

    /** The word without its last {@code cut} letters plus each case's ending. */
    private static List<List<String>> ending(String word, int cut, String... endings) {
        String stem = word.substring(0, word.length() - cut);
        List<List<String>> cases = new ArrayList<>();
        for (String e : endings) {
            cases.add(List.of(stem + e));
        }
        return cases;
    }

    private static List<List<String>> merge(List<List<String>> a, List<List<String>> b) {
        List<List<String>> cases = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            Set<String> both = new LinkedHashSet<>(a.get(c));
            both.addAll(b.get(c));
            cases.add(List.copyOf(both));
        }
        return cases;
    }

    private static final String VOWELS = "аеёиоуыэюя";

    /**
     * A man's or woman's name back in the nominative from the case the first word of its title shows: instrumental
     * ("президентом Хасаном Рухани", "с министром Еленой Поповой"), dative ("министру Сергею Иванову") or genitive
     * ("президента Шавката Мирзиёева"). Words that do not decline ("Рухани") stay; a title in the nominative, or one
     * whose nominative ends like a genitive ("глава"), leaves the name as it is.
     */
    static String nominativeOfName(String name, String titleHead) {
        String head = titleHead.toLowerCase(java.util.Locale.ROOT);
        int grammaticalCase;
        if (head.endsWith("ом") || head.endsWith("ем") || head.endsWith("ым") || head.endsWith("им")) {
            grammaticalCase = 4;
        } else if (head.endsWith("у") || head.endsWith("ю")) {
            grammaticalCase = 2;
        } else if ((head.endsWith("а") || head.endsWith("я") || head.endsWith("ого") || head.endsWith("его"))
                && !head.equals("глава") && !head.endsWith("судья")) {
            grammaticalCase = 1;
        } else {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(nominativeOfWord(word, grammaticalCase));
        }
        return out.toString();
    }

    private static String nominativeOfWord(String word, int grammaticalCase) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() < 4) {
            return word;
        }
        String[][] rules = switch (grammaticalCase) {
            case 4 -> new String[][] {{"ским", "ский"}, {"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ыным", "ын"},
                {"ой", "а"}, {"ей", "я"}, {"ом", ""}, {"ем", "й"}};
            case 2 -> new String[][] {{"скому", "ский"}, {"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"ой", "а"},
                {"у", ""}, {"ю", "й"}};
            default -> new String[][] {{"ского", "ский"}, {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ой", "а"},
                {"ы", "а"}, {"а", ""}, {"я", "й"}};
        };
        for (String[] rule : rules) {
            if (lower.endsWith(rule[0])) {
                String stem = word.substring(0, word.length() - rule[0].length());
                char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
                boolean afterVowel = VOWELS.indexOf(last) >= 0;
                // "ом", "у", "а" follow a consonant ("Хасаном", "Ивану"); "ем", "ю", "я" a vowel ("Сергеем", "Андрея")
                boolean plain = rule[1].isEmpty();
                boolean soft = rule[1].equals("й");
                if (rule[0].equals("ем") && !afterVowel) {
                    // "Габриэлем" → "Габриэль", but "Бабишем" → "Бабиш" after a hushing consonant or ц
                    return "жшчщц".indexOf(last) >= 0 ? stem : stem + "ь";
                }
                if (plain && afterVowel || soft && !afterVowel) {
                    return word;
                }
                return stem + rule[1];
            }
        }
        return word;
    }
}
