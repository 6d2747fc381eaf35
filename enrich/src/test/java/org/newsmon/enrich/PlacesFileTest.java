package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.Event;
import org.newsmon.core.EventType;

/** The cities and venues of places.txt: read in every language, and no name of theirs taken from anyone else. */
class PlacesFileTest {
    private static final Tagger TAGGER = Tagger.defaults();
    private static final String DAY = "2025-09-01T10:00:00Z";

    private static EnrichedArticle tag(String text) {
        return TAGGER.tag(Articles.of(text, DAY));
    }

    private static List<String> placeIds(String text) {
        return tag(text).entities().stream().filter(e -> e.id().startsWith("place:")).map(Entity::id).toList();
    }

    private static Event onlyVisit(String text) {
        List<Event> visits = tag(text).events().stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertEquals(1, visits.size(), () -> "one visit expected in " + text + ": " + visits);
        return visits.get(0);
    }

    @Test
    void aVisitToACityIsAVisitToItsCountry() {
        Event visit = onlyVisit("Russian President Vladimir Putin arrived in Tianjin on Sunday for the summit.");
        assertEquals(List.of("RU", "CN"), visit.parties());
        assertEquals("Tianjin", visit.location());
        assertEquals(List.of("US", "KR"), onlyVisit("US national security adviser John Bolton was to arrive in Busan on Friday.").parties());
        assertEquals(List.of("VN", "AU"), onlyVisit("The Vietnamese Prime Minister will pay visits to Brisbane and Sydney next week.").parties());
    }

    @Test
    void citiesInRussianWithTheirCaseForms() {
        assertEquals(List.of("place:kazan"), placeIds("Путин провёл переговоры с президентом Египта в Казани."));
        assertEquals(List.of("place:saint-petersburg"), placeIds("Делегация прибыла в Санкт-Петербург."));
        assertEquals(List.of("place:saint-petersburg"), placeIds("Встреча прошла в Санкт-Петербурге."));
        assertEquals(List.of("place:nizhny-novgorod"), placeIds("Форум открылся в Нижнем Новгороде."));
        assertEquals(List.of("place:shanghai"), placeIds("Он вылетел из Шанхая."));
        assertEquals(List.of("place:white-house"), placeIds("Переговоры прошли в Белом доме."));
        Event visit = onlyVisit("Президент Египта прибыл в Казань с официальным визитом.");
        assertEquals(List.of("EG", "RU"), visit.parties());
    }

    @Test
    void citiesInAzerbaijaniWithTheirCaseEndings() {
        assertEquals(List.of("place:gabala"), placeIds("Görüş Qəbələdə keçirilib."));
        assertEquals(List.of("place:samarkand"), placeIds("Prezident Səmərqəndə gedib."));
        assertEquals(List.of("place:saint-petersburg"), placeIds("Sammit Sankt-Peterburqda keçiriləcək."));
        Event visit = onlyVisit("Azərbaycan Prezidenti İlham Əliyev Soçiyə işgüzar səfərə gedib.");
        assertEquals(List.of("AZ", "RU"), visit.parties());
    }

    @Test
    void citiesInVietnameseWithTheirDiacritics() {
        assertEquals(List.of("place:shanghai"), placeIds("Thủ tướng đến Thượng Hải chiều nay."));
        assertEquals(List.of("place:tianjin"), placeIds("Hội nghị diễn ra tại Thiên Tân."));
        // the White House is not Nha Trang, a common noun is no city
        assertEquals(List.of("place:white-house"), placeIds("Cuộc gặp diễn ra tại Nhà Trắng."));
        assertEquals(List.of("place:nha-trang"), placeIds("Đoàn đã thăm Nha Trang."));
        assertEquals(List.of(), placeIds("Anh ấy cảm thấy thương hại cho họ."));
    }

    @Test
    void namesThatHoldACityButAreNotIt() {
        assertEquals(List.of(), placeIds("Шанхайской организации сотрудничества исполнилось 24 года."));
        assertEquals(List.of(), placeIds("Şanxay Əməkdaşlıq Təşkilatının sammiti."));
        assertEquals(List.of(), placeIds("The New York Times reported it first."));
        assertEquals(List.of(), placeIds("Tổ chức Hợp tác Thượng Hải được thành lập năm 2001."));
        // the Pacific, "Thái Bình Dương", is not the province Bình Dương
        assertEquals(List.of("place:pacific-ocean"), placeIds("Diễn đàn châu Á - Thái Bình Dương họp tuần tới."));
    }

    /** places.txt as written: each PLACE line's id and its aliases. */
    private static Map<String, List<String>> placeAliases() {
        Map<String, List<String>> out = new HashMap<>();
        for (DataFiles.Line line : DataFiles.read("places.txt")) {
            if (line.fields().get(0).equals("PLACE")) {
                out.put(line.fields().get(1), DataFiles.phrases(line.fields().get(4)));
            }
        }
        return out;
    }

    private static String folded(String notation) {
        return TextFolding.foldToString(PhraseMatcher.plain(notation));
    }

    @Test
    void noPlaceIsNamedLikeACountryOrACapital() {
        Map<String, String> world = new HashMap<>();
        Countries.bundled().phrases().forEach(p -> world.putIfAbsent(folded(p.notation()), p.value().id()));
        Set<String> capitals = new HashSet<>();
        Countries.bundled().entries().stream().filter(e -> e.kind() == Gazetteer.Kind.PLACE).forEach(e -> capitals.add(e.id()));
        List<String> clashes = new ArrayList<>();
        placeAliases().forEach((id, aliases) -> {
            if (capitals.contains(id)) {
                clashes.add(id + " is a capital");
            }
            aliases.stream().filter(a -> world.containsKey(folded(a))).forEach(a -> clashes.add(id + ": " + a + " is " + world.get(folded(a))));
        });
        assertTrue(clashes.isEmpty(), () -> String.join("\n", clashes));
    }

    @Test
    void everyAliasOfAPlaceIsItsOwn() {
        // folded, case and diacritics aside; two names that must match their diacritics may fold the same
        // ("=Nha Trang", "=Nhà Trắng" of the White House)
        Map<String, Map<String, String>> owners = new HashMap<>(); // folded → key → place
        List<String> shared = new ArrayList<>();
        placeAliases().forEach((id, aliases) -> aliases.forEach(a -> {
            Map<String, String> byKey = owners.computeIfAbsent(folded(a), k -> new HashMap<>());
            boolean exact = PhraseMatcher.key(a).startsWith("=");
            byKey.forEach((key, other) -> {
                if (!other.equals(id) && (!exact || !key.startsWith("=") || key.equals(PhraseMatcher.key(a)))) {
                    shared.add(a + ": " + other + " and " + id);
                }
            });
            byKey.putIfAbsent(PhraseMatcher.key(a), id);
        }));
        // and no entry read before (gazetteer.txt, people.txt) has claimed one of them
        Map<String, String> claimed = new HashMap<>();
        Gazetteer.bundled().phrases().forEach(p -> claimed.putIfAbsent(PhraseMatcher.key(p.notation()), p.value().id()));
        placeAliases().forEach((id, aliases) -> aliases.forEach(a -> {
            String holder = claimed.get(PhraseMatcher.key(a));
            if (!id.equals(holder)) {
                shared.add(a + " of " + id + " belongs to " + holder);
            }
        }));
        assertTrue(shared.isEmpty(), () -> String.join("\n", shared));
    }

    @Test
    void placesAreBundled() {
        assertTrue(Gazetteer.BUNDLED.contains("places.txt"));
        assertTrue(placeAliases().size() >= 250, () -> placeAliases().size() + " places");
    }
}
