package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.RawArticle;

/** Text an attacker or a broken extractor could send: the tagger must finish, linear in the size, and stay correct. */
class HostileInputTest {
    @Test
    void threeHundredKilobytesOfNamesAndTriggersWithoutSentenceEndsAreTagged() {
        String unit = "To Lam visit Baku signed Deputy Minister Le Van Tam 7/5 Ильхам Алиев визит Bakıya ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            text.append(unit);
        }
        RawArticle raw = Articles.of(text.toString(), "2025-05-08T09:00:00Z");
        EnrichedArticle a = Tagger.defaults().tag(raw);
        Entity toLam = a.entities().stream().filter(e -> e.id().equals("person:to-lam")).findFirst().orElseThrow();
        int units = text.length() / unit.length();
        assertEquals(units, toLam.mentions().size());
        toLam.mentions().forEach(m -> assertEquals("To Lam", text.substring(m.start(), m.end())));
        assertTrue(a.events().size() < 10, "mentions of one event merge: " + a.events().size());
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreJustText() {
        String text = "\u0000\u0007 Baku \uD800 Tô Lâm \uDFFF\u202E визит \uFEFF";
        EnrichedArticle a = Tagger.defaults().tag(Articles.of(text, "2025-05-08T09:00:00Z"));
        assertTrue(a.entities().stream().anyMatch(e -> e.id().equals("person:to-lam")));
    }

    @Test
    void emptyAndMissingTextAreTaggedAsNothing() {
        RawArticle empty = new RawArticle("x", "u", "u", null, "s", null, null, null, null,
                java.time.Instant.parse("2025-05-08T09:00:00Z"), null, null, null, null);
        EnrichedArticle a = Tagger.defaults().tag(empty);
        assertTrue(a.entities().isEmpty() && a.events().isEmpty() && a.sectors().isEmpty());
    }
}
