package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Json;

class FeedInspectorTest {
    @TempDir
    Path dir;

    @Test
    void describesTheDemoFeedsOfEveryFormat() throws Exception {
        try (DemoWeb web = DemoWeb.start()) {
            JsonNode vna = Json.MAPPER.readTree(FeedInspector.describe(web.base() + "/feeds/vna.xml"));
            assertEquals("atom_1.0", vna.get("format").asText());
            assertEquals("TTXVN – Chính trị (newsmon demo)", vna.get("title").asText());
            assertEquals(2, vna.get("items").size());
            assertEquals("Tổng Bí thư Tô Lâm kết thúc tốt đẹp chuyến thăm chính thức Azerbaijan",
                    vna.get("items").get(0).get("title").asText());
            assertEquals("2025-05-08T12:30:00Z", vna.get("items").get(0).get("publishedAt").asText());

            JsonNode az = Json.MAPPER.readTree(FeedInspector.describe(web.base() + "/feeds/az.xml"));
            assertEquals("rss_1.0", az.get("format").asText());
            assertEquals("az", az.get("language").asText());
            assertEquals(web.base() + "/pages/az-to-lam-azerbaycana-resmi-sefer.html",
                    az.get("items").get(0).get("link").asText());

            JsonNode ru = Json.MAPPER.readTree(FeedInspector.describe(web.base() + "/feeds/ru.xml"));
            assertEquals("rss_2.0", ru.get("format").asText());
            assertEquals("ru:ru-to-lam-pribyl-v-baku", ru.get("items").get(0).get("id").asText());
            assertEquals("2025-05-07T15:40:00Z", ru.get("items").get(0).get("publishedAt").asText());
        }
    }

    @Test
    void reportsAnErrorForAFileThatIsNotAFeed() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><body>Привет</body></html>");
        JsonNode out = Json.MAPPER.readTree(FeedInspector.describe(file.toString()));
        assertTrue(out.get("error").asText().contains("not a readable feed"), out.toString());
        JsonNode missing = Json.MAPPER.readTree(FeedInspector.describe(dir.resolve("missing.xml").toString()));
        assertTrue(missing.has("error"), missing.toString());
    }

    @Test
    void isOneLine() {
        assertTrue(!FeedInspector.describe(dir.resolve("x").toString()).contains("\n"));
    }
}
