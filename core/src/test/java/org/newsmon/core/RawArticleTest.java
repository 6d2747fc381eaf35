package org.newsmon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RawArticleTest {
    @Test
    void builderSetsFieldsByNameAndDerivesIdAndContentHash() {
        Instant published = Instant.parse("2025-05-07T08:00:00Z");
        Instant fetched = Instant.parse("2025-05-07T08:05:00Z");
        RawArticle built = RawArticle.builder()
                .page("https://example.az/to-lam?utm_source=x", "https://example.az/to-lam")
                .source("example.az").title("Tô Lâm Bakıda").summary("Визит").author("AZERTAC").language("az")
                .publishedAt(published).fetchedAt(fetched).text("Tô Lâm Bakıya gəlib.").build();

        assertEquals(new RawArticle(ArticleIds.of("https://example.az/to-lam"), "https://example.az/to-lam?utm_source=x",
                "https://example.az/to-lam", null, "example.az", "Tô Lâm Bakıda", "Визит", "AZERTAC", "az", published,
                fetched, "Tô Lâm Bakıya gəlib.", ArticleIds.sha256Hex("Tô Lâm Bakıya gəlib."), null), built);
    }
}
