package org.newsmon.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.newsmon.core.Json;

/**
 * Main-text and metadata extraction from an article page: a pure function of the HTML, no I/O. The main text is
 * taken from the page's article container ({@code <article>}, {@code itemprop=articleBody}, ...) or, failing that,
 * from the element whose paragraphs hold the most text; navigation, share bars, sidebars, cookie banners, ads and
 * footers are removed first. Each page gets a time limit ({@link #timeLimit}): past it extraction gives up. Stateless
 * and thread-safe.
 */
public final class PageExtractor {
    private PageExtractor() {}

    /**
     * Time a page of {@code chars} characters may take: 2 s, and 0.5 s more per million characters. The slowest of
     * the 1,081 pages of the extraction corpora (1.4 MB) takes about 50 ms, an 8 MB page (the most ingest fetches) two
     * to four seconds on a busy machine; a page past its limit is hostile or meets a slow path of ours, and its feed's own
     * text serves better than a thread held for minutes.
     */
    static Duration timeLimit(int chars) {
        return Duration.ofMillis(2_000 + chars / 2_000);
    }

    /**
     * Extracts from {@code html}, resolving relative links against {@code pageUrl}. Never throws on bad HTML; past
     * its {@link #timeLimit}, or when the thread is interrupted, gives up: empty text, and no metadata either when
     * parsing had not finished.
     */
    public static ExtractedPage extract(String html, URI pageUrl) {
        return extract(html, pageUrl, timeLimit(html.length()));
    }

    /** {@link #extract(String, URI)} within {@code limit}. */
    public static ExtractedPage extract(String html, URI pageUrl, Duration limit) {
        Deadline deadline = new Deadline(limit);
        Document doc;
        try {
            // jsoup pulls the page from the reader as it parses, so the reader can stop it
            doc = Parser.htmlParser().parseInput(new DeadlineReader(new StringReader(html), limit),
                    pageUrl == null ? "" : pageUrl.toString());
        } catch (UncheckedIOException e) {
            if (DeadlineReader.expiredIn(e) == null) {
                throw e;
            }
            return new ExtractedPage(null, "", null, null, null, null, null);
        }
        List<JsonNode> jsonLd = jsonLd(doc);
        String title = firstNonBlank(meta(doc, "og:title"), jsonLdText(jsonLd, "headline"),
                doc.selectFirst("article h1, h1") == null ? null : doc.selectFirst("article h1, h1").text(),
                doc.title());
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("abs:href"),
                absolute(meta(doc, "og:url"), pageUrl), pageUrl == null ? null : pageUrl.toString());
        String language = language(firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(doc, "content-language"), jsonLdText(jsonLd, "inLanguage"), meta(doc, "og:locale")));
        Instant published = publishedAt(doc, jsonLd);
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), jsonLdAuthor(jsonLd),
                textOf(doc.selectFirst("[itemprop=author], [rel=author], .author, .byline")));
        String summary = firstNonBlank(meta(doc, "description"), meta(doc, "og:description"),
                jsonLdText(jsonLd, "description"));
        String text;
        try {
            text = MainText.of(doc, deadline);
        } catch (Deadline.Passed e) {
            text = ""; // the caller falls back on the feed's text, as for a page without any
        }
        return new ExtractedPage(blankToNull(title), text, published, language,
                canonical == null ? null : CanonicalUrls.canonicalize(canonical), blankToNull(author),
                blankToNull(summary));
    }

    private static Instant publishedAt(Document doc, List<JsonNode> jsonLd) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "article:published_time"));
        candidates.add(jsonLdText(jsonLd, "datePublished"));
        Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String name : List.of("datePublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
                "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time", "article:modified_time")) {
            candidates.add(meta(doc, name));
        }
        Element itemprop = doc.selectFirst("[itemprop=datePublished]");
        candidates.add(itemprop == null ? null : firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime")));
        return candidates.stream().map(Dates::parse).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** The content of {@code <meta name|property|itemprop=name>}, case-insensitive; null when absent. */
    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                if (m.attr(attr).equalsIgnoreCase(name)) {
                    return blankToNull(m.attr("content"));
                }
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = Json.MAPPER.readTree(script.data());
                addJsonLd(node, nodes);
            } catch (Exception e) {
                // broken JSON-LD is common and only a hint: the other sources still apply
            }
        }
        return nodes;
    }

    private static void addJsonLd(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> addJsonLd(n, out));
        } else if (node.isObject()) {
            out.add(node);
            addJsonLd(node.get("@graph"), out);
        }
    }

    private static String jsonLdText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String jsonLdAuthor(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            JsonNode a = n.get("author");
            if (a == null) {
                continue;
            }
            if (a.isArray() && a.size() > 0) {
                a = a.get(0);
            }
            if (a.isTextual()) {
                return a.asText();
            }
            if (a.has("name") && a.get("name").isTextual()) {
                return a.get("name").asText();
            }
        }
        return null;
    }

    /** "en-US" → "en"; null for blank or nonsense. */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String absolute(String url, URI base) {
        if (url == null || base == null) {
            return url;
        }
        try {
            return base.resolve(url.strip()).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
