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

    /** Decodes {@code body} (BOM, XML declaration, HTTP charset) to text; bad bytes become U+FFFD. */
    static String decode(byte[] body, String contentType) throws IOException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            StringBuilder out = new StringBuilder(body.length);
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    ParsedFeed parse(String xml) throws FeedParseException {
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
