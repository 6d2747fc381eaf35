package org.newsmon.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractionEvalTest {
    private static final Path DIR = Path.of("../../shared/testdata/extraction-dev");

    @Test
    void scoresAtLeastAutoExtractsLevelOnTheDevPages() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/testdata/extraction-dev is absent");
        ExtractionEval.Score score = ExtractionEval.run(DIR, id -> true, 1);
        System.out.printf("extraction-dev F1 %.4f (P %.4f, R %.4f)%n", score.f1(), score.precision(), score.recall());
        assertEquals(91, score.pages());
        assertEquals(0, score.failed());
        assertTrue(score.f1() >= 0.975, "F1 " + score.f1() + " is below 0.975");
    }

    @Test
    void theMetricMatchesTheBenchmarksDefinition() {
        // identical: all tp; disjoint: all fp and fn; 4-shingles: "a b c d e" vs "a b c d" share 1 of 2+1
        assertEquals(1.0, ExtractionEval.shingleMatch("Bakı və Hanoy dostdur", "Bakı və Hanoy dostdur")[0]);
        double[] disjoint = ExtractionEval.shingleMatch("one two three four", "five six seven eight");
        assertEquals(0.0, disjoint[0]);
        assertEquals(0.5, disjoint[1]);
        double[] partial = ExtractionEval.shingleMatch("a b c d", "a b c d e");
        assertEquals(0.5, partial[0]);
        assertEquals(0.5, partial[1]);
        assertEquals(0.0, partial[2]);
    }
}
