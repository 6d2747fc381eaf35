package org.newsmon.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SnippetEvalTest {
    private static final Path DIR = Path.of("../../shared/testdata/extraction-dev2");

    @Test
    void normalisesWhitespaceAsPythonDoes() {
        assertEquals("Bakı və Hanoy", SnippetEval.normalise("\u00A0 Bakı\n\t və\u2009Hanoy \u3000"));
        assertEquals("Hà\u200BNội", SnippetEval.normalise("Hà\u200BNội"), "zero-width space is not whitespace");
        assertEquals("\u0001x", SnippetEval.normalise("\u0001x "), "control characters stay, unlike String.trim()");
        assertEquals("", SnippetEval.normalise("  "));
    }

    @Test
    void scoresTrafilaturasBenchmarkWithoutAFailure() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/testdata/extraction-dev2 is absent");
        SnippetEval.Score score = SnippetEval.run(DIR, id -> true, 1);
        System.out.printf("extraction-dev2 F1 %.4f (P %.4f, R %.4f)%n", score.f1(), score.precision(), score.recall());
        assertEquals(990, score.pages());
        assertEquals(2951, score.tp() + score.fn(), "every 'with' snippet counted once");
        assertEquals(2966, score.fp() + score.tn(), "every 'without' snippet counted once");
        assertEquals(0, score.failed());
        assertTrue(score.f1() >= 0.93, "F1 " + score.f1() + " fell below 0.93, the goal it reached");
    }
}
