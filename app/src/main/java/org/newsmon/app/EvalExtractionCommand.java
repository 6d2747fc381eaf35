package org.newsmon.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.newsmon.app.bench.ComponentBench;
import org.newsmon.app.eval.ExtractionEval;
import org.newsmon.core.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores the main-text extractor on page corpora, each by its own metric: a folder with "
                + "ground-truth.json (article-extraction-benchmark: shingle F1 averaged over pages) or with "
                + "expectations.jsonl (trafilatura's benchmark: snippets found or not, pooled).",
                "Prints one line per corpus: pages, F1, precision, recall, pages that failed, pages/s."})
final class EvalExtractionCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "a corpus folder; repeatable (default: ../shared/testdata/extraction-dev and extraction-dev2)")
    List<Path> corpora = List.of(Path.of("../shared/testdata/extraction-dev"), Path.of("../shared/testdata/extraction-dev2"));

    @Option(names = "--half", paramLabel = "0|1",
            description = "score only one half of each corpus (pages split by a hash of their ids): tune on one, check on the other")
    Integer half;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "also list the N worst pages of each corpus")
    int worst;

    @Override
    public Integer call() throws IOException {
        if (half != null && half != 0 && half != 1) {
            throw new UserException("--half takes 0 or 1, not " + half);
        }
        Predicate<String> include = half == null ? id -> true : ExtractionEval.half(half);
        for (Path corpus : corpora) {
            ComponentBench.ExtractionResult r = ComponentBench.extraction(corpus, include, 1, false).orElseThrow(() ->
                    new UserException("no extraction corpus at " + corpus
                            + " (a folder with ground-truth.json or expectations.jsonl and html/)"));
            System.out.println(String.format(Locale.ROOT, "%s%s: %d pages, %s %.4f (P %.4f, R %.4f), %d failed, %.0f pages/s",
                    r.corpus(), half == null ? "" : " half " + half, r.pages(), r.metric(), r.f1(), r.precision(),
                    r.recall(), r.failed(), r.pagesPerSecond()));
            r.worstPages().stream().limit(worst).forEach(line -> System.out.println("  " + line));
        }
        return 0;
    }
}
