package org.newsmon.ingest;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.core.Json;
import org.newsmon.ingest.feed.FeedList;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.feed.ParsedFeed;
import org.newsmon.ingest.http.HttpFetcher;

/** What {@code newsmon feed} prints: a feed file or URL described in one JSON line. Stateless. */
public final class FeedInspector {
    private FeedInspector() {}

    /** One input's line, and whether it reports an error. */
    public record Description(String json, boolean failed) {}

    /**
     * One line of JSON: {@code input}, {@code format}, {@code title}, {@code link}, {@code language},
     * {@code recovered}, {@code items: [{id, title, link, publishedAt}]}; or {@code input} and {@code error} when the
     * input cannot be read or is not a feed. Never throws.
     */
    public static Description describe(String fileOrUrl) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input", fileOrUrl);
        int maxItems = IngestSettings.MAX_ITEMS_PER_FEED.defaultValue();
        try {
            byte[] body;
            String contentType = null;
            if (FeedList.isHttpUrl(fileOrUrl.strip())) {
                try (HttpFetcher fetcher = new HttpFetcher(defaultLimits())) {
                    // the operator named this URL: it is trusted, like a feed URL
                    HttpFetcher.Response response = fetcher.get(URI.create(fileOrUrl.strip()), Map.of(), u -> true);
                    body = response.body();
                    contentType = response.contentType();
                }
            } else {
                // a file is bounded like a fetched body: /dev/zero must end with an error, not fill the heap
                body = LocalFiles.read(fileOrUrl, IngestSettings.MAX_BODY_BYTES.defaultValue());
            }
            ParsedFeed feed = new FeedParser(maxItems).parse(FeedParser.decode(body, contentType).text());
            out.put("format", feed.format());
            out.put("title", feed.title());
            out.put("link", feed.link());
            out.put("language", feed.language());
            out.put("recovered", feed.recovered());
            out.put("items", feed.items().stream().map(FeedInspector::item).toList());
            if (feed.itemsDropped() > 0) {
                out.put("itemsDropped", feed.itemsDropped());
            }
        } catch (IOException | FeedParser.FeedParseException | RuntimeException e) {
            out.keySet().retainAll(List.of("input"));
            out.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return new Description(Json.write(out), true);
        }
        return new Description(Json.write(out), false);
    }

    private static Map<String, Object> item(ParsedFeed.Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("title", item.title());
        m.put("link", item.link());
        Instant published = item.publishedAt();
        m.put("publishedAt", published == null ? null : published.toString());
        return m;
    }

    static HttpFetcher.Limits defaultLimits() {
        return new HttpFetcher.Limits(IngestSettings.MAX_BODY_BYTES.defaultValue(),
                IngestSettings.MAX_REDIRECTS.defaultValue(), IngestSettings.CONNECT_TIMEOUT.defaultValue(),
                IngestSettings.REQUEST_TIMEOUT.defaultValue(), IngestSettings.USER_AGENT.defaultValue());
    }
}
