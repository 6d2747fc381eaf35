package org.newsmon.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsmon.core.RawArticle;

/**
 * The bundled demo pages of the app module (app/src/main/resources/demo/pages), read as ingest reads them: the
 * {@code <article>}'s headline as title, its lead and body paragraphs as text, its {@code <time datetime>} as
 * publication time.
 */
final class DemoPages {
    private DemoPages() {}

    static final Path DIR = Path.of("..", "app", "src", "main", "resources", "demo", "pages");

    static RawArticle load(String page, String language) {
        Path file = DIR.resolve(page);
        try {
            Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            Element article = doc.selectFirst("article");
            String title = article.selectFirst("h1").text();
            String text = article.select("> p").stream().map(Element::text).collect(Collectors.joining("\n\n"));
            var published = OffsetDateTime.parse(article.selectFirst("time").attr("datetime")).toInstant();
            String url = "http://127.0.0.1/pages/" + page;
            return new RawArticle(page, url, url, "http://127.0.0.1/feeds/demo.xml", "demo", title, null, null, language,
                    published, published.plusSeconds(60), text, Integer.toHexString(text.hashCode()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
