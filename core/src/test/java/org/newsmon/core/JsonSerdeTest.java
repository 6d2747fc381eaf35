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

    /**
     * The bytes on news.enriched, every field set: other programs parse them, so however EnrichedArticle is built in
     * Java, the JSON must not change (field names, order, nulls left out, number and time formats).
     */
    @Test
    void enrichedArticleJsonIsExactlyTheContract() {
        RawArticle raw = new RawArticle("5f1d3c0e9a7b4c2d8e6f0a1b2c3d4e5f", "https://example.az/to-lam?utm_source=x",
                "https://example.az/to-lam", "https://example.az/rss", "example.az", "Tô Lâm đến Baku", "Визит То Лама",
                "Aynur Əliyeva", "vi", Instant.parse("2025-05-07T08:00:00Z"), Instant.parse("2025-05-07T08:05:00.250Z"),
                "Tổng Bí thư Tô Lâm thăm Azerbaijan.", "abc123", "0123456789abcdef0123456789abcdef");
        Entity toLam = new Entity("person:to-lam", EntityType.PERSON, "To Lam", "VN",
                List.of(new Mention(12, 18, "Tô Lâm")), "Q7804");
        Event visit = new Event(EventType.VISIT, EventStatus.ONGOING, false, LocalDate.of(2025, 5, 7),
                LocalDate.of(2025, 5, 8), List.of("VN", "AZ"), List.of("To Lam"), "Baku", "Tô Lâm thăm Azerbaijan.", 0.9);
        EnrichedArticle enriched = EnrichedArticle.of(raw, List.of(toLam), List.of("AZ", "VN"), true, 0.75,
                List.of(new SectorTag("politics", 2.5, List.of("Tô Lâm thăm Azerbaijan."))), List.of(visit));

        String expected = "{\"id\":\"5f1d3c0e9a7b4c2d8e6f0a1b2c3d4e5f\",\"url\":\"https://example.az/to-lam?utm_source=x\","
                + "\"canonicalUrl\":\"https://example.az/to-lam\",\"feedUrl\":\"https://example.az/rss\","
                + "\"source\":\"example.az\",\"title\":\"Tô Lâm đến Baku\",\"summary\":\"Визит То Лама\","
                + "\"author\":\"Aynur Əliyeva\",\"language\":\"vi\",\"publishedAt\":\"2025-05-07T08:00:00Z\","
                + "\"fetchedAt\":\"2025-05-07T08:05:00.250Z\",\"text\":\"Tổng Bí thư Tô Lâm thăm Azerbaijan.\","
                + "\"contentHash\":\"abc123\",\"duplicateOf\":\"0123456789abcdef0123456789abcdef\","
                + "\"entities\":[{\"id\":\"person:to-lam\",\"type\":\"PERSON\",\"name\":\"To Lam\",\"country\":\"VN\","
                + "\"mentions\":[{\"start\":12,\"end\":18,\"text\":\"Tô Lâm\"}],\"wikidata\":\"Q7804\"}],"
                + "\"countries\":[\"AZ\",\"VN\"],\"relevant\":true,\"relevance\":0.75,"
                + "\"sectors\":[{\"sector\":\"politics\",\"score\":2.5,\"evidence\":[\"Tô Lâm thăm Azerbaijan.\"]}],"
                + "\"events\":[{\"type\":\"VISIT\",\"status\":\"ONGOING\",\"historical\":false,\"date\":\"2025-05-07\","
                + "\"dateEnd\":\"2025-05-08\",\"parties\":[\"VN\",\"AZ\"],\"actors\":[\"To Lam\"],\"location\":\"Baku\","
                + "\"sentence\":\"Tô Lâm thăm Azerbaijan.\",\"confidence\":0.9}]}";
        byte[] bytes = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), enriched);
        assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
        assertEquals(enriched, Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED.name(), bytes));

        // an article without the optional fields leaves them out, as before
        RawArticle bare = new RawArticle("id1", "https://example.az/1", "https://example.az/1", null, "example.az", "T",
                null, null, null, null, Instant.parse("2025-05-07T08:05:00Z"), "", "h", null);
        assertEquals("{\"id\":\"id1\",\"url\":\"https://example.az/1\",\"canonicalUrl\":\"https://example.az/1\","
                + "\"source\":\"example.az\",\"title\":\"T\",\"fetchedAt\":\"2025-05-07T08:05:00Z\",\"text\":\"\","
                + "\"contentHash\":\"h\",\"entities\":[],\"countries\":[],\"relevant\":false,\"relevance\":0.0,"
                + "\"sectors\":[],\"events\":[]}",
                Json.write(EnrichedArticle.of(bare, List.of(), List.of(), false, 0.0, List.of(), List.of())));
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
