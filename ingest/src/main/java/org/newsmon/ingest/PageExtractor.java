package org.newsmon.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
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
import org.jsoup.select.Elements;
import org.newsmon.core.Json;

/**
 * Main-text and metadata extraction from an article page: a pure function of the HTML, no I/O. The main text is
 * taken from the page's article container ({@code <article>}, {@code itemprop=articleBody}, ...) or, failing that,
 * from the element whose paragraphs hold the most text; navigation, share bars, sidebars, cookie banners, ads and
 * footers are removed first. Stateless and thread-safe.
 */
public final class PageExtractor {
    private PageExtractor() {}

    /** Class or id words that mark page furniture rather than article text. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|cookie|consent|gdpr|banner|related|recommend|comment|comments|sidebar"
                    + "|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsor|breadcrumbs?|tags?"
                    + "|popup|modal|most-read|mostread|trending|author-bio|byline|paywall|print|toolbar|nav|menu"
                    + "|footer|masthead|outbrain|taboola|disqus)($|[-_\\s])");

    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, aside, footer, header, menu, dialog, figure, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=complementary], [role=dialog], [role=banner], [role=contentinfo], "
            + "[role=alertdialog]";

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";

    /** Extracts from {@code html}, resolving relative links against {@code pageUrl}. Never throws on bad HTML. */
    public static ExtractedPage extract(String html, URI pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl.toString());
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
        String text = mainText(doc);
        return new ExtractedPage(blankToNull(title), text, published, language,
                canonical == null ? null : CanonicalUrls.canonicalize(canonical), blankToNull(author),
                blankToNull(summary));
    }

    /** The main text of a parsed page (modifies {@code doc}: furniture is removed). */
    static String mainText(Document doc) {
        Element body = doc.body();
        Element root = explicitContainer(doc);
        for (Element furniture : body.select(FURNITURE)) {
            if (root == null || !furniture.equals(root) && !isAncestor(furniture, root)) {
                furniture.remove();
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (e != root && !isAncestor(e, root) && e != body && looksLikeBoilerplate(e)) {
                e.remove();
            }
        }
        if (root == null || root.text().length() < 200) {
            Element best = densest(body);
            if (best != null && (root == null || best.text().length() > root.text().length())) {
                root = best;
            }
        }
        if (root == null) {
            root = body;
        }
        return blocksText(root);
    }

    private static Element explicitContainer(Document doc) {
        for (String query : List.of("[itemprop=articleBody]", "article [class~=(?i)(article|entry|post|story)[-_]?(body|content|text)]",
                "article", "[class~=(?i)^(article|entry|post|story)[-_]?(body|content|text)$]", "main")) {
            Elements found = doc.select(query);
            if (found.size() == 1 && !found.first().text().isBlank()) {
                return found.first();
            }
            if (found.size() > 1 && query.equals("article")) {
                // Several <article>s (a list of teasers, or an article plus related ones): take the one with most text.
                return found.stream().max((a, b) -> Integer.compare(paragraphText(a), paragraphText(b))).orElse(null);
            }
        }
        return null;
    }

    private static boolean looksLikeBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        return BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find();
    }

    private static boolean isAncestor(Element candidate, Element of) {
        if (of == null) {
            return false;
        }
        for (Element p = of.parent(); p != null; p = p.parent()) {
            if (p == candidate) {
                return true;
            }
        }
        return false;
    }

    /** The element whose direct paragraphs (and those of its children) carry the most text. */
    private static Element densest(Element body) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int len = p.text().length();
            if (len < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), len / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** Text of the block elements under {@code root}, one paragraph each, separated by blank lines. */
    static String blocksText(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        collect(root, paragraphs, loose);
        flush(loose, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void collect(Element element, List<String> paragraphs, StringBuilder loose) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.is(BLOCKS) && e.select(BLOCKS).size() == 1) {
                    flush(loose, paragraphs);
                    add(paragraphs, e.text());
                } else if (e.normalName().equals("br")) {
                    loose.append('\n');
                } else if (isBlock(e)) {
                    flush(loose, paragraphs);
                    collect(e, paragraphs, loose);
                    flush(loose, paragraphs);
                } else {
                    if (e.select(BLOCKS).size() > 0) {
                        flush(loose, paragraphs);
                        collect(e, paragraphs, loose);
                        flush(loose, paragraphs);
                    } else {
                        loose.append(e.text()).append(' ');
                    }
                }
            }
        }
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() || e.normalName().equals("div") || e.normalName().equals("section");
    }

    private static void flush(StringBuilder loose, List<String> paragraphs) {
        for (String line : loose.toString().split("\n")) {
            add(paragraphs, line);
        }
        loose.setLength(0);
    }

    private static void add(List<String> paragraphs, String text) {
        String t = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            paragraphs.add(t);
        }
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
    static String language(String tag) {
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

    static String firstNonBlank(String... values) {
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
