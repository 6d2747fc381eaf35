package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Config;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.EntityType;
import org.newsmon.core.Mention;

class CountryTaggingTest {
    private static final Tagger TAGGER = Tagger.defaults();
    private static final String DAY = "2025-05-07T10:00:00Z";

    private static EnrichedArticle tag(String text) {
        return TAGGER.tag(Articles.of(text, DAY));
    }

    /** The ids of the entities mentioned exactly as {@code surface}. */
    private static List<String> idsOf(String text, String surface) {
        List<String> ids = new ArrayList<>();
        for (Entity e : tag(text).entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + e.name());
                if (m.text().equals(surface)) {
                    ids.add(e.id());
                }
            }
        }
        return ids;
    }

    private static final Map<String, String> SENTENCES = Map.of(
            "en", "Delegates from %s arrived on Monday.",
            "ru", "Участники переговоров: %s, делегации министерств.",
            "az", "Danışıqların iştirakçıları: %s, nazirliklərin nümayəndələri.",
            "vi", "Đoàn đại biểu %s đã đến hôm qua.");

    @Test
    void everyCountryIsFoundByItsCldrNameInEveryLanguage() {
        String[] codes = Locale.getISOCountries();
        assertEquals(249, codes.length);
        List<String> misses = new ArrayList<>();
        for (String code : codes) {
            for (String language : Countries.LANGUAGES) {
                String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
                String text = String.format(SENTENCES.get(language), name);
                List<String> ids = new ArrayList<>();
                tag(text).entities().stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> ids.add(e.id()));
                if (!ids.equals(List.of("country:" + code.toLowerCase(Locale.ROOT)))) {
                    misses.add(code + "/" + language + " \"" + name + "\" → " + ids);
                }
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void countriesHaveThePressNameAsCanonicalName() {
        Map<String, String> names = Map.of("country:mm", "Myanmar", "country:ba", "Bosnia and Herzegovina",
                "country:cd", "Democratic Republic of the Congo", "country:tr", "Turkey", "country:vn", "Vietnam",
                "country:us", "United States");
        EnrichedArticle a = tag("Myanmar (Burma), Bosnia & Herzegovina, DR Congo, Türkiye, Việt Nam and the USA voted.");
        for (var expected : names.entrySet()) {
            Entity e = a.entities().stream().filter(x -> x.id().equals(expected.getKey())).findFirst().orElseThrow();
            assertEquals(expected.getValue(), e.name());
        }
    }

    @Test
    void russianCaseFormsAreGenerated() {
        assertEquals(List.of("country:id"), idsOf("Президент Индонезии прилетел в Москву.", "Индонезии"));
        assertEquals(List.of("country:id"), idsOf("Делегация отправилась в Индонезию.", "Индонезию"));
        assertEquals(List.of("country:id"), idsOf("Торговля с Индонезией растёт.", "Индонезией"));
        assertEquals(List.of("country:kz"), idsOf("Министр прибыл из Казахстана.", "Казахстана"));
        assertEquals(List.of("country:kz"), idsOf("Форум прошёл в Казахстане.", "Казахстане"));
        assertEquals(List.of("country:cl"), idsOf("Посол в Чили вручил грамоты.", "Чили"));
        assertEquals(List.of("country:kr"), idsOf("Переговоры с Южной Кореей продолжатся.", "Южной Кореей"));
        assertEquals(List.of("country:kr"), idsOf("Визит в Республику Корея завершён.", "Республику Корея"));
        assertEquals(List.of("country:us"), idsOf("Делегация Соединённых Штатов прибыла.", "Соединённых Штатов"));
        assertEquals(List.of("place:moscow"), idsOf("Переговоры прошли в Москве.", "Москве"));
        assertEquals(List.of("place:jakarta"), idsOf("Министр прилетел в Джакарту.", "Джакарту"));
    }

    @Test
    void azerbaijaniCaseFormsFollowVowelHarmony() {
        assertEquals(List.of("country:kz"), idsOf("Nümayəndə heyəti Qazaxıstana gedib.", "Qazaxıstana"));
        assertEquals(List.of("country:cn"), idsOf("Nazir Çinə səfər edəcək.", "Çinə"));
        assertEquals(List.of("country:tr"), idsOf("Prezident Türkiyəyə yola düşüb.", "Türkiyəyə"));
        assertEquals(List.of("country:tr"), idsOf("Türkiyənin nümayəndəsi çıxış edib.", "Türkiyənin"));
        assertEquals(List.of("country:cl"), idsOf("Səfir Çilidən qayıdıb.", "Çilidən"));
        assertEquals(List.of("country:kz"), idsOf("Qazaxıstan Respublikasının nümayəndələri gəlib.", "Qazaxıstan Respublikasının"));
        assertEquals(List.of("country:us"), idsOf("Amerika Birləşmiş Ştatlarına səfər planlaşdırılır.", "Amerika Birləşmiş Ştatlarına"));
        assertEquals(List.of("place:baku"), idsOf("Qonaqlar Bakıya çatıb.", "Bakıya"));
    }

    @Test
    void namesThatAreAlsoWordsOrPeoplesNamesNeedTheirContext() {
        assertEquals(List.of(), idsOf("They served roast turkey on fine china.", "turkey"));
        assertEquals(List.of(), idsOf("They served roast turkey on fine china.", "china"));
        assertEquals(List.of(), idsOf("A guinea pig and some chile peppers.", "guinea"));
        assertEquals(List.of(), idsOf("Michael Jordan spoke in Chicago.", "Jordan"));
        assertEquals(List.of("country:jo"), idsOf("The minister flew to Jordan on Sunday.", "Jordan"));
        assertEquals(List.of("country:tr"), idsOf("Turkey and China signed a deal.", "Turkey"));
        assertEquals(List.of(), idsOf("Bà Nguyễn Thị Nga phát biểu tại hội nghị.", "Nga"));
        assertEquals(List.of("country:ru"), idsOf("Tổng thống Nga tiếp đoàn đại biểu.", "Nga"));
        assertEquals(List.of(), idsOf("Ông Trần Đức Lương đến thăm trường.", "Đức"));
        assertEquals(List.of("country:de"), idsOf("Thủ tướng Đức thăm Việt Nam.", "Đức"));
        assertEquals(List.of(), idsOf("Hai bên đã gặp nhau ba lần.", "ba lần"));
        assertEquals(List.of(), idsOf("Tổng Bí thư phát biểu.", "Bí"));
        assertEquals(List.of(), idsOf("Он сказал то же и того же мнения.", "того"));
        assertEquals(List.of(), idsOf("Polis cinayət işi açıb.", "cinayət"));
        assertEquals(List.of(), idsOf("Yeni mali bazarlar açılır.", "mali"));
        assertEquals(List.of("country:ml"), idsOf("Delegates from Mali and Niger met.", "Mali"));
    }

    @Test
    void peopleOfACountryCountForIt() {
        assertTrue(tag("A Chilean delegation and Filipino engineers met.").countries().containsAll(List.of("CL", "PH")));
        assertTrue(tag("Indonesian exporters were there.").countries().contains("ID"));
        assertTrue(tag("Чилийская делегация встретилась с индонезийскими партнёрами.").countries().containsAll(List.of("CL", "ID")));
        assertTrue(tag("Казахстанские компании подписали контракт.").countries().contains("KZ"));
        assertTrue(tag("Qazaxıstanlı iş adamları Çin tərəfi ilə görüşüb.").countries().containsAll(List.of("KZ", "CN")));
        assertTrue(tag("Phía Chile và người Indonesia đã gặp nhau.").countries().containsAll(List.of("CL", "ID")));
        assertTrue(tag("A Chilean delegation met.").entities().isEmpty(), "a people is no entity of its own");
    }

    @Test
    void capitalsArePlacesOfTheirCountry() {
        Entity jakarta = tag("Ministers met in Jakarta.").entities().get(0);
        assertEquals("place:jakarta", jakarta.id());
        assertEquals(EntityType.PLACE, jakarta.type());
        assertEquals("ID", jakarta.country());
        assertEquals(List.of("place:santiago"), idsOf("Переговоры прошли в Сантьяго.", "Сантьяго"));
        assertEquals(List.of("place:jakarta"), idsOf("Nazir Cakartada səfərdədir.", "Cakartada"));
        assertEquals(List.of("place:beijing"), idsOf("Đoàn đã đến Bắc Kinh.", "Bắc Kinh"));
        assertEquals(List.of("place:ulaanbaatar"), idsOf("Talks in Ulaanbaatar ended.", "Ulaanbaatar"));
    }

    @Test
    void aGazetteerFileReplacesTheCuratedEntriesButNotTheCountries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gazetteer.txt");
        Files.writeString(file, """
                PLACE|place:gabala|Gabala|AZ|Gabala; ~Qəbələ
                COUNTRY|country:cl|Chile|CL|Chilito
                """);
        Tagger own = Tagger.fromSettings(Config.of(Map.of("enrich.gazetteer.file", file.toString()), EnrichSettings.KEYS));
        List<String> ids = own.tag(Articles.of("SOCAR met Chilito and Peru in Gabala and Lima.", DAY)).entities()
                .stream().map(Entity::id).toList();
        assertEquals(List.of("country:cl", "country:pe", "place:gabala", "place:lima"), ids);
    }
}
