package org.newsmon.ingest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Parses feed documents (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) with Rome, DTDs and external entities refused. Stateless and
 * thread-safe (a new Rome parser per call: Rome's are not thread-safe).
 */
final class FeedParser {
    /** A document that is not a feed we can read, with the reason. */
    static final class FeedParseException extends Exception {
        FeedParseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final int maxItems;

    FeedParser(int maxItems) {
        this.maxItems = maxItems;
    }

    /**
     * A feed's bytes as text. {@code malformed} is true when the bytes are not valid in the encoding the document
     * claims (BOM, HTTP charset, XML declaration; Rome's XmlReader rules); such a document declared UTF-8 is read as
     * windows-1252, the usual truth, and any other is read with U+FFFD for the bad bytes.
     */
    record Decoded(String text, String encoding, boolean malformed) {}

    static Decoded decode(byte[] body, String contentType) {
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
            Charset fallback = charset.equals(StandardCharsets.UTF_8) ? Charset.forName("windows-1252") : charset;
            return new Decoded(fallback.decode(ByteBuffer.wrap(body)).toString(), fallback.name(), true);
        }
    }

    /**
     * Parses with Rome; when Rome refuses the document (a DOCTYPE, an undefined entity, an unescaped {@code &},
     * trailing junk), reads it again with jsoup's lenient XML parser, which neither expands declared entities nor
     * fetches anything, and marks the result {@link ParsedFeed#recovered()}.
     *
     * @throws FeedParseException when neither finds a feed in the document
     */
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

    ParsedFeed parse(String xml) throws FeedParseException {
        try {
            return parseStrict(xml);
        } catch (FeedParseException strict) {
            ParsedFeed recovered = LenientFeedParser.parse(xml, maxItems);
            if (recovered == null) {
                throw strict;
            }
            return recovered;
        }
    }

    ParsedFeed parseStrict(String xml) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput();
        // Rome's default already refuses DOCTYPEs; say so here, because this is the XXE / billion-laughs guard.
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(stripLeadingJunk(xml)));
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
        String feedLanguage = PageExtractor.language(PageExtractor.firstNonBlank(feed.getLanguage(),
                dc(feed.getModule(DCModule.URI), DCModule::getLanguage),
                feed.originalWireFeed() instanceof Feed atom ? atom.getLanguage() : null));
        for (SyndEntry e : entries.subList(0, Math.min(entries.size(), maxItems))) {
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
            String content = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    content = c.getValue();
                    break;
                }
            }
            String summary = plain(firstNonBlank(e.getDescription() == null ? null : e.getDescription().getValue(),
                    dc(dc, DCModule::getDescription)));
            items.add(new ParsedFeed.Item(id.strip(), plain(firstNonBlank(e.getTitle(), dc(dc, DCModule::getTitle))), link,
                    date == null ? null : date.toInstant(), firstNonBlank(e.getAuthor(), dc(dc, DCModule::getCreator)),
                    summary, content, feedLanguage));
        }
        Integer ttl = null;
        WireFeed wire = feed.originalWireFeed();
        if (wire instanceof Channel channel && channel.getTtl() > 0) {
            ttl = channel.getTtl();
        }
        return new ParsedFeed(feed.getFeedType(),
                plain(firstNonBlank(feed.getTitle(), dc(feed.getModule(DCModule.URI), DCModule::getTitle))), feed.getLink(), feedLanguage, ttl,
                List.copyOf(items), Math.max(0, entries.size() - maxItems), false);
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

    /** Text of a title or summary that may hold escaped HTML. */
    static String plain(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return null;
        }
        String s = htmlOrText.contains("<") || htmlOrText.contains("&") ? Jsoup.parse(htmlOrText).text() : htmlOrText;
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** Whitespace or a BOM before the XML declaration makes the XML parser fail; feeds in the wild have both. */
    static String stripLeadingJunk(String xml) {
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
