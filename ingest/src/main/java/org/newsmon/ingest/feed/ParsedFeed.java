package org.newsmon.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed document as ingest understands it, whatever its format.
 *
 * @param format    Rome's feed type ("rss_2.0", "atom_1.0", "rss_1.0", ...), with "+recovered" when it was read by the
 *                  lenient fallback parser
 * @param ttl       the feed's own refresh hint (RSS {@code <ttl>}), or null
 */
public record ParsedFeed(String format, String title, String link, String language, Integer ttlMinutes, List<Item> items,
                  int itemsDropped, boolean recovered) {

    /** One entry. {@code id} is the guid / Atom id / rdf:about, else the link; never null. */
    public record Item(String id, String title, String link, Instant publishedAt, String author, String summary,
                String content, String language) {}
}
