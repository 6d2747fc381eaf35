package org.newsmon.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.newsmon.ingest.page.Dates;
import org.newsmon.ingest.page.DeadlineReader;
import org.newsmon.ingest.page.HtmlDecoder;
import org.newsmon.ingest.page.PageExtractor;

/**
 * Parses feed documents (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) with Rome, DTDs and external entities refused. Stateless and
 * thread-safe (a new Rome parser per call: Rome's are not thread-safe).
 */
public final class FeedParser {
    /** A document that is not a feed we can read, with the reason. */
    public static final class FeedParseException extends Exception {
        FeedParseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Deeper nesting is refused before parsing: no feed needs it, and tree builders slow down with depth. */
    static final int MAX_DEPTH = 1000;
    /** Time allowed to each parse of one document (strict, then lenient). */
    static final Duration MAX_PARSE_TIME = Duration.ofSeconds(10);

    private final int maxItems;

    public FeedParser(int maxItems) {
        this.maxItems = maxItems;
    }

    /**
     * A feed's bytes as text. {@code malformed} is true when the bytes are not valid in the encoding the document
     * claims (BOM, HTTP charset, XML declaration; Rome's XmlReader rules); such a document declared UTF-8 is read as
     * windows-1252, the usual truth, unless its bad bytes are few ({@link HtmlDecoder#mostlyUtf8}); any other is read
     * with U+FFFD for the bad bytes.
     */
    public record Decoded(String text, String encoding, boolean malformed) {}

    public static Decoded decode(byte[] body, String contentType) {
        String encoding = sniffUnicode(body);
        if (encoding == null) {
            try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
                encoding = reader.getEncoding();
            } catch (IOException | RuntimeException e) {
                encoding = "UTF-8";
            }
        }
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return new Decoded(text, charset.name(), false);
        } catch (CharacterCodingException e) {
            // the same rule as for pages: a few bad bytes in UTF-8 become U+FFFD, mostly bad bytes are windows-1252
            Charset fallback = charset.equals(StandardCharsets.UTF_8) && !HtmlDecoder.mostlyUtf8(body, 0)
                    ? Charset.forName("windows-1252") : charset;
            return new Decoded(fallback.decode(ByteBuffer.wrap(body)).toString(), fallback.name(), true);
        }
    }

    /**
     * UTF-16 and UTF-32 told by BOM or by the bytes of a leading '&lt;' (XML 1.0 appendix F), which Rome's reader does
     * not cover for UTF-32; null for anything else.
     */
    private static String sniffUnicode(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 == 0x3C)) {
            return "UTF-32BE";
        }
        if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0x3C && b1 == 0 && b2 == 0 && b3 == 0)) {
            return "UTF-32LE";
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == 0x3C && b2 == 0 && b3 == 0x3F)) {
            return "UTF-16BE";
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0x3C && b1 == 0 && b2 == 0x3F && b3 == 0)) {
            return "UTF-16LE";
        }
        return null;
    }

    public ParsedFeed parse(String xml) throws FeedParseException {
        return parse(xml, null, null);
    }

    /**
     * Parses with Rome; when Rome refuses the document (a DOCTYPE, an undefined entity, an unescaped {@code &},
     * trailing junk), reads it again with jsoup's lenient XML parser, which neither expands declared entities nor
     * fetches anything, and marks the result {@link ParsedFeed#recovered()}. A DOCTYPE that only declares plain text
     * entities (no references, no external ones) is expanded first, as feedparser does, so such a feed reads strictly.
     *
     * @param base            the document's URI (see {@link #baseUri}), against which relative links resolve; or null
     * @param contentLanguage the HTTP Content-Language, the feed's language when the document names none; or null
     * Elements nested deeper than {@link #MAX_DEPTH} are refused in one linear pass first; each parse gets
     * {@link #MAX_PARSE_TIME} and stops when its thread is interrupted.
     *
     * @throws FeedParseException when neither finds a feed in the document
     */
    public ParsedFeed parse(String xml, URI base, String contentLanguage) throws FeedParseException {
        if (XmlDepth.exceeds(xml, MAX_DEPTH)) {
            throw new FeedParseException("not a readable feed: elements nested deeper than " + MAX_DEPTH, null);
        }
        String doc = SafeEntities.expand(xml);
        ParsedFeed feed;
        try {
            feed = parseStrict(doc);
        } catch (FeedParseException strict) {
            if (DeadlineReader.expiredIn(strict) != null) {
                throw strict; // out of time or shutting down: no second try
            }
            try {
                feed = LenientFeedParser.parse(doc, maxItems);
            } catch (UncheckedIOException e) {
                throw new FeedParseException("not a readable feed: " + rootMessage(e), e);
            }
            if (feed == null) {
                throw strict;
            }
        }
        return withContext(feed, base, contentLanguage);
    }

    /** The URI relative links of a fetched document resolve against: its Content-Location if any, else its own. */
    public static URI baseUri(URI documentUri, String contentLocation) {
        if (contentLocation == null || contentLocation.isBlank()) {
            return documentUri;
        }
        try {
            URI location = new URI(contentLocation.strip());
            return documentUri == null ? (location.isAbsolute() ? location : null) : documentUri.resolve(location);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return documentUri;
        }
    }

    /** Relative links made absolute against {@code base}; the HTTP language where the document declares none. */
    private static ParsedFeed withContext(ParsedFeed feed, URI base, String contentLanguage) {
        String httpLanguage = contentLanguage == null ? null : PageExtractor.language(contentLanguage.split(",")[0]);
        String language = feed.language() != null ? feed.language() : httpLanguage;
        List<ParsedFeed.Item> items = new ArrayList<>();
        for (ParsedFeed.Item i : feed.items()) {
            // only ids that are paths: resolving "12345" to a URL would change the key of every guid-keyed feed
            String id = i.id().startsWith("/") ? absolute(i.id(), base) : i.id();
            items.add(new ParsedFeed.Item(id, i.title(), absolute(i.link(), base), i.publishedAt(), i.author(),
                    i.summary(), i.content(), i.language() != null ? i.language() : language));
        }
        return new ParsedFeed(feed.format(), feed.title(), absolute(feed.link(), base), language, feed.ttlMinutes(),
                List.copyOf(items), feed.itemsDropped(), feed.recovered());
    }

    private static String absolute(String link, URI base) {
        if (link == null || base == null) {
            return link;
        }
        try {
            URI uri = new URI(link);
            if (uri.isAbsolute()) {
                return link;
            }
            // java.net.URI resolves "a" against "http://host" to "http://hosta"; give such a base its root path
            URI root = base.getRawPath() == null || !base.getRawPath().isEmpty() ? base : base.resolve("/");
            return root.resolve(uri).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    ParsedFeed parseStrict(String xml) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput();
        // Rome's default already refuses DOCTYPEs; say so here, because this is the XXE / billion-laughs guard.
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        SyndFeed feed;
        try {
            feed = input.build(new DeadlineReader(new StringReader(stripLeadingJunk(xml)), MAX_PARSE_TIME));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not a readable feed: " + rootMessage(e), e);
        }
        ParsedFeed parsed = fromRome(feed);
        if (parsed.language() == null) {
            // Rome leaves Atom's xml:lang and RSS 2.0's dc:language out of SyndFeed.getLanguage()
            Matcher m = DECLARED_LANGUAGE.matcher(xml.length() > 8192 ? xml.substring(0, 8192) : xml);
            String language = m.find() ? PageExtractor.language(m.group(1) != null ? m.group(1) : m.group(2)) : null;
            if (language != null) {
                parsed = new ParsedFeed(parsed.format(), parsed.title(), parsed.link(), language, parsed.ttlMinutes(),
                        parsed.items().stream().map(i -> i.language() != null ? i : new ParsedFeed.Item(i.id(),
                                i.title(), i.link(), i.publishedAt(), i.author(), i.summary(), i.content(), language))
                                .toList(), parsed.itemsDropped(), false);
            }
        }
        return parsed;
    }

    private static final Pattern DECLARED_LANGUAGE = Pattern.compile(
            "<(?:feed|rss|rdf:RDF|channel)\\b[^>]*\\sxml:lang=[\"']([^\"']+)[\"']|<(?:dc:)?language>\\s*([^<\\s]+)");

    private ParsedFeed fromRome(SyndFeed feed) {
        List<ParsedFeed.Item> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        Feed atom = feed.originalWireFeed() instanceof Feed f ? f : null;
        boolean atom03 = atom != null && "atom_0.3".equals(atom.getFeedType());
        String feedLanguage = PageExtractor.language(PageExtractor.firstNonBlank(feed.getLanguage(),
                dc(feed.getModule(DCModule.URI), DCModule::getLanguage), atom != null ? atom.getLanguage() : null));
        for (int n = 0; n < Math.min(entries.size(), maxItems); n++) {
            SyndEntry e = entries.get(n);
            // Rome builds the SyndEntries from the wire entries one by one, in order
            Entry wire = atom != null && atom.getEntries().size() == entries.size() ? atom.getEntries().get(n) : null;
            String link = link(e);
            String id = firstNonBlank(e.getUri(), link);
            if (id == null) {
                id = "title:" + (e.getTitle() == null ? "" : e.getTitle().strip());
            }
            DCModule dc = (DCModule) e.getModule(DCModule.URI);
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            if (date == null && dc != null) {
                date = dc.getDate();
            }
            Instant published = date != null ? date.toInstant() : foreignDate(e.getForeignMarkup());
            String content = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    content = c.getValue();
                    break;
                }
            }
            String title;
            String summary;
            String author;
            if (wire != null) {
                title = firstNonBlank(atomText(wire.getTitleEx(), atom03), plain(dc(dc, DCModule::getTitle)));
                summary = firstNonBlank(atomText(wire.getSummary(), atom03), plain(dc(dc, DCModule::getDescription)));
                author = wire.getAuthors().isEmpty() ? null : person(wire.getAuthors().get(0));
            } else {
                title = plain(firstNonBlank(e.getTitle(), dc(dc, DCModule::getTitle)));
                summary = plain(firstNonBlank(e.getDescription() == null ? null : e.getDescription().getValue(),
                        dc(dc, DCModule::getDescription)));
                author = null;
            }
            author = firstNonBlank(author, e.getAuthor(), dc(dc, DCModule::getCreator),
                    foreign(e.getForeignMarkup(), DCModule.URI, "author"));
            items.add(new ParsedFeed.Item(id.strip(), title, link, published, author, summary, content, feedLanguage));
        }
        Integer ttl = null;
        WireFeed wire = feed.originalWireFeed();
        if (wire instanceof Channel channel && channel.getTtl() > 0) {
            ttl = channel.getTtl();
        }
        String title = atom != null ? atomText(atom.getTitleEx(), atom03)
                : plain(firstNonBlank(feed.getTitle(), dc(feed.getModule(DCModule.URI), DCModule::getTitle)));
        return new ParsedFeed(feed.getFeedType(), title, feed.getLink(), feedLanguage, ttl, List.copyOf(items),
                Math.max(0, entries.size() - maxItems), false);
    }

    /**
     * The plain text of an Atom text construct, by its type (RFC 4287 3.1, 4.1.3.3; Atom 0.3 type and mode): "text"
     * (text/plain) is the text itself, brackets and all; "html" and "xhtml" are markup (Rome hands XHTML, and Atom
     * 0.3's default mode "xml", back serialised); any other non-XML media type is base64 (Atom 0.3: mode "base64",
     * which Rome has decoded), read as text.
     */
    private static String atomText(Content c, boolean atom03) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        String type = c.getType() == null ? "" : c.getType().strip().toLowerCase(Locale.ROOT);
        if (atom03) {
            String mode = c.getMode() == null ? "xml" : c.getMode();
            boolean text = type.isEmpty() || type.equals("text/plain");
            return mode.equals("xml") || !text ? plain(c.getValue()) : collapse(c.getValue());
        }
        return textConstruct(type, c.getValue());
    }

    /** Plain text of an Atom 1.0 text construct of {@code type} (lower case, "" when absent) holding {@code value}. */
    static String textConstruct(String type, String value) {
        if (type.isEmpty() || type.equals("text") || type.equals("text/plain")) {
            return collapse(value);
        }
        if (type.equals("html") || type.equals("xhtml") || type.startsWith("text/") || type.endsWith("+xml")
                || type.endsWith("/xml")) {
            return plain(value);
        }
        return collapse(base64(value));
    }

    /** The UTF-8 text base64 {@code value} encodes; {@code value} itself when it is not base64. */
    static String base64(String value) {
        try {
            return new String(Base64.getMimeDecoder().decode(value.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return value;
        }
    }

    /** An Atom person as feedparser writes it: "name (email)", or whichever of the two is there. */
    private static String person(SyndPerson p) {
        String name = firstNonBlank(p.getName());
        String email = firstNonBlank(p.getEmail());
        if (name != null && email != null) {
            return name + " (" + email + ")";
        }
        return name != null ? name : email;
    }

    private static String foreign(List<Element> markup, String namespace, String name) {
        for (Element el : markup) {
            if (el.getName().equals(name) && namespace.equals(el.getNamespaceURI())) {
                return firstNonBlank(el.getTextNormalize());
            }
        }
        return null;
    }

    /** Dublin Core terms Rome's DC module does not read: dcterms:issued, then created, then modified. */
    private static Instant foreignDate(List<Element> markup) {
        for (String name : List.of("issued", "created", "modified")) {
            String text = foreign(markup, "http://purl.org/dc/terms/", name);
            Instant instant = text == null ? null : Dates.parse(text).orElse(null);
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? null : c;
    }

    private static String dc(Module module, Function<DCModule, String> getter) {
        return module instanceof DCModule dc ? getter.apply(dc) : null;
    }

    private static String link(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink().strip();
        }
        for (SyndLink l : e.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                return l.getHref().strip();
            }
        }
        String uri = e.getUri();
        return uri != null && FeedList.isHttpUrl(uri.strip()) ? uri.strip() : null;
    }

    /**
     * A "<!" that opens neither a comment, CDATA nor a whole DOCTYPE: HTML would swallow it and what follows up to the
     * next '>' as a bogus comment, but in a feed's text it is text ("&lt;!' <a href=...>", a lone "<!DOCTYPE").
     */
    private static final Pattern NOT_MARKUP = Pattern.compile("<!(?!--|\\[CDATA\\[|(?i:doctype)\\s+\\w[^>]*>)");

    /** Text of a title or summary that may hold escaped HTML. */
    public static String plain(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return null;
        }
        String s = htmlOrText.contains("<") || htmlOrText.contains("&")
                ? Jsoup.parse(NOT_MARKUP.matcher(htmlOrText).replaceAll("&lt;!")).text() : htmlOrText;
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** Whitespace or a BOM before the XML declaration makes the XML parser fail; feeds in the wild have both. */
    public static String stripLeadingJunk(String xml) {
        int i = 0;
        while (i < xml.length() && (Character.isWhitespace(xml.charAt(i)) || xml.charAt(i) == '\uFEFF')) {
            i++;
        }
        return xml.substring(i);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t == e ? m : e.getMessage() + " (" + m + ")";
    }

    private static String firstNonBlank(String... values) {
        return PageExtractor.firstNonBlank(values);
    }
}
