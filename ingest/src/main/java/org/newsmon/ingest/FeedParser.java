package org.newsmon.ingest;

import com.rometools.rome.feed.WireFeed;
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
import java.util.Locale;
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
        String encoding;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            encoding = reader.getEncoding();
        } catch (IOException | RuntimeException e) {
            encoding = "UTF-8";
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
        return fromRome(feed);
    }

    private ParsedFeed fromRome(SyndFeed feed) {
        List<ParsedFeed.Item> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        String feedLanguage = PageExtractor.language(feed.getLanguage());
        for (SyndEntry e : entries.subList(0, Math.min(entries.size(), maxItems))) {
            String link = link(e);
            String id = firstNonBlank(e.getUri(), link);
            if (id == null) {
                id = "title:" + (e.getTitle() == null ? "" : e.getTitle().strip());
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String content = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    content = c.getValue();
                    break;
                }
            }
            String summary = e.getDescription() == null ? null : plain(e.getDescription().getValue());
            items.add(new ParsedFeed.Item(id.strip(), plain(e.getTitle()), link, date == null ? null : date.toInstant(),
                    firstNonBlank(e.getAuthor()), summary, content, feedLanguage));
        }
        Integer ttl = null;
        WireFeed wire = feed.originalWireFeed();
        if (wire instanceof Channel channel && channel.getTtl() > 0) {
            ttl = channel.getTtl();
        }
        return new ParsedFeed(feed.getFeedType(), plain(feed.getTitle()), feed.getLink(), feedLanguage, ttl,
                List.copyOf(items), Math.max(0, entries.size() - maxItems), false);
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

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
