package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Guards the feed-corpus score against regressions; skipped without ../shared/testdata. */
class FeedCorpusEvalTest {
    private static final Path DIR = Path.of("../../shared/testdata/feedparser");

    @Test
    void readsNearlyEveryFeedOfTheFeedparserSuite() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/testdata/feedparser is absent");
        FeedCorpusEval.Result r = FeedCorpusEval.run(DIR);
        int all = r.total(0) + r.total(1) + r.total(2);
        FeedCorpusEval.main(new String[] {DIR.toString()});
        assertTrue(r.total(2) <= all / 50, r.total(2) + " of " + all + " refused");
        assertTrue(r.checksPassed() >= r.checksTotal() * 8 / 10, r.checksPassed() + " of " + r.checksTotal());
    }
}
