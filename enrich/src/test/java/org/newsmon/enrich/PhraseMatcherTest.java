package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsmon.enrich.PhraseMatcher.Hit;

class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> m, String text) {
        return PhraseMatcher.longestNonOverlapping(m.findAll(text)).stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void foldingKeepsOffsetsAndDropsCaseAndDiacritics() {
        assertEquals("to lam, ilham eliyev, dang, ha noi", TextFolding.foldToString("Tô Lâm, İlham Əliyev, Đảng, Hà Nội"));
        assertEquals("то лам", TextFolding.foldToString("То Лам"));
        String text = "Tổng Bí thư Tô Lâm";
        assertEquals(text.length(), TextFolding.fold(text).length);
    }

    @Test
    void matchesWholeWordsOnly() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("Baku", "x").add("oil", "y").build();
        assertEquals(List.of("Baku", "oil"), found(m, "Baku exports oil, not Bakuvian soil or oilmen."));
    }

    @Test
    void overlappingPhrasesAreAllFoundAndTheLongestChosen() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add("Ho Chi Minh", "person").add("Ho Chi Minh City", "place").add("Chi", "noise").build();
        String text = "From Ho Chi Minh City, Ho Chi Minh";
        assertEquals(5, m.findAll(text).size()); // two "Ho Chi Minh", one "... City", two "Chi"
        List<Hit<String>> chosen = PhraseMatcher.longestNonOverlapping(m.findAll(text));
        assertEquals(List.of("place", "person"), chosen.stream().map(Hit::value).toList());
    }

    @Test
    void inflectableStemAndExactNotations() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add("~Bakı", "baku").add("нефт*", "oil").add("=ký", "sign").build();
        assertEquals(List.of("Bakıya", "нефтегазовой"), found(m, "Bakıya нефтегазовой kỳ"));
        assertEquals(List.of("ký"), found(m, "hai bên ký văn kiện"));
        assertEquals(List.of(), found(m, "Bakıyalılarla")); // longer than a case ending
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> phrases = List.of("ab", "abc", "bca", "c", "caab", "bb", "a b", "abcab");
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        phrases.forEach(p -> b.add(p, p));
        PhraseMatcher<String> m = b.build();
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append("abc ".charAt(random.nextInt(4)));
            }
            String t = text.toString();
            Set<String> expected = new TreeSet<>();
            for (String p : phrases) {
                for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
                    boolean startOk = i == 0 || t.charAt(i - 1) == ' ' || p.charAt(0) == ' ';
                    boolean endOk = i + p.length() == t.length() || t.charAt(i + p.length()) == ' ' || p.endsWith(" ");
                    if (startOk && endOk) {
                        expected.add(i + ":" + p);
                    }
                }
            }
            Set<String> actual = new TreeSet<>();
            for (Hit<String> h : m.findAll(t)) {
                actual.add(h.start() + ":" + h.value());
            }
            assertEquals(expected, actual, t);
        }
    }

    @Test
    void largeDictionariesBuild() {
        PhraseMatcher.Builder<Integer> b = PhraseMatcher.builder();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String w = "name" + Integer.toString(i, 36);
            words.add(w);
            b.add(w, i);
        }
        PhraseMatcher<Integer> m = b.build();
        List<Hit<Integer>> hits = m.findAll("x name1 namezz name" + Integer.toString(49_999, 36));
        assertEquals(List.of(1, 36 * 36 - 1, 49_999), hits.stream().map(Hit::value).toList());
        assertTrue(words.size() == 50_000);
    }
    @Test
    void everyBundledPhraseIsFoundWhereItIsWritten() {
        // the packed double array must keep every path of the trie: each phrase, written as it is, is found
        List<PhraseMatcher.Phrase<?>> phrases = new ArrayList<>();
        phrases.addAll(Gazetteer.bundled().phrases());
        phrases.addAll(EventExtractor.bundled().phrases());
        phrases.addAll(DateFinder.timeWords());
        PhraseMatcher.Builder<Object> b = PhraseMatcher.builder();
        phrases.forEach(p -> b.add(p.notation(), p));
        PhraseMatcher<Object> m = b.build();
        assertTrue(phrases.size() > 10_000, "phrases: " + phrases.size());
        for (PhraseMatcher.Phrase<?> p : phrases) {
            String written = PhraseMatcher.plain(p.notation());
            List<Hit<Object>> hits = m.findAll("« " + written + " »");
            assertTrue(hits.stream().anyMatch(h -> h.value() == p && h.start() == 2), () -> p + " not found: " + hits);
        }
    }
}
