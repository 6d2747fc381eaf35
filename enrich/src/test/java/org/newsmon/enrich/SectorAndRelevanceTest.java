package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.SectorTag;
import org.newsmon.core.Sectors;

class SectorAndRelevanceTest {
    private static final Tagger TAGGER = Tagger.defaults();
    private static final String DAY = "2025-05-08T09:00:00Z";

    private static EnrichedArticle tag(String text) {
        return TAGGER.tag(Articles.of(text, DAY));
    }

    @Test
    void everySectorOfTheContractCanBeTaggedWithItsEvidence() {
        Map<String, String> examples = new LinkedHashMap<>();
        examples.put("politics", "Both sides issued a joint statement.");
        examples.put("oil-gas", "SOCAR sells crude oil to the refinery.");
        examples.put("energy", "Hai bên hợp tác về năng lượng tái tạo.");
        examples.put("trade", "Товарооборот вырос на 20%.");
        examples.put("transport", "Yeni nəqliyyat dəhlizi açılıb.");
        examples.put("tourism", "Tourists from Hanoi fill the old town.");
        examples.put("education", "Vietnamese students study at Azerbaijani universities.");
        examples.put("culture", "Дни культуры прошли в Баку.");
        examples.put("media", "The news agency published an interview.");
        examples.put("finance", "Ngân hàng hai nước tăng cường đầu tư.");
        examples.put("ict", "Digital customs cut waiting times.");
        examples.put("health", "Pharmaceutical companies joined the forum.");
        examples.put("agriculture", "Kazakhstan exports wheat and grain.");
        examples.put("construction", "Tikinti şirkətləri infrastruktur layihələrində iştirak edir.");
        examples.put("industry", "Textile factories opened in Hai Phong.");
        examples.put("defense-security", "They discussed defence and security.");
        examples.put("science", "Научное сотрудничество развивается.");
        examples.put("environment", "Climate change was on the agenda.");
        assertEquals(Sectors.ALL, List.copyOf(examples.keySet()));
        examples.forEach((sector, sentence) -> {
            List<SectorTag> tags = tag(sentence).sectors();
            SectorTag tagged = tags.stream().filter(t -> t.sector().equals(sector)).findFirst()
                    .orElseThrow(() -> new AssertionError(sector + " not tagged in '" + sentence + "': " + tags));
            assertEquals(List.of(sentence), tagged.evidence());
            assertTrue(tagged.score() > 0 && tagged.score() < 1);
        });
    }

    @Test
    void theSectorMostWrittenAboutScoresHighestAndItsStrongestSentenceComesFirst() {
        EnrichedArticle a = tag("Officials met in Baku. Oil and gas, crude oil and refining dominated the talks on oil. "
                + "Tourism was mentioned once.");
        assertEquals("oil-gas", a.sectors().get(0).sector());
        assertEquals("Oil and gas, crude oil and refining dominated the talks on oil.", a.sectors().get(0).evidence().get(0));
        SectorTag tourism = a.sectors().stream().filter(s -> s.sector().equals("tourism")).findFirst().orElseThrow();
        assertTrue(tourism.score() < a.sectors().get(0).score());
    }

    @Test
    void aSingleWeakWordTagsNoSector() {
        assertTrue(tag("The president spoke.").sectors().isEmpty(), "'president' alone weighs 0.5, below the threshold");
    }

    @Test
    void articlesAboutBothWatchedCountriesAreRelevant() {
        EnrichedArticle both = tag("Azerbaijan and Vietnam signed a trade agreement in Baku yesterday.");
        assertTrue(both.relevant());
        assertTrue(both.relevance() >= 0.8, () -> "relevance " + both.relevance());
        assertEquals(List.of("AZ", "VN"), both.countries().stream().sorted().toList());
    }

    @Test
    void watchedCountriesCountThroughTheirPeopleAndOrganisations() {
        EnrichedArticle viaActors = tag("Ilham Aliyev received To Lam. SOCAR and PetroVietnam discussed supplies.");
        assertTrue(viaActors.relevant());
        assertTrue(viaActors.countries().containsAll(List.of("AZ", "VN")));
    }

    @Test
    void articlesAboutOneWatchedCountryAreNotRelevant() {
        EnrichedArticle one = tag("Azerbaijan and Kazakhstan discussed the Middle Corridor in Astana.");
        assertFalse(one.relevant());
        assertEquals(0.15, one.relevance());
        EnrichedArticle none = tag("Nothing about anyone here.");
        assertFalse(none.relevant());
        assertEquals(0.0, none.relevance());
    }
}
