package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.EntityType;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.SectorTag;

/** The bundled demo (app/src/main/resources/demo, EXPECTED.md) tagged as the pipeline would tag it. */
class TagDemoTest {
    private static final Tagger TAGGER = Tagger.defaults();
    private static final List<String> VISIT_PARTIES = List.of("VN", "AZ");   // visitor first, host second
    private static final List<String> AGREEMENT_PARTIES = List.of("AZ", "VN"); // alphabetical
    private static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);
    private static final LocalDate MAY_8 = LocalDate.of(2025, 5, 8);

    private static EnrichedArticle tag(String page, String language) {
        return TAGGER.tag(DemoPages.load(page, language));
    }

    /** Events the alerts service would act on: not historical, between the watched countries. */
    private static List<Event> watchEvents(EnrichedArticle a) {
        return a.events().stream().filter(e -> !e.historical() && e.parties().containsAll(VISIT_PARTIES)).toList();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> ofType = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, ofType.size(), () -> "expected one " + type + " in " + events);
        return ofType.get(0);
    }

    private static void assertEntity(EnrichedArticle a, EntityType type, String name, String surface) {
        Entity entity = a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found among " + a.entities().stream().map(Entity::name).toList()));
        assertEquals(type, entity.type(), name);
        assertTrue(entity.mentions().stream().anyMatch(m -> m.text().startsWith(surface)),
                () -> name + ": no mention starting with '" + surface + "' in " + entity.mentions());
        entity.mentions().forEach(m -> assertEquals(m.text(), a.raw().text().substring(m.start(), m.end())));
    }

    private static void assertSectors(EnrichedArticle a, String... sectors) {
        List<String> found = a.sectors().stream().map(SectorTag::sector).toList();
        for (String sector : sectors) {
            assertTrue(found.contains(sector), () -> sector + " missing from " + found);
        }
        a.sectors().forEach(s -> assertFalse(s.evidence().isEmpty(), s.sector() + " without evidence"));
    }

    private static void assertVisit(Event visit, EventStatus status) {
        assertEquals(status, visit.status());
        assertEquals(VISIT_PARTIES, visit.parties());
        assertEquals(MAY_7, visit.date());
        assertEquals(MAY_8, visit.dateEnd());
        assertEquals("To Lam", visit.actors().get(0), "the visitor first");
        assertTrue(visit.actors().contains("Ilham Aliyev"), visit.actors()::toString);
        assertEquals("Baku", visit.location());
    }

    private static void assertSigned(Event agreement) {
        assertEquals(EventStatus.SIGNED, agreement.status());
        assertEquals(AGREEMENT_PARTIES, agreement.parties());
        assertEquals(MAY_7, agreement.date());
        assertTrue(agreement.actors().containsAll(List.of("To Lam", "Ilham Aliyev")), agreement.actors()::toString);
        assertEquals("Baku", agreement.location());
    }

    @Test
    void interviewAnnouncesToLamsVisitAndRecallsHistory() {
        EnrichedArticle a2 = tag("azertac-aliyev-interview-vna-to-lam-visit.html", "en");
        List<Event> news = watchEvents(a2);
        assertEquals(1, news.size(), news::toString);
        assertVisit(only(news, EventType.VISIT), EventStatus.ANNOUNCED);
        List<Event> history = a2.events().stream().filter(Event::historical).toList();
        assertTrue(history.stream().anyMatch(e -> e.type() == EventType.VISIT && e.actors().contains("Ho Chi Minh")), history::toString);
        assertTrue(history.stream().anyMatch(e -> e.type() == EventType.AGREEMENT), "the 2019 SOCAR–Binh Son agreement");
        assertTrue(a2.relevant());
        assertEntity(a2, EntityType.PERSON, "Ilham Aliyev", "Ilham Aliyev");
        assertEntity(a2, EntityType.PERSON, "To Lam", "To Lam");
        assertEntity(a2, EntityType.PERSON, "Ho Chi Minh", "Ho Chi Minh");
        assertEntity(a2, EntityType.PERSON, "Heydar Aliyev", "Heydar Aliyev");
        assertEntity(a2, EntityType.PERSON, "Truong Tan Sang", "Truong Tan Sang");
        assertEntity(a2, EntityType.PLACE, "Baku", "Baku");
        assertEntity(a2, EntityType.PLACE, "Hanoi", "Hanoi");
        assertEntity(a2, EntityType.COUNTRY, "Azerbaijan", "Azerbaijan");
        assertEntity(a2, EntityType.COUNTRY, "Vietnam", "Vietnam");
        assertEntity(a2, EntityType.ORGANIZATION, "SOCAR", "SOCAR");
        assertEntity(a2, EntityType.ORGANIZATION, "Binh Son Refining and Petrochemical Company", "Binh Son");
        assertEntity(a2, EntityType.ORGANIZATION, "Communist Party of Vietnam", "Communist Party of Vietnam");
        assertEntity(a2, EntityType.ORGANIZATION, "New Azerbaijan Party", "New Azerbaijan Party");
        assertSectors(a2, "politics", "oil-gas", "trade", "education", "culture", "tourism");
    }

    @Test
    void azerbaijaniReportHasTheVisitOngoingAndTheSigning() {
        EnrichedArticle z1 = tag("az-to-lam-azerbaycana-resmi-sefer.html", "az");
        List<Event> news = watchEvents(z1);
        assertEquals(2, news.size(), news::toString);
        assertVisit(only(news, EventType.VISIT), EventStatus.ONGOING);
        assertSigned(only(news, EventType.AGREEMENT));
        assertEntity(z1, EntityType.PERSON, "To Lam", "To Lam");
        assertEntity(z1, EntityType.PERSON, "Ilham Aliyev", "İlham Əliyev");
        assertEntity(z1, EntityType.PERSON, "Ho Chi Minh", "Ho Şi Min");
        assertEntity(z1, EntityType.PERSON, "Heydar Aliyev", "Heydər Əliyev");
        assertEntity(z1, EntityType.PERSON, "Truong Tan Sang", "Çıonq Tan Sanq");
        assertEntity(z1, EntityType.PLACE, "Baku", "Bakı");
        assertEntity(z1, EntityType.PLACE, "Hanoi", "Hanoy");
        assertEntity(z1, EntityType.COUNTRY, "Azerbaijan", "Azərbaycan");
        assertEntity(z1, EntityType.COUNTRY, "Vietnam", "Vyetnam");
        assertEntity(z1, EntityType.ORGANIZATION, "Communist Party of Vietnam", "Vyetnam Kommunist Partiyası");
        assertEntity(z1, EntityType.ORGANIZATION, "New Azerbaijan Party", "Yeni Azərbaycan Partiyası");
        // the airport is named after Heydar Aliyev; it is not a mention of him
        assertEntity(z1, EntityType.PLACE, "Heydar Aliyev International Airport", "Heydər Əliyev adına");
        assertEquals(1, z1.entities().stream().filter(e -> e.name().equals("Heydar Aliyev")).findFirst().orElseThrow().mentions().size());
        assertSectors(z1, "politics", "oil-gas", "energy", "education", "culture", "trade");
    }

    @Test
    void russianReportHasTheVisitOngoingAndTheSigning() {
        EnrichedArticle r1 = tag("ru-to-lam-pribyl-v-baku.html", "ru");
        List<Event> news = watchEvents(r1);
        assertEquals(2, news.size(), news::toString);
        assertVisit(only(news, EventType.VISIT), EventStatus.ONGOING);
        assertSigned(only(news, EventType.AGREEMENT));
        assertEntity(r1, EntityType.PERSON, "To Lam", "То Лам");
        assertEntity(r1, EntityType.PERSON, "Ilham Aliyev", "Ильхам Алиев");
        assertEntity(r1, EntityType.PERSON, "Ho Chi Minh", "Хо Ши Мин");
        assertEntity(r1, EntityType.PERSON, "Heydar Aliyev", "Гейдар Алиев");
        assertEntity(r1, EntityType.PLACE, "Baku", "Баку");
        assertEntity(r1, EntityType.COUNTRY, "Azerbaijan", "Азербайджан");
        assertEntity(r1, EntityType.COUNTRY, "Vietnam", "Вьетнам");
        assertEntity(r1, EntityType.ORGANIZATION, "Communist Party of Vietnam", "Коммунистической партии Вьетнама");
        assertSectors(r1, "politics", "oil-gas", "energy", "education", "culture", "trade", "transport", "defense-security");
    }

    @Test
    void englishReportAndItsSyndicatedCopyHaveTheVisitCompletedAndTheSigning() {
        for (String page : List.of("newsaz-to-lam-ends-baku-visit.html", "analysis-news-azerbaijan-vietnam-sign-joint-statement.html")) {
            EnrichedArticle n1 = tag(page, "en");
            List<Event> news = watchEvents(n1);
            assertEquals(2, news.size(), news::toString);
            assertVisit(only(news, EventType.VISIT), EventStatus.COMPLETED);
            assertSigned(only(news, EventType.AGREEMENT));
            assertEntity(n1, EntityType.PERSON, "To Lam", "To Lam");
            assertEntity(n1, EntityType.PERSON, "Ilham Aliyev", "Ilham Aliyev");
            assertEntity(n1, EntityType.PLACE, "Baku", "Baku");
            assertEntity(n1, EntityType.ORGANIZATION, "SOCAR", "SOCAR");
            assertEntity(n1, EntityType.ORGANIZATION, "PetroVietnam", "PetroVietnam");
            assertEntity(n1, EntityType.ORGANIZATION, "Vietsovpetro", "Vietsovpetro");
            assertSectors(n1, "politics", "oil-gas", "energy", "trade", "education", "culture", "transport", "defense-security");
        }
    }

    @Test
    void vietnameseReportHasTheVisitCompletedAndTheSigning() {
        EnrichedArticle v2 = tag("vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html", "vi");
        List<Event> news = watchEvents(v2);
        assertEquals(2, news.size(), news::toString);
        assertVisit(only(news, EventType.VISIT), EventStatus.COMPLETED);
        assertSigned(only(news, EventType.AGREEMENT));
        assertEntity(v2, EntityType.PERSON, "To Lam", "Tô Lâm");
        assertEntity(v2, EntityType.PERSON, "Ilham Aliyev", "Ilham Aliyev");
        assertEntity(v2, EntityType.PERSON, "Ho Chi Minh", "Hồ Chí Minh");
        assertEntity(v2, EntityType.COUNTRY, "Vietnam", "Việt Nam");
        assertEntity(v2, EntityType.ORGANIZATION, "Communist Party of Vietnam", "Đảng Cộng sản Việt Nam");
        assertSectors(v2, "politics", "oil-gas", "energy", "education", "culture", "trade", "defense-security");
    }

    @Test
    void opinionPieceRecallsEverythingAsHistory() {
        EnrichedArticle s2 = tag("analysis-azerbaijan-vietnam-old-friendship-must-deliver.html", "en");
        assertTrue(s2.relevant());
        assertFalse(s2.events().isEmpty());
        assertEquals(List.of(), watchEvents(s2));
        assertTrue(s2.events().stream().anyMatch(e -> e.type() == EventType.AGREEMENT && e.historical()),
                "last month's agreements are recalled");
        assertSectors(s2, "politics", "oil-gas", "trade", "education", "transport");
    }

    @Test
    void otherCountryPairsAreNotWatchEvents() {
        EnrichedArticle v1 = tag("vna-tong-bi-thu-to-lam-tham-kazakhstan.html", "vi");
        assertFalse(v1.relevant());
        assertEquals(List.of(), watchEvents(v1));
        // To Lam's visit to Kazakhstan is there, with its real parties; Tokayev's invitation "at a convenient time" is not
        Event visit = only(v1.events().stream().filter(e -> !e.historical()).toList(), EventType.VISIT);
        assertEquals(List.of("VN", "KZ"), visit.parties());
        assertEntity(v1, EntityType.PERSON, "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev");
        assertEntity(v1, EntityType.PLACE, "Astana", "Astana");
        assertSectors(v1, "politics", "energy", "agriculture", "transport", "trade");

        EnrichedArticle a1 = tag("azertac-azerbaijan-kazakhstan-middle-corridor.html", "en");
        assertFalse(a1.relevant());
        assertEquals(List.of(), watchEvents(a1));
        assertTrue(a1.events().stream().noneMatch(e -> e.status() == EventStatus.SIGNED), a1.events()::toString);
        assertEntity(a1, EntityType.ORGANIZATION, "Azerbaijan Railways", "Azerbaijan Railways");
        assertEntity(a1, EntityType.PLACE, "Aktau", "Aktau");
        assertSectors(a1, "transport", "trade");
    }

    @Test
    void everyDemoArticleIsTaggedWithConsistentOffsets() {
        for (String page : List.of("azertac-aliyev-interview-vna-to-lam-visit.html", "az-to-lam-azerbaycana-resmi-sefer.html",
                "ru-to-lam-pribyl-v-baku.html", "vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html")) {
            EnrichedArticle a = tag(page, "x");
            for (Entity e : a.entities()) {
                e.mentions().forEach(m -> assertEquals(m.text(), a.raw().text().substring(m.start(), m.end()), e.name()));
            }
            assertEquals(List.of("AZ", "VN"), a.countries().stream().filter(List.of("AZ", "VN")::contains).sorted().collect(Collectors.toList()));
        }
    }
}
