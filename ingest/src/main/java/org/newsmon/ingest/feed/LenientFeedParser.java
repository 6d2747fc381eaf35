package org.newsmon.ingest.feed;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsmon.ingest.page.Dates;
import org.newsmon.ingest.page.DeadlineReader;
import org.newsmon.ingest.page.PageExtractor;

/**
 * The fallback for feeds Rome refuses: jsoup's XML parser reads any tag soup, and by design never expands entities
 * declared in a DTD nor fetches external ones, so a hostile DOCTYPE is inert here (its entities stay literal text).
 * Understands RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom by element names, namespaces ignored. Stateless.
 */
final class LenientFeedParser {
    private LenientFeedParser() {}

    /**
     * The feed in {@code xml}, marked recovered; null when there is no rss, RDF or feed root.
     *
     * @throws java.io.UncheckedIOException when parsing takes longer than {@link FeedParser#MAX_PARSE_TIME} or the
     *                                      thread is interrupted
     */
    static ParsedFeed parse(String xml, int maxItems) {
        Document doc = Parser.xmlParser().parseInput(
                new DeadlineReader(new StringReader(FeedParser.stripLeadingJunk(xml)), FeedParser.MAX_PARSE_TIME), "");
        Element root = null;
        for (Element e : doc.children()) {
            String name = local(e);
            if (name.equals("rss") || name.equals("rdf") || name.equals("feed") || name.equals("channel")) {
                root = e;
                break;
            }
        }
        if (root == null) {
            return null;
        }
        String rootName = local(root);
        boolean atom = rootName.equals("feed");
        String format = switch (rootName) {
            case "rss" -> "rss_" + (root.attr("version").isBlank() ? "2.0" : root.attr("version").strip());
            case "rdf" -> "rss_1.0";
            case "feed" -> "0.3".equals(root.attr("version").strip()) ? "atom_0.3" : "atom_1.0";
            default -> "rss";
        } + "+recovered";
        Element channel = atom ? root : firstDescendant(root, "channel");
        if (channel == null) {
            channel = root;
        }
        String language = PageExtractor.language(PageExtractor.firstNonBlank(childText(channel, "language"),
                root.attr("xml:lang"), channel.attr("xml:lang")));
        List<Element> entries = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String name = local(e);
            if (atom ? name.equals("entry") : name.equals("item")) {
                entries.add(e);
            }
        }
        boolean atom03 = atom && "0.3".equals(root.attr("version").strip());
        List<ParsedFeed.Item> items = new ArrayList<>();
        for (Element e : entries.subList(0, Math.min(maxItems, entries.size()))) {
            items.add(item(e, atom, atom03, language));
        }
        Integer ttl = null;
        String ttlText = childText(channel, "ttl");
        if (ttlText != null && ttlText.strip().matches("\\d{1,6}")) {
            ttl = Integer.parseInt(ttlText.strip());
        }
        String title = atom ? atomText(child(channel, "title"), atom03) : FeedParser.plain(childText(channel, "title"));
        return new ParsedFeed(format, title, link(channel, atom), language,
                ttl, List.copyOf(items), Math.max(0, entries.size() - maxItems), true);
    }

    private static ParsedFeed.Item item(Element e, boolean atom, boolean atom03, String feedLanguage) {
        String link = link(e, atom);
        String id = PageExtractor.firstNonBlank(childText(e, "guid"), childText(e, "id"), e.attr("rdf:about"),
                childText(e, "identifier"), link);
        if (id == null) {
            id = "title:" + (childText(e, "title") == null ? "" : childText(e, "title").strip());
        }
        Instant published = null;
        for (String name : List.of("pubDate", "published", "issued", "date", "updated", "modified", "created")) {
            String text = childText(e, name);
            if (text != null) {
                published = Dates.parse(text).orElse(null);
                if (published != null) {
                    break;
                }
            }
        }
        String content = PageExtractor.firstNonBlank(childText(e, "encoded"), atom ? childText(e, "content") : null);
        String summary = atom ? atomText(child(e, "summary"), atom03)
                : FeedParser.plain(PageExtractor.firstNonBlank(childText(e, "description"), childText(e, "summary")));
        String title = atom ? atomText(child(e, "title"), atom03) : FeedParser.plain(childText(e, "title"));
        Element author = child(e, "author");
        String authorName = author == null ? null : person(author);
        return new ParsedFeed.Item(id.strip(), title, link, published,
                PageExtractor.firstNonBlank(authorName, childText(e, "creator")), summary, content,
                PageExtractor.language(PageExtractor.firstNonBlank(e.attr("xml:lang"), childText(e, "language"),
                        feedLanguage)));
    }

    /** The plain text of an Atom text construct, by the rules of FeedParser's for Rome's (type, mode, base64). */
    private static String atomText(Element el, boolean atom03) {
        if (el == null) {
            return null;
        }
        String type = el.attr("type").strip().toLowerCase(Locale.ROOT);
        if (atom03) {
            boolean text = type.isEmpty() || type.equals("text/plain");
            String value = el.attr("mode").equals("base64") ? FeedParser.base64(el.wholeText())
                    : el.children().isEmpty() ? el.wholeText() : el.html();
            return text && el.children().isEmpty() ? FeedParser.collapse(value) : FeedParser.plain(value);
        }
        if (type.equals("xhtml") || !el.children().isEmpty()) {
            return FeedParser.plain(el.html());
        }
        return FeedParser.textConstruct(type, el.wholeText());
    }

    /** An author element's text, as "name (email)" when it has both (feedparser's form). */
    private static String person(Element author) {
        String name = childText(author, "name");
        String email = childText(author, "email");
        if (name == null && email == null) {
            return PageExtractor.firstNonBlank(author.text());
        }
        return name != null && email != null ? name + " (" + email + ")" : name != null ? name : email;
    }

    private static String link(Element e, boolean atom) {
        for (Element l : e.children()) {
            if (!local(l).equals("link")) {
                continue;
            }
            String href = l.attr("href").strip();
            if (!href.isEmpty()) {
                String rel = l.attr("rel").strip();
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return href;
                }
            } else if (!l.text().isBlank()) {
                return l.text().strip();
            }
        }
        if (!atom) {
            Element guid = child(e, "guid");
            if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink")) && FeedList.isHttpUrl(guid.text().strip())) {
                return guid.text().strip();
            }
            String about = e.attr("rdf:about").strip();
            if (FeedList.isHttpUrl(about)) {
                return about;
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        for (Element c : parent.children()) {
            if (local(c).equals(localName.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element parent, String localName) {
        Element c = child(parent, localName);
        if (c == null) {
            return null;
        }
        String text = c.children().isEmpty() ? c.wholeText() : c.html();
        return text.isBlank() ? null : text.strip();
    }

    private static Element firstDescendant(Element root, String localName) {
        for (Element e : root.getAllElements()) {
            if (local(e).equals(localName)) {
                return e;
            }
        }
        return null;
    }

    /** Lower-cased tag name without its namespace prefix. */
    private static String local(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }
}
