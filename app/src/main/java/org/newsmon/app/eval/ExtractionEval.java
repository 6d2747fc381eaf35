package org.newsmon.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsmon.core.Json;
import org.newsmon.ingest.page.HtmlDecoder;
import org.newsmon.ingest.page.PageExtractor;

/**
 * Scores {@link PageExtractor} on the article-extraction-benchmark pages in {@code ../shared/testdata/extraction-dev}
 * with the benchmark's own metric (token 4-shingle multisets, per-page tp/fp/fn normalised, precision and recall
 * averaged over pages, F1 of the averages). {@link SnippetEval} does the same for {@code extraction-dev2}'s metric.
 * Stateless.
 */
public final class ExtractionEval {
    private ExtractionEval() {}

    /** Scores of one run. */
    public record Score(double f1, double precision, double recall, int pages, int failed, double pagesPerSecond,
                        List<PageScore> perPage) {}

    /** One page's precision and recall. */
    public record PageScore(String id, String url, double precision, double recall) {}

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The pages of one half of a corpus, by a hash of their ids: tune on one half, check on the other. */
    public static Predicate<String> half(int half) {
        return id -> Math.floorMod(id.hashCode(), 2) == half;
    }

    /** One page's F1 of its precision and recall. */
    public static double f1(PageScore p) {
        return p.precision() + p.recall() == 0 ? 0 : 2 * p.precision() * p.recall() / (p.precision() + p.recall());
    }

    /**
     * Scores the pages whose id {@code include} accepts; a page whose extraction throws counts as empty text (and as
     * failed).
     *
     * @param passes timed extraction passes over all pages (at least 1); the speed is the best one's
     */
    public static Score run(Path dir, Predicate<String> include, int passes) throws IOException {
        return run(dir, include, passes, false);
    }

    /**
     * {@link #run(Path, Predicate, int)}, with {@code warmUp}: the extractor runs untimed over the pages first until
     * its speed is steady ({@link #warmUp}), so that the passes time compiled code.
     */
    public static Score run(Path dir, Predicate<String> include, int passes, boolean warmUp) throws IOException {
        JsonNode truth = Json.MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> html = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            if (!include.test(id)) {
                continue;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
                html.put(id, HtmlDecoder.decode(in.readAllBytes(), null).text());
            }
            ids.add(id);
        }
        if (warmUp) {
            warmUp(ids.stream().map(html::get).toList());
        }
        List<PageScore> scores = new ArrayList<>();
        Map<String, String> predicted = new HashMap<>();
        double seconds = Double.MAX_VALUE;
        int failed = 0;
        for (int pass = 0; pass < Math.max(1, passes); pass++) {
            failed = 0;
            long start = System.nanoTime();
            for (String id : ids) {
                String url = truth.get(id).path("url").asText("");
                URI uri;
                try {
                    uri = URI.create(url);
                } catch (IllegalArgumentException e) {
                    uri = null;
                }
                try {
                    predicted.put(id, PageExtractor.extract(html.get(id), uri).text());
                } catch (RuntimeException e) {
                    predicted.put(id, "");
                    failed++;
                }
            }
            seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
        }
        double precisionSum = 0;
        double recallSum = 0;
        for (String id : ids) {
            double[] tpFpFn = shingleMatch(truth.get(id).path("articleBody").asText(""), predicted.get(id));
            double p = precision(tpFpFn[0], tpFpFn[1], tpFpFn[2]);
            double r = precision(tpFpFn[0], tpFpFn[2], tpFpFn[1]);
            precisionSum += p;
            recallSum += r;
            scores.add(new PageScore(id, truth.get(id).path("url").asText(""), p, r));
        }
        double precision = precisionSum / ids.size();
        double recall = recallSum / ids.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(f1, precision, recall, ids.size(), failed, ids.size() / seconds, scores);
    }

    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(20);

    /**
     * Extracts {@code pages} round-robin, untimed, until the JIT has compiled the extractor: one-second rounds until two
     * in a row agree on characters per second within 5 %, at most {@link #WARM_UP_LIMIT}. Without it the corpus timed
     * first paid for the compilation: extraction-dev, 91 pages, showed 60 pages/s where the same code does 200 warm.
     */
    static void warmUp(List<String> pages) {
        if (pages.isEmpty()) {
            return;
        }
        long end = System.nanoTime() + WARM_UP_LIMIT.toNanos();
        double previous = 0;
        int next = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            long chars = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                String page = pages.get(next++ % pages.size());
                try {
                    PageExtractor.extract(page, null);
                } catch (RuntimeException e) {
                    // counted in the timed passes
                }
                chars += page.length();
            }
            double rate = chars / ((System.nanoTime() - start) / 1e9);
            if (Math.abs(rate - previous) <= 0.05 * previous) {
                return;
            }
            previous = rate;
        }
    }

    /** The benchmark's precision_score; recall is the same with fp and fn swapped. */
    private static double precision(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** tp, fp, fn of the 4-shingle multisets, divided by their sum (when not zero). */
    static double[] shingleMatch(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        java.util.Set<List<String>> keys = new java.util.HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 4 + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
