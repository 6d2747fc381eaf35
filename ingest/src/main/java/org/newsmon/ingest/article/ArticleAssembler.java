package org.newsmon.ingest.article;

import java.net.URI;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.newsmon.core.ArticleIds;
import org.newsmon.core.RawArticle;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.page.CanonicalUrls;
import org.newsmon.ingest.page.ExtractedPage;
import org.newsmon.ingest.page.MainText;
import org.newsmon.ingest.page.PageExtractor;

/**
 * The article ingest makes of a feed item and its page: the one place where live polling and backfill agree on ids,
 * canonical URLs, text and times. No I/O. Stateless.
 */
public final class ArticleAssembler {
    private ArticleAssembler() {}

    /**
     * @param page      the item's extracted page, or null when there is none (not linked, not fetched, not allowed)
     * @param finalUrl  where the page was found after redirects; null when there is no link
     * @param fetchedAt when the page (else the feed) was fetched
     */
    public static RawArticle assemble(URI feed, ParsedFeed parsed, ParsedFeed.Item item, ExtractedPage page,
                                      String finalUrl, Instant fetchedAt) {
        String url = finalUrl != null ? finalUrl : feed + "#" + item.id();
        String canonical = CanonicalUrls.canonicalize(url);
        if (page != null && page.canonicalUrl() != null && sameHost(page.canonicalUrl(), url)) {
            // A page may only name a canonical URL on its own host: otherwise a hostile page could take over
            // another outlet's article id (the key of news.raw).
            canonical = page.canonicalUrl();
        }
        String text = page != null && !page.text().isBlank() ? page.text() : feedText(item);
        String language = firstNonBlank(page == null ? null : page.language(), item.language(), parsed.language());
        Instant published = page != null && page.publishedAt() != null ? page.publishedAt() : item.publishedAt();
        return new RawArticle(ArticleIds.of(canonical), url, canonical, feed.toString(),
                firstNonBlank(parsed.title(), feed.getHost()),
                firstNonBlank(item.title(), page == null ? null : page.title()),
                firstNonBlank(item.summary(), page == null ? null : page.summary()),
                firstNonBlank(item.author(), page == null ? null : page.author()),
                language, published, fetchedAt, text, TextFingerprint.contentHash(text), null);
    }

    /** The item's link made absolute against the feed's URL; null when it has none or it names no host. */
    public static URI resolveLink(URI feed, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = feed.resolve(link.strip().replace(" ", "%20"));
            return uri.getHost() == null ? null : uri;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The item's own text: full content when the feed carries it, else its summary. */
    private static String feedText(ParsedFeed.Item item) {
        if (item.content() != null && !item.content().isBlank()) {
            return MainText.blocksText(Jsoup.parseBodyFragment(item.content()).body());
        }
        return item.summary() == null ? "" : item.summary();
    }

    private static boolean sameHost(String a, String b) {
        try {
            String ha = URI.create(a).getHost();
            String hb = URI.create(b).getHost();
            return ha != null && ha.equalsIgnoreCase(hb);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstNonBlank(String... values) {
        return PageExtractor.firstNonBlank(values);
    }
}
