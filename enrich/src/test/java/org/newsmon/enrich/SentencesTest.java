package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLineBreaksButNotAfterAbbreviationsOrInsideNumbers() {
        assertEquals(List.of("Mr. To Lam arrived in Baku on 7.05.2025.", "«Welcome!» said Aliyev.", "Визит продлится 2 дня…",
                        "Trade grew 20.5 per cent", "Bakıda görüş keçirilib?"),
                sentences("Mr. To Lam arrived in Baku on 7.05.2025. «Welcome!» said Aliyev. Визит продлится 2 дня… "
                        + "\n\nTrade grew 20.5 per cent\nBakıda görüş keçirilib?"));
        assertEquals(List.of("the leaders met. then they signed."), sentences("the leaders met. then they signed."));
    }

    @Test
    void paragraphsGluedWithoutASpaceAreStillSentences() {
        assertEquals(List.of("Talks ended in Hanoi on Monday.", "The guest flew on to Jakarta.", "Xe đã đến Lima.",
                        "Sau đó đoàn rời đi."),
                sentences("Talks ended in Hanoi on Monday.The guest flew on to Jakarta.Xe đã đến Lima.Sau đó đoàn rời đi."));
        // not after initials, abbreviations, numbers or in web addresses
        for (String kept : List.of("Talks in the U.S.Army base", "A visit by Mr.Smith", "Version 2.Five", "Read news.Example.Com")) {
            assertEquals(List.of(kept), sentences(kept));
        }
    }

    @Test
    void textWithoutSentenceEndsIsCutAtASpaceAfterTheLongestSentence() {
        String text = "word ".repeat(1000);
        List<Sentences.Span> spans = Sentences.split(text);
        assertTrue(spans.size() > 1, spans::toString);
        for (Sentences.Span span : spans) {
            // cut at the first space once the sentence is MAX_LENGTH long: at most one word longer
            assertTrue(span.end() - span.start() <= Sentences.MAX_LENGTH + "word".length(), span::toString);
        }
        assertEquals(text.strip(), String.join(" ", spans.stream().map(s -> s.of(text)).toList()));
    }
}
