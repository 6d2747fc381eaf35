package org.newsmon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private static final RawArticle RAW = new RawArticle(ArticleIds.of("https://example.az/to-lam"),
            "https://example.az/to-lam?utm_source=x", "https://example.az/to-lam", "https://example.az/rss",
            "example.az", "Tô Lâm đến Baku", "Визит То Лама", null, "vi", Instant.parse("2025-05-07T08:00:00Z"),
            Instant.parse("2025-05-07T08:05:00Z"), "Tổng Bí thư Tô Lâm thăm Azerbaijan.", "abc", null);

    @Test
    void rawArticleRoundTripsWithContractFieldNames() {
        JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
        byte[] bytes = serde.serialize("news.raw", RAW);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"canonicalUrl\":\"https://example.az/to-lam\""), json);
        assertTrue(json.contains("\"publishedAt\":\"2025-05-07T08:00:00Z\""), json);
        assertEquals(RAW, serde.deserialize("news.raw", bytes));
    }

    @Test
    void enrichedArticleIsFlatRawArticlePlusTags() {
        Event visit = new Event(EventType.VISIT, EventStatus.ANNOUNCED, false, LocalDate.of(2025, 5, 7),
                LocalDate.of(2025, 5, 8), List.of("VN", "AZ"), List.of("To Lam"), "Baku", "To Lam will visit.", 0.9);
        EnrichedArticle enriched = EnrichedArticle.of(RAW, List.of(), List.of("AZ", "VN"), true, 1.0, List.of(), List.of(visit));
        String json = Json.write(enriched);
        assertTrue(json.startsWith("{\"id\":\"" + RAW.id() + "\""), json);
        assertTrue(json.contains("\"date\":\"2025-05-07\""), json);
        assertEquals(enriched, Json.read(json, EnrichedArticle.class));
        assertEquals(RAW, enriched.raw());
    }

    @Test
    void entityWikidataIdIsOptional() {
        List<Mention> mentions = List.of(new Mention(0, 14, "Vladimir Putin"));
        Entity putin = new Entity("person:vladimir-putin", EntityType.PERSON, "Vladimir Putin", "RU", mentions, "Q7747");
        String json = Json.write(putin);
        assertTrue(json.contains("\"wikidata\":\"Q7747\""), json);
        assertEquals(putin, Json.read(json, Entity.class));

        Entity toLam = new Entity("person:to-lam", EntityType.PERSON, "To Lam", "VN", List.of(), null);
        String without = Json.write(toLam);
        assertTrue(!without.contains("wikidata"), without);
        assertEquals(toLam, Json.read(without, Entity.class));
        // JSON written before the field existed
        Entity old = Json.read("{\"id\":\"person:to-lam\",\"type\":\"PERSON\",\"name\":\"To Lam\",\"country\":\"VN\","
                + "\"mentions\":[]}", Entity.class);
        assertEquals(toLam, old);
    }

    @Test
    void unknownFieldsAreIgnoredSoTheContractCanGrow() {
        Alert alert = Json.read("{\"eventKey\":\"k\",\"kind\":\"VISIT\",\"revision\":2,\"addedLater\":true}", Alert.class);
        assertEquals(2, alert.revision());
        assertEquals(List.of(), alert.sources());
    }

    @Test
    void invalidBytesFailWithSerializationException() {
        JsonSerde<Alert> serde = new JsonSerde<>(Alert.class);
        assertThrows(SerializationException.class, () -> serde.deserialize("news.alerts", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(SerializationException.class, () -> serde.deserialize("news.alerts", new byte[0]));
    }

    @Test
    void articleIdIsFirst32HexOfSha256OfCanonicalUrl() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea414140de5dae2223", ArticleIds.of("abc"));
    }
}
