package org.newsmon.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsmon.core.Config;
import org.newsmon.core.FetchedDocument;
import org.newsmon.core.RawArticle;
import org.newsmon.core.Topic;
import org.newsmon.ingest.article.ArticleAdmission;
import org.newsmon.ingest.article.ArticleAssembler;
import org.newsmon.ingest.article.Fingerprint;
import org.newsmon.ingest.feed.FeedList;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.page.ExtractedPage;
import org.newsmon.ingest.page.HtmlDecoder;
import org.newsmon.ingest.page.PageExtractor;

/**
 * Turns fetched documents (the {@code news.archive} topic, or saved history: feed XML, HTML pages, WARC records) back
 * into the articles live ingest made or would have made of them, with the same parsing, extraction, article building,
 * watch filter and dedupe as {@link FeedPoller}, but no I/O: a page is taken from the documents, never fetched.
 * Every item of every feed becomes an article, with its page when the documents hold it (by URL or final URL) and
 * the feed's own text otherwise; pages no feed item links to become articles of their own. Times come from the
 * documents: an article's {@code fetchedAt} is its page's (else its feed's) fetch time, never now.
 *
 * <p>Not thread-safe: one instance holds the dedupe index of one run, so an article is returned once however many
 * feed documents list it, and a syndicated copy is marked {@code duplicateOf} the earlier original.
 */
public final class ArchivedArticles {
    /** A document that gave no article, and why. */
    public record Problem(String url, String reason) {}

    /** The articles, oldest fetch first, and the documents that could not be used. */
    /**
     * @param alreadyKnown articles skipped because {@link #loadKnown} says ingest produced them before
     * @param offTopic     articles the watch filter ({@code ingest.watch.terms}) dropped
     */
    public record Result(List<RawArticle> articles, List<Problem> problems, int offTopic, int alreadyKnown) {}

    private final FeedParser parser;
    private final ArticleAdmission admission;
    private final Set<String> known = new HashSet<>();

    /** Reads {@link IngestSettings#MAX_ITEMS_PER_FEED}, {@link IngestSettings#WATCH_TERMS} and the near-duplicate bits. */
    public ArchivedArticles(Config config) {
        IngestSettings settings = IngestSettings.from(config);
        this.parser = new FeedParser(settings.maxItemsPerFeed());
        this.admission = settings.admission();
    }

    /**
     * Reads back the fingerprints of every article ingest (live or backfill) has produced, so that {@link #build}
     * skips articles already in {@code news.raw} and marks copies of them: what makes a second backfill a no-op.
     *
     * @return how many were read
     */
    public int loadKnown(Properties connection, String fingerprintsTopic) {
        return CompactedTopicReader.readAll(connection, IngestTopics.FINGERPRINTS.renamed(fingerprintsTopic),
                (id, f) -> {
                    admission.remember(f);
                    known.add(id);
                });
    }

    /** The topics a backfill writes besides the pipeline's: ingest's fingerprint bookkeeping. */
    public static List<Topic<?, ?>> bookkeepingTopics() {
        return List.of(IngestTopics.FINGERPRINTS);
    }

    /**
     * The fingerprint record of a produced article, serialised: written in the same transaction as the article, it
     * is both the live ingest's dedupe memory and the backfill's committed progress.
     */
    public static ProducerRecord<byte[], byte[]> fingerprintRecord(String fingerprintsTopic, RawArticle article,
                                                                   long timestamp) {
        Topic<String, Fingerprint> topic = IngestTopics.FINGERPRINTS.renamed(fingerprintsTopic);
        Fingerprint f = ArticleAdmission.fingerprint(article);
        return new ProducerRecord<>(topic.name(), null, timestamp,
                topic.keySerde().serializer().serialize(topic.name(), article.id()),
                topic.valueSerde().serializer().serialize(topic.name(), f));
    }

    /**
     * The articles of {@code documents}; see the class comment. Never throws on bad documents.
     *
     * @param feedTextWhenNoPage whether an item whose page is not among the documents becomes an article of the
     *                           feed's text (saved feeds without their pages); false for the archive, where live
     *                           ingest archived the page of every item it produced, so a missing page means an
     *                           item produced before the documents' time window
     */
    public Result build(Collection<FetchedDocument> documents, boolean feedTextWhenNoPage) {
        List<FetchedDocument> ordered = documents.stream()
                .sorted(Comparator.comparing(FetchedDocument::fetchedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FetchedDocument::url))
                .toList();
        Map<String, FetchedDocument> pages = new HashMap<>();
        for (FetchedDocument d : ordered) {
            if (d.kind() == FetchedDocument.Kind.PAGE) {
                // the latest fetch of a page wins, as the latest poll's would
                pages.put(d.url(), d);
                if (d.finalUrl() != null) {
                    pages.put(d.finalUrl(), d);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> candidates = new ArrayList<>();
        Set<FetchedDocument> usedPages = new HashSet<>();
        Map<String, Set<String>> seenItems = new LinkedHashMap<>();
        for (FetchedDocument d : ordered) {
            if (d.kind() != FetchedDocument.Kind.FEED) {
                continue;
            }
            ParsedFeed feed;
            URI feedUri;
            try {
                feedUri = URI.create(d.url());
                feed = parser.parse(d.body() == null ? "" : d.body());
            } catch (FeedParser.FeedParseException | IllegalArgumentException e) {
                problems.add(new Problem(d.url(), "not a readable feed: " + e.getMessage()));
                continue;
            }
            Set<String> seen = seenItems.computeIfAbsent(d.url(), k -> new HashSet<>());
            for (ParsedFeed.Item item : feed.items()) {
                if (!seen.add(item.id())) {
                    continue; // listed again by a later poll of the same feed
                }
                URI link = ArticleAssembler.resolveLink(feedUri, item.link());
                FetchedDocument page = link == null ? null : pages.get(link.toString());
                if (page == null && link != null && !feedTextWhenNoPage) {
                    continue;
                }
                ExtractedPage extracted = null;
                String finalUrl = link == null ? null : link.toString();
                Instant fetchedAt = d.fetchedAt();
                if (page != null) {
                    usedPages.add(page);
                    extracted = extract(page, problems);
                    finalUrl = page.finalUrl() != null ? page.finalUrl() : page.url();
                    fetchedAt = page.fetchedAt() != null ? page.fetchedAt() : fetchedAt;
                }
                candidates.add(ArticleAssembler.assemble(feedUri, feed, item, extracted, finalUrl, fetchedAt));
            }
        }
        for (FetchedDocument page : new LinkedHashMap<>(pagesInOrder(ordered)).values()) {
            if (!usedPages.contains(page)) {
                candidates.add(pageAlone(page, problems));
            }
        }
        candidates.sort(Comparator.comparing(RawArticle::fetchedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RawArticle::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RawArticle::id));
        List<RawArticle> articles = new ArrayList<>();
        int offTopic = 0;
        int alreadyKnown = 0;
        for (RawArticle article : candidates) {
            if (article == null) {
                continue;
            }
            ArticleAdmission.Decision decision = admission.admit(article);
            switch (decision.outcome()) {
                case EMPTY -> problems.add(new Problem(article.url(), "item without title, text or page"));
                case OFF_TOPIC -> offTopic++;
                case SAME_ID -> alreadyKnown += known.contains(article.id()) ? 1 : 0;
                case DUPLICATE, NEAR_DUPLICATE, NEW -> articles.add(decision.article());
            }
        }
        return new Result(List.copyOf(articles), List.copyOf(problems), offTopic, alreadyKnown);
    }

    /**
     * A saved document (a file, a WARC response) as if ingest had fetched it at {@code fetchedAt}: decoded as ingest
     * decodes, a feed or a page by its content type or, failing that, its first bytes. A page saved under a
     * non-http URL (a file) takes the URL it names as canonical, so that the feed items linking to it find it.
     *
     * @return empty when the bytes are neither a feed nor an HTML page
     */
    public static java.util.Optional<FetchedDocument> saved(String url, byte[] body, String contentType, Instant fetchedAt) {
        FetchedDocument.Kind kind = sniff(contentType, body);
        if (kind == null) {
            return java.util.Optional.empty();
        }
        if (kind == FetchedDocument.Kind.FEED) {
            String text = FeedParser.decode(body, contentType).text();
            return java.util.Optional.of(new FetchedDocument(kind, url, url, url, 200, contentType, Map.of(), fetchedAt, text));
        }
        String text = HtmlDecoder.decode(body, contentType).text();
        String pageUrl = url;
        if (!FeedList.isHttpUrl(url)) {
            String canonical = PageExtractor.extract(text, URI.create(url)).canonicalUrl();
            if (canonical != null && FeedList.isHttpUrl(canonical)) {
                pageUrl = canonical;
            }
        }
        return java.util.Optional.of(new FetchedDocument(kind, pageUrl, pageUrl, null, 200, contentType, Map.of(),
                fetchedAt, text));
    }

    private static FetchedDocument.Kind sniff(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("html")) {
            return FetchedDocument.Kind.PAGE;
        }
        if (type.contains("rss") || type.contains("atom") || type.contains("rdf") || type.contains("xml")) {
            return FetchedDocument.Kind.FEED;
        }
        String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html")) {
            return FetchedDocument.Kind.PAGE;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return FetchedDocument.Kind.FEED;
        }
        return null;
    }

    /** Each page document once (its latest fetch), in fetch order. */
    private static Map<String, FetchedDocument> pagesInOrder(List<FetchedDocument> ordered) {
        Map<String, FetchedDocument> out = new LinkedHashMap<>();
        for (FetchedDocument d : ordered) {
            if (d.kind() == FetchedDocument.Kind.PAGE) {
                out.remove(d.url());
                out.put(d.url(), d);
            }
        }
        return out;
    }

    private static ExtractedPage extract(FetchedDocument page, List<Problem> problems) {
        try {
            return PageExtractor.extract(page.body() == null ? "" : page.body(),
                    URI.create(page.finalUrl() != null ? page.finalUrl() : page.url()));
        } catch (RuntimeException e) {
            // a bug of ours on one page must cost that page's text, not the run
            problems.add(new Problem(page.url(), "extraction failed: " + e));
            return null;
        }
    }

    /** A saved page no feed links to: the article is the page alone, its source the page's host. */
    private RawArticle pageAlone(FetchedDocument page, List<Problem> problems) {
        URI url;
        try {
            url = URI.create(page.finalUrl() != null ? page.finalUrl() : page.url());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(page.url(), "not a URL: " + e.getMessage()));
            return null;
        }
        ExtractedPage extracted = extract(page, problems);
        if (extracted == null) {
            return null;
        }
        URI feed = page.feedUrl() != null && !page.feedUrl().isBlank() ? URI.create(page.feedUrl()) : url;
        ParsedFeed none = new ParsedFeed("none", null, null, null, null, List.of(), 0, false);
        ParsedFeed.Item item = new ParsedFeed.Item(url.toString(), null, url.toString(), null, null, null, null, null);
        RawArticle article = ArticleAssembler.assemble(feed, none, item, extracted, url.toString(), page.fetchedAt());
        if (page.feedUrl() == null || page.feedUrl().isBlank()) {
            article = article.withOrigin(null, url.getHost());
        }
        return article;
    }
}
