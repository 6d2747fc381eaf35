package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Json;

class FeedInspectorTest {
    @TempDir
    Path dir;

    @Test
    void describesTheDemoFeedsOfEveryFormat() throws Exception {
        try (DemoWeb web = DemoWeb.start()) {
            JsonNode vna = Json.MAPPER.readTree(FeedInspector.describe(web.base() + "/feeds/vna.xml").json());
            assertEquals("atom_1.0", vna.get("format").asText());
            assertEquals("TTXVN – Chính trị (newsmon demo)", vna.get("title").asText());
            assertEquals(2, vna.get("items").size());
            assertEquals("Tổng Bí thư Tô Lâm kết thúc tốt đẹp chuyến thăm chính thức Azerbaijan",
                    vna.get("items").get(0).get("title").asText());
            assertEquals("2025-05-08T12:30:00Z", vna.get("items").get(0).get("publishedAt").asText());

            JsonNode az = Json.MAPPER.readTree(FeedInspector.describe(web.base() + "/feeds/az.xml").json());
            assertEquals("rss_1.0", az.get("format").asText());
            assertEquals("az", az.get("language").asText());
            assertEquals(web.base() + "/pages/az-to-lam-azerbaycana-resmi-sefer.html",
                    az.get("items").get(0).get("link").asText());

            JsonNode ru = Json.MAPPER.readTree(FeedInspector.describe(web.base() + "/feeds/ru.xml").json());
            assertEquals("rss_2.0", ru.get("format").asText());
            assertEquals("ru:ru-to-lam-pribyl-v-baku", ru.get("items").get(0).get("id").asText());
            assertEquals("2025-05-07T15:40:00Z", ru.get("items").get(0).get("publishedAt").asText());
        }
    }

    @Test
    void reportsAnErrorForAFileThatIsNotAFeed() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><body>Привет</body></html>");
        FeedInspector.Description description = FeedInspector.describe(file.toString());
        JsonNode out = Json.MAPPER.readTree(description.json());
        assertTrue(out.get("error").asText().contains("not a readable feed"), out.toString());
        assertTrue(description.failed());
    }

    @Test
    void saysSoWhenAFileDoesNotExist() throws Exception {
        String missing = dir.resolve("missing.xml").toString();
        FeedInspector.Description description = FeedInspector.describe(missing);
        assertTrue(description.failed());
        assertEquals("no such file: " + missing, Json.MAPPER.readTree(description.json()).get("error").asText());
    }

    @Test
    void stopsReadingAnEndlessFileAtTheBodyLimit() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        long start = System.nanoTime();
        FeedInspector.Description description = FeedInspector.describe("/dev/zero");
        assertTrue(description.failed());
        assertEquals("/dev/zero is larger than 8388608 bytes, the limit for one document",
                Json.MAPPER.readTree(description.json()).get("error").asText());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "ends within seconds");
    }

    @Test
    void isOneLine() {
        assertTrue(!FeedInspector.describe(dir.resolve("x").toString()).json().contains("\n"));
    }
}
