package org.newsmon.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmon.core.RawArticle;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ExtractionEval;

/** The CPU-bound parts on their own, one thread each: the tagger and the page extractor. */
final class ComponentBench {
    private ComponentBench() {}

    /** Tagger speed: MB of article text (UTF-8) per second of this thread's CPU time, i.e. per core. */
    record TaggerResult(int articles, double megabytesPerCoreSecond) {}

    /** Extraction speed and quality on a page corpus, scored as {@code testdata/README.md} says. */
    record ExtractionResult(int pages, double pagesPerSecond, double precision, double recall, double f1) {}

    static TaggerResult tagger(Duration measure) {
        Tagger tagger = Tagger.defaults();
        SyntheticArticles synthetic = new SyntheticArticles("tagger", 10);
        List<RawArticle> articles = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            articles.add(synthetic.article(n));
        }
        runFor(Duration.ofMillis(Math.max(500, measure.toMillis() / 3)), articles, tagger); // JIT warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] done = runFor(measure, articles, tagger);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new TaggerResult((int) done[0], done[1] / 1e6 / cpuSeconds);
    }

    /** Tags articles round-robin until {@code time} has passed; returns {articles, text bytes}. */
    private static long[] runFor(Duration time, List<RawArticle> articles, Tagger tagger) {
        long end = System.nanoTime() + time.toNanos();
        long count = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            RawArticle a = articles.get((int) (count % articles.size()));
            tagger.tag(a);
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
            count++;
        }
        return new long[] {count, bytes};
    }

    /**
     * Scores the extractor on an {@code extraction-dev} corpus with ingest's {@link ExtractionEval} (the benchmark's
     * own metric); empty when the folder is absent.
     *
     * @param rounds further timed passes after the scored one, so the speed is that of a warm JIT
     */
    static Optional<ExtractionResult> extraction(Path corpus, int rounds) throws IOException {
        if (!Files.isRegularFile(corpus.resolve("ground-truth.json"))) {
            return Optional.empty();
        }
        ExtractionEval.Score score = ExtractionEval.run(corpus);
        double pagesPerSecond = score.pagesPerSecond();
        for (int r = 0; r < rounds; r++) {
            pagesPerSecond = ExtractionEval.run(corpus).pagesPerSecond();
        }
        return Optional.of(new ExtractionResult(score.pages(), pagesPerSecond, score.precision(), score.recall(),
                score.f1()));
    }
}
