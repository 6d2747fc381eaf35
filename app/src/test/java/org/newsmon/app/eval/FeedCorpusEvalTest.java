package org.newsmon.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Guards the feed-corpus score against regressions; skipped without ../shared/testdata/feedparser. */
class FeedCorpusEvalTest {
    private static final Path DIR = Path.of("../../shared/testdata/feedparser");

    @Test
    void readsNearlyEveryFeedOfTheFeedparserSuiteAndMeetsItsExpectations() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/testdata/feedparser is absent");
        FeedCorpusEval.Result r = FeedCorpusEval.run(DIR);
        System.out.println(r);
        assertEquals(r.documents(), r.readByRome() + r.recovered() + r.refused() + r.uncaught());
        assertEquals(0, r.uncaught(), "documents that threw something other than FeedParseException");
        assertTrue(r.refused() * 50 <= r.documents(), r.refused() + " of " + r.documents() + " refused");
        assertTrue(r.checksPassed() * 100 >= r.checksTotal() * 95, r.checksPassed() + " of " + r.checksTotal());
        // what is achieved today: 422 of 424; the two misses are feedparser quirks (see FeedCorpusEval's class doc)
        assertTrue(r.checksTotal() - r.checksPassed() <= 2, r.checksPassed() + " of " + r.checksTotal());
        assertTrue(r.refused() <= 1, "only the empty document is refused, not " + r.refused());
    }
}
