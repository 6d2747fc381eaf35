package org.newsmon.ingest.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of an article page. Furniture (scripts, navigation, asides, forms, share bars, cookie
 * banners, ...) is removed first; then the article container is the page's declared one ({@code <article>},
 * {@code itemprop=articleBody}, ...) when it holds most of the page's paragraph text, else the element whose
 * paragraphs carry the most text (readability's idea). Its text is read block by block, skipping link lists.
 * Stateless; {@link #of} modifies the document it is given.
 */
public final class MainText {
    private MainText() {}

    /** An address written out as a link's text: a URL or an e-mail address. */
    private static final Pattern ADDRESS = Pattern.compile("\\s*((https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.\\w+)\\s*");

    /** Class or id words that mark page furniture rather than article text. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|cookie|consent|gdpr|banner|related|recommended|recommendations"
                    + "|comments?|sidebar|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored"
                    + "|breadcrumbs?|popup|modal|most-?read|trending|author-bio|paywall|toolbar|nav|navigation"
                    + "|menu|footer|masthead|outbrain|taboola|disqus|signup|newsletter-signup|more-stories"
                    + "|read-more|also-read|(?<!label-)hidden|visually-hidden|sr-only|caption|credit|byline|bylines|author|authors"
                    + "|timestamp|dek|standfirst|kicker|eyebrow|see-more|dont-miss|more-on|inline-ad"
                    + "|rollover|tooltip|hovercard|print-only|screen-reader-text|legend|copyright"
                    + "|cta|disclaimer|meta|metadata|postmetadata|linkbox|infobox|noprint|no-print"
                    + "|pagination|pager|login|register|rating|vote|follow|download|appstores|app-stores)($|[-_\\s])"
                    // "tags" ends a word ("post-tags"); "tag-travel" is a taxonomy label, as WordPress puts on posts
                    + "|(^|[-_\\s])tags?($|\\s)");

    /** Class or id words of readers' comments and of lists of other stories: never the article, whatever their size. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(^|[-_\\s])(comments?|commentlist|kommentare|respond|replys"
            + "|replies|discussion|forum|related|recommendations|recommended|most-?read|more-stories|also-read|trending)"
            + "($|[-_\\s])");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Elements that are never article text, whatever their size; {@code rt} and {@code rp} are ruby readings. */
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "rt", "rp", "input", "select", "textarea", "nav", "aside", "menu", "dialog", "figcaption",
            "picture", "video", "audio");

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "dialog", "contentinfo",
            "alertdialog");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dd", "dt", "blockquote", "pre", "table", "tr",
            "td", "th", "tbody", "thead", "center", "address", "hr", "body");

    private static final List<String> DECLARED = List.of("[itemprop=articleBody]", "[property=articleBody]",
            "article", "[class~=(?i)(^|[-_\\s])(article|entry|post|story)[-_]?(body|content|text)($|[-_\\s])]",
            "[id~=(?i)^(article|entry|post|story)[-_]?(body|content|text)$]", "main", "[role=main]");

    static String of(Document doc) {
        return of(doc, Deadline.NONE);
    }

    /**
     * The main text of {@code doc}, which it modifies.
     *
     * @throws Deadline.Passed when {@code deadline} passes first
     */
    static String of(Document doc, Deadline deadline) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        deadline.check();
        removeAll(furniture(body), deadline);
        Map<Element, int[]> stats = stats(body, deadline);
        List<Element> doomed = new ArrayList<>();
        // The page's own headline and byline header live outside the text; a <header> holding paragraphs is kept.
        for (Element header : body.getElementsByTag("header")) {
            deadline.check();
            if (paragraphText(header, stats) < 200) {
                doomed.add(header);
            }
        }
        int total = paragraphText(body, stats);
        Map<String, Integer> byClass = new HashMap<>(); // a page repeats its class names: read each once
        // Forms and footers are furniture, except on sites that wrap the whole page in one (ASP.NET's <form>);
        // comment sections and lists of other stories are, even when they outweigh the article (not when they are
        // the page).
        for (Element e : body.getAllElements()) {
            deadline.check();
            String tag = e.normalName();
            if (!tag.equals("form") && !tag.equals("footer") && !e.hasAttr("class") && !e.hasAttr("id")) {
                continue;
            }
            int marks = STRUCTURE.contains(tag) ? 0 : marks(e, byClass);
            boolean comments = (marks & COMMENTS_MARK) != 0;
            boolean furniture = tag.equals("form") || tag.equals("footer") || marks != 0;
            int own = paragraphText(e, stats);
            if (e != body && furniture && (own < 0.3 * total || comments && own < 0.9 * total)) {
                doomed.add(e);
            }
        }
        removeAll(doomed, deadline);
        stats = stats(body, deadline); // again: the removals changed the counts
        Element best = densest(body, stats, deadline);
        Element declared = declared(body, stats, best);
        Element root = best;
        // The declared container wins when it holds most of the densest block's text, or a whole article's worth
        // beside it (the densest block is then the readers' comments or a list of stories, whatever their classes).
        int declaredText = declared == null ? 0 : paragraphText(declared, stats);
        if (declared != null && (best == null || declaredText >= 0.6 * paragraphText(best, stats)
                || declaredText >= 3000 && !declared.parents().contains(best) && !best.parents().contains(declared))) {
            root = declared;
        }
        if (root == null) {
            root = body;
        }
        // A short block holding less than half of the page's remaining text is a fragment of the article (one
        // section of several, the intro box of a page of boxes): widen to the nearest ancestor that is not.
        int all = paragraphText(body, stats);
        while (root != body && root.parent() != null && paragraphText(root, stats) < 0.5 * all
                && paragraphText(root, stats) < 2000) {
            root = root.parent();
        }
        root = withSiblings(root, body, stats, deadline);
        Element lead = lead(root);
        // The headline is the title, never the text (PageExtractor reports it as the title).
        removeAll(root.select("h1"), deadline);
        List<Block> blocks = blocks(root, deadline);
        if (lead != null) {
            removeAll(lead.select("h1"), deadline);
            List<Block> leadBlocks = blocks(lead, deadline);
            String leadText = join(leadBlocks);
            if (!leadText.isEmpty() && !join(blocks).contains(leadText)) {
                leadBlocks.addAll(blocks);
                blocks = leadBlocks;
            }
        }
        return join(withoutLabels(trimFurnitureLines(blocks)));
    }

    /**
     * The elements under {@code body} that are furniture by their tag or attributes, outermost only: scripts, forms'
     * controls, navigation, asides, pictures and their captions (a figure that holds a table is data), hidden
     * elements. One walk over the tree, skipping what it finds (a jsoup query with 30 alternatives took a third of the
     * extraction's time).
     */
    private static List<Element> furniture(Element body) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != body && isFurniture(e)) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof Element ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }
        }, body);
        return found;
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (FURNITURE_TAGS.contains(tag) || tag.equals("figure") && e.getElementsByTag("table").isEmpty()) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        style = style.toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("display: none");
    }

    /**
     * An article split over sibling boxes of one kind (sections of the same tag and class, each with paragraphs of
     * its own): when the chosen block is one of them, or lies at most three levels inside one, widen to their parent.
     */
    private static Element withSiblings(Element root, Element body, Map<Element, int[]> stats, Deadline deadline) {
        boolean widened = true;
        while (widened) {
            deadline.check();
            widened = false;
            Element x = root;
            for (int level = 0; level < 3 && x != body && x.parent() != null; level++, x = x.parent()) {
                if (hasTwin(x, stats)) {
                    root = x.parent();
                    widened = true;
                    break;
                }
            }
        }
        return root;
    }

    /**
     * Whether a sibling of {@code x} has its tag and (non-empty) class and holds two paragraphs or more of text that
     * is not mostly links. One paragraph is not enough: a company's "About us" box often shares the text's class.
     */
    private static boolean hasTwin(Element x, Map<Element, int[]> stats) {
        if (x.className().isEmpty()) {
            return false;
        }
        for (Element sibling : x.parent().children()) {
            if (sibling == x || !sibling.normalName().equals(x.normalName()) || !sibling.className().equals(x.className())) {
                continue;
            }
            int[] st = stats.get(sibling);
            if (st != null && st[0] >= 100 && st[2] < 0.3 * st[1] && sibling.getElementsByTag("p").size() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Class or id words of an article's lead paragraph, which pages often set apart from the body's container. */
    private static final Pattern LEAD = Pattern.compile("(?i)(^|[-_\\s])(lead|lede|teaser|intro|introduction|bajada|chapo"
            + "|excerpt|summary|vorspann|abstract|subheadline|subline|subtitle|sapo|entradilla|standfirst|dek|deck)($|[-_\\s])");

    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    /** "articleIntro" → "article-Intro": class names written in camel case have words too. */
    private static String camelWords(String name) {
        return CAMEL_HUMP.matcher(name).replaceAll("-");
    }

    /**
     * The lead of the article whose body is {@code root} when it sits just before it, outside: among the few
     * elements before {@code root} or before one of its five nearest ancestors, one marked as a lead.
     */
    private static Element lead(Element root) {
        Element at = root;
        for (int level = 0; level < 5 && at != null && at.parent() != null; level++) {
            Element sibling = at.previousElementSibling();
            for (int k = 0; k < 3 && sibling != null; k++) {
                for (Element e : sibling.select("[class], [id]")) {
                    if ((LEAD.matcher(camelWords(e.className())).find() || LEAD.matcher(camelWords(e.id())).find())
                            && e.text().length() >= 40) {
                        return e;
                    }
                }
                sibling = sibling.previousElementSibling();
            }
            at = at.parent();
        }
        return null;
    }

    /**
     * Removes elements from the tree in time linear in the size of their parents: {@code Element.remove()} one by one
     * shifts every later sibling each time, which took minutes on a page of 100,000 share bars in one container.
     */
    private static void removeAll(List<Element> doomed, Deadline deadline) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element e : doomed) {
            if (e.parent() != null) {
                byParent.computeIfAbsent(e.parent(), p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
            }
        }
        byParent.forEach((parent, gone) -> {
            deadline.check();
            List<Node> keep = new ArrayList<>(parent.childNodeSize() - gone.size());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    keep.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(keep);
        });
    }

    /**
     * Drops the short lines before the first and after the last real paragraph: bylines, "Updated 11:21", "Most
     * popular", "You may also like..." that share a container with the text.
     */
    static String trimFurnitureLines(String text) {
        List<Block> lines = new ArrayList<>();
        for (String line : text.split("\n\n")) {
            lines.add(new Block(line, Kind.TEXT));
        }
        return join(trimFurnitureLines(lines));
    }

    static List<Block> trimFurnitureLines(List<Block> lines) {
        int first = 0;
        while (first < lines.size() && !isProse(lines.get(first).text())) {
            first++;
        }
        int last = lines.size() - 1;
        while (last >= first && !isProse(lines.get(last).text())) {
            last--;
        }
        if (first > last) {
            return lines; // no prose at all: keep what there is
        }
        // a list closing the text (conclusions, requirements), maybe under its heading, is the text's
        int k = last + 1;
        while (k < lines.size() && lines.get(k).kind() == Kind.HEADING) {
            k++;
        }
        int items = k;
        while (k < lines.size() && lines.get(k).kind() == Kind.ITEM) {
            k++;
        }
        if (k - items >= 2) {
            last = k - 1;
        }
        // so are the headings just before the first paragraph
        while (first > 0 && lines.get(first - 1).kind() == Kind.HEADING) {
            first--;
        }
        return lines.subList(first, last + 1);
    }

    /** A line that reads like article text: a sentence, or long enough to be one. */
    static boolean isProse(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false; // a page without text gives one empty line
        }
        int words = WHITESPACE.split(t).length;
        char end = t.charAt(t.length() - 1);
        boolean sentence = end == '.' || end == '!' || end == '?' || end == '"' || end == '\u201D' || end == ':'
                || end == '\u3002' || end == '\u0964';
        return words >= 6 || (sentence && words >= 3);
    }

    /**
     * The first kind of declared container the page has: the one that holds the densest block if any does (a page
     * with several {@code <article>}s: the story, a list of other stories), else the one with the most text.
     */
    private static Element declared(Element body, Map<Element, int[]> stats, Element best) {
        Set<Element> holdsBest = Collections.newSetFromMap(new IdentityHashMap<>());
        if (best != null) {
            holdsBest.add(best);
            holdsBest.addAll(best.parents());
        }
        for (String query : DECLARED) {
            List<Element> found = body.select(query);
            Element most = null;
            for (Element e : found) {
                if (holdsBest.contains(e)) {
                    most = e;
                    break;
                }
                if (most == null || paragraphText(e, stats) > paragraphText(most, stats)) {
                    most = e;
                }
            }
            if (most != null && paragraphText(most, stats) > 0) {
                return most;
            }
        }
        return null;
    }

    /**
     * Class words less those that label rather than describe: taxonomy terms ({@code category-comments},
     * {@code tag-sidebar}, as WordPress puts on every post), page flags ({@code has-sidebar}: the page has
     * one, this element is not it) and script hooks ({@code js-truncate-related-to-my-size} on an article's text).
     */
    static String words(String className) {
        if (!LABELLED.matcher(className).find()) {
            return className; // most elements: no need to split
        }
        StringBuilder out = new StringBuilder();
        for (String w : WHITESPACE.split(className)) {
            if (!LABEL.matcher(w).find()) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    /** A class word that names the article's text itself. */
    private static final Pattern CONTENT = Pattern.compile("(?i)(^|\\s)(article|(article|entry|post|story)[-_]?(body|content|text))(\\s|$)");

    // "no-print" is the exception: what must not be printed is furniture
    private static final Pattern LABEL = Pattern.compile("(?i)^(category|tag|has|with|no(?!-print)|is|js)-");
    private static final Pattern LABELLED = Pattern.compile("(?i)(^|\\s)(category|tag|has|with|no|is|js)-");

    /** Elements that are the page's structure, whatever their classes say. */
    private static final Set<String> STRUCTURE = Set.of("html", "body", "main", "article");

    /** Whether class {@code words} (null for a structural element) or the id of {@code e} mark furniture. */
    private static final int FURNITURE_MARK = 1;
    private static final int COMMENTS_MARK = 2;
    private static final int CONTENT_MARK = 4;

    /**
     * What the class and id words of {@code e} say: {@link #COMMENTS_MARK} for comments and lists of other stories,
     * {@link #FURNITURE_MARK} for other furniture (or comments), 0 for neither. A class word naming the text itself
     * ("article modal-enabled", "entry-content entry-content-read-more") outweighs furniture words but not comments.
     */
    private static int marks(Element e, Map<String, Integer> byClass) {
        int marks = byClass.computeIfAbsent(e.className(), MainText::classMarks);
        String id = e.id();
        if (!id.isEmpty()) {
            if (COMMENTS.matcher(id).find()) {
                marks |= COMMENTS_MARK;
            } else if (BOILERPLATE.matcher(id).find()) {
                marks |= FURNITURE_MARK;
            }
        }
        if ((marks & COMMENTS_MARK) != 0) {
            return COMMENTS_MARK | FURNITURE_MARK;
        }
        return (marks & CONTENT_MARK) != 0 ? 0 : marks & FURNITURE_MARK;
    }

    private static int classMarks(String className) {
        if (className.isEmpty()) {
            return 0;
        }
        String words = words(className);
        return (COMMENTS.matcher(words).find() ? COMMENTS_MARK : 0) | (CONTENT.matcher(words).find() ? CONTENT_MARK : 0)
                | (BOILERPLATE.matcher(words).find() ? FURNITURE_MARK : 0);
    }

    /** The element whose paragraphs (direct, and at half weight its grandchildren's) carry the most text. */
    private static Element densest(Element body, Map<Element, int[]> stats, Deadline deadline) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.getAllElements()) {
            deadline.check();
            String tag = p.normalName();
            boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("blockquote");
            boolean minor = tag.equals("h2") || tag.equals("h3") || tag.equals("li");
            // text written straight into a <div>, without <p>s, counts as a paragraph too
            int len = paragraph || minor ? ownText(p, stats) : directText(p);
            if (len < 25 || (!paragraph && !minor && len < 100)) {
                continue;
            }
            double weight = minor ? 0.5 : 1.0;
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, weight * len, Double::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), weight * len / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            int[] st = stats.get(e.getKey());
            double density = st == null || st[1] == 0 ? 0 : Math.min(1.0, (double) st[2] / st[1]);
            double s = e.getValue() * (1 - density);
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    private static int directText(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) {
            n += t.text().strip().length();
        }
        return n;
    }

    /**
     * Length of text not inside links, from the one-pass counts (asking each of 10,000 nested blockquotes for its
     * text took seconds); 0 inside a p or pre, whose text counts as theirs.
     */
    private static int ownText(Element e, Map<Element, int[]> stats) {
        int[] st = stats.get(e);
        return st == null ? 0 : Math.max(0, st[1] - st[2]);
    }

    private static int paragraphText(Element e, Map<Element, int[]> stats) {
        int[] st = stats.get(e);
        return st == null ? 0 : st[0];
    }

    /**
     * Per element, in one bottom-up pass: [0] paragraph text (of p and pre, and text written straight into
     * elements), [1] all text, [2] text inside links. Elements inside a p or pre are not listed.
     */
    private static Map<Element, int[]> stats(Element root, Deadline deadline) {
        Map<Element, int[]> out = new IdentityHashMap<>();
        fill(root, out, false, deadline);
        return out;
    }

    private static int[] fill(Element e, Map<Element, int[]> out, boolean inLink, Deadline deadline) {
        deadline.check();
        String tag = e.normalName();
        boolean link = inLink || tag.equals("a");
        int[] st = new int[3];
        if (tag.equals("p") || tag.equals("pre")) {
            int len = e.text().length();
            int links = 0;
            for (Element a : e.getElementsByTag("a")) { // no selector to parse: this runs for every paragraph
                links += a.text().length();
            }
            st[0] = len;
            st[1] = len;
            st[2] = link ? len : links;
        } else {
            int direct = directText(e);
            st[0] = direct;
            st[1] = direct;
            st[2] = link ? direct : 0;
            for (Element child : e.children()) {
                int[] c = fill(child, out, link, deadline);
                st[0] += c[0];
                st[1] += c[1];
                st[2] += c[2];
            }
        }
        out.put(e, st);
        return st;
    }

    /** One line of text and the kind of block it came from. */
    record Block(String text, Kind kind) {}

    enum Kind { TEXT, HEADING, ITEM }

    /** Text of the blocks under {@code root}, one paragraph each, separated by blank lines. */
    public static String blocksText(Element root) {
        return join(blocks(root, Deadline.NONE));
    }

    static String join(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        return out.toString();
    }

    static List<Block> blocks(Element root, Deadline deadline) {
        List<Block> paragraphs = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // text and link lengths from one pass: asking each nested block for its text would be quadratic
        collect(root, Kind.TEXT, paragraphs, line, stats(root, deadline), new int[] {-1, -1}, deadline); // the last heading's paragraphs [from, to)
        flush(line, paragraphs, Kind.TEXT);
        return paragraphs;
    }

    private static void collect(Element element, Kind kind, List<Block> paragraphs, StringBuilder line,
                                Map<Element, int[]> stats, int[] lastHeading, Deadline deadline) {
        deadline.check();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    line.append('\n');
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(line, paragraphs, kind);
                    int before = paragraphs.size();
                    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) != 'r';
                    Kind inner = heading ? Kind.HEADING
                            : tag.equals("li") || tag.equals("dd") || tag.equals("dt") || kind == Kind.ITEM ? Kind.ITEM : Kind.TEXT;
                    if (!isLinkList(e, stats)) {
                        collect(e, inner, paragraphs, line, stats, lastHeading, deadline);
                        flush(line, paragraphs, inner);
                        if (heading && paragraphs.size() > before) {
                            lastHeading[0] = before;
                            lastHeading[1] = paragraphs.size();
                        }
                    } else if (lastHeading[1] == before && before > lastHeading[0]) {
                        // "More on this", "You might also like:" heading a list of links goes with the list
                        paragraphs.subList(lastHeading[0], before).clear();
                        lastHeading[1] = -1;
                    }
                } else {
                    collect(e, kind, paragraphs, line, stats, lastHeading, deadline);
                }
            }
        }
    }

    /**
     * "Read more", "Lesen Sie auch", "Le puede interesar" over links to other stories (the links are gone, the label
     * stays), or with the story's title after a colon; in the languages of our sources.
     */
    private static final Pattern READ_MORE = Pattern.compile("(?iu)^((related|mira|mire)(?=\\s*(:|$))|read more|see also"
            + "|you (might|may) also like"
            + "|mehr zum thema|mehr dazu|weitere informationen|weiterlesen|zum weiterlesen|siehe auch|auch interessant"
            + "|lesen sie (auch|mehr)|(das|dies) (könnte|dürfte) (sie|dich) auch interessieren"
            + "|das thema könnte (sie|dich) auch interessieren|más información|lea también|lee también|le puede interesar"
            + "|te puede interesar|voir aussi|lire aussi|à lire aussi|leia também|leggi anche"
            + "|czytaj (także|też|więcej)|zobacz (również|także)|dowiedz się więcej)");

    /** A picture's credit or a source line: "Foto: ...", "Quelle: ...", "© ...", "... Getty Images". */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(foto|fotos|bild|bilder|photo|photos|quelle|source|credit"
            + "|credits|image|grafik|abbildung|fuente|crédito|źródło)\\s*:|©|getty images");

    /** Without the short lines that are labels rather than text: {@link #READ_MORE} and {@link #CREDIT}. */
    static List<Block> withoutLabels(List<Block> blocks) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            String t = b.text();
            int words = words(t, 21);
            boolean label = false;
            if (words <= 20) {
                Matcher readMore = READ_MORE.matcher(t);
                label = readMore.find() && (words <= 8 || t.startsWith(":", readMore.end()))
                        || words <= 8 && CREDIT.matcher(t).find();
            }
            if (!label) {
                kept.add(b);
            }
        }
        return kept;
    }

    /** The number of space-separated words in {@code line} (one space between words, as blocks have), at most {@code max}. */
    private static int words(String line, int max) {
        int n = line.isEmpty() ? 0 : 1;
        for (int i = line.indexOf(' '); i >= 0 && n < max; i = line.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    /** A list or box of mostly links ("read more", related stories): not article text. */
    private static boolean isLinkList(Element e, Map<Element, int[]> stats) {
        String tag = e.normalName();
        int[] st = stats.get(e);
        if (st == null || (tag.startsWith("h") && tag.length() == 2)) {
            return false;
        }
        int length = st[1];
        double linkDensity = length == 0 ? 0 : Math.min(1.0, (double) st[2] / length);
        if (tag.equals("p")) {
            // "SEE MORE: <a>...</a>": a paragraph that is all link is a teaser
            // unless the link is an address written out: a source or a contact the text gives
            return length < 200 && linkDensity > 0.8 && !ADDRESS.matcher(e.text()).matches();
        }
        return length < 600 && linkDensity > 0.6;
    }

    private static void flush(StringBuilder line, List<Block> paragraphs, Kind kind) {
        for (String part : line.toString().split("\n")) {
            String t = WHITESPACE.matcher(part.replace('\u00A0', ' ')).replaceAll(" ").strip();
            if (!t.isEmpty()) {
                paragraphs.add(new Block(t, kind));
            }
        }
        line.setLength(0);
    }
}
