package org.newsmon.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsmon.app.eval.ExtractionEval;
import org.newsmon.app.eval.SnippetEval;
import org.newsmon.core.RawArticle;
import org.newsmon.enrich.Tagger;

/** The CPU-bound parts on their own, one thread each: the tagger and the page extractor. Stateless. */
public final class ComponentBench {
    private ComponentBench() {}

    /** Tagger speed: MB of article text (UTF-8) per second of this thread's CPU time, i.e. per core. */
    record TaggerResult(int articles, double megabytesPerCoreSecond) {}

    /**
     * Extraction speed and quality on one page corpus, scored by the corpus's own metric.
     *
     * @param worstPages every page as "id url: score", worst first (for finding what to fix)
     */
    public record ExtractionResult(String corpus, String metric, int pages, int failed, double pagesPerSecond,
                            double precision, double recall, double f1, List<String> worstPages) {}

    static TaggerResult tagger(Duration measure) {
        Tagger tagger = Tagger.defaults();
        SyntheticArticles synthetic = new SyntheticArticles("tagger", 10);
        List<RawArticle> articles = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            articles.add(synthetic.article(n));
        }
        // JIT warm-up: the tagger's big methods take seconds to be compiled, so a short run would time the
        // interpreter; half-second rounds until two in a row agree within 3%
        double previous = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_LIMIT.toNanos();
        while (System.nanoTime() < warmUpEnd) {
            double rate = measureTagger(Duration.ofMillis(500), articles, tagger).megabytesPerCoreSecond();
            if (Math.abs(rate - previous) <= 0.03 * previous) {
                break;
            }
            previous = rate;
        }
        return measureTagger(measure, articles, tagger);
    }

    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(20);

    private static TaggerResult measureTagger(Duration time, List<RawArticle> articles, Tagger tagger) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] done = runFor(time, articles, tagger);
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
     * Scores the extractor on a corpus folder by the metric its files call for: {@code ground-truth.json}
     * (article-extraction-benchmark, shingle F1: {@link ExtractionEval}) or {@code expectations.jsonl} (trafilatura's
     * snippets: {@link SnippetEval}); empty when the folder holds neither.
     *
     * @param include which page ids to score (all, or one half for a cross-check)
     * @param passes  timed extraction passes (at least 1); the speed is the best one's
     * @param warmUp  whether the extractor first runs untimed until its speed is steady (the bench: each corpus then
     *                shows the speed of compiled code, whichever runs first)
     */
    public static Optional<ExtractionResult> extraction(Path corpus, Predicate<String> include, int passes, boolean warmUp)
            throws IOException {
        String name = corpus.toAbsolutePath().normalize().getFileName().toString();
        if (Files.isRegularFile(corpus.resolve("ground-truth.json"))) {
            ExtractionEval.Score s = ExtractionEval.run(corpus, include, passes, warmUp);
            List<String> worst = s.perPage().stream().sorted(Comparator.comparingDouble(ExtractionEval::f1))
                    .map(p -> String.format(Locale.ROOT, "%s %s: F1 %.3f (P %.3f, R %.3f)", p.id(), p.url(),
                            ExtractionEval.f1(p), p.precision(), p.recall())).toList();
            return Optional.of(new ExtractionResult(name, "shingle F1", s.pages(), s.failed(), s.pagesPerSecond(),
                    s.precision(), s.recall(), s.f1(), worst));
        }
        if (Files.isRegularFile(corpus.resolve("expectations.jsonl"))) {
            SnippetEval.Score s = SnippetEval.run(corpus, include, passes, warmUp);
            List<String> worst = s.perPage().stream()
                    .sorted(Comparator.comparingInt((SnippetEval.PageScore p) -> p.fp() + p.fn()).reversed())
                    .map(p -> String.format(Locale.ROOT, "%s %s: %d false positives, %d false negatives", p.id(),
                            p.url(), p.fp(), p.fn())).toList();
            return Optional.of(new ExtractionResult(name, "snippet F1", s.pages(), s.failed(), s.pagesPerSecond(),
                    s.precision(), s.recall(), s.f1(), worst));
        }
        return Optional.empty();
    }
}
