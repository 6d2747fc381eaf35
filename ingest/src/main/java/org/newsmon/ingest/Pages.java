package org.newsmon.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.newsmon.ingest.http.HttpFetcher;
import org.newsmon.ingest.page.HtmlDecoder;

/**
 * Pages read the way ingest reads them — bounded fetch, charset from the header or the page's own meta — for tools
 * outside the service, such as {@code newsmon tag}. Stateless.
 */
public final class Pages {
    private Pages() {}

    /** Fetches a page the operator named (trusted like a feed URL) within ingest's default limits, decoded. */
    public static String fetch(URI url) throws IOException {
        try (HttpFetcher fetcher = new HttpFetcher(FeedInspector.defaultLimits())) {
            HttpFetcher.Response response = fetcher.get(url, Map.of(), u -> true);
            return HtmlDecoder.decode(response.body(), response.contentType()).text();
        }
    }

    /** Decodes a saved page's bytes by its own meta charset (UTF-8 when it names none). */
    public static String decode(byte[] body) {
        return HtmlDecoder.decode(body, null).text();
    }
}
