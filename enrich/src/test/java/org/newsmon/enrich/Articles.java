package org.newsmon.enrich;

import java.time.Instant;
import org.newsmon.core.RawArticle;

/** Small literal articles for tests. */
final class Articles {
    private Articles() {}

    static RawArticle of(String text, String published) {
        return of("", text, published);
    }

    static RawArticle of(String title, String text, String published) {
        Instant at = Instant.parse(published);
        return new RawArticle("test", "http://127.0.0.1/a", "http://127.0.0.1/a", null, "test", title, null, null, null,
                at, at, text, null, null);
    }
}
