package org.newsmon.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsmon.core.Json;
import org.newsmon.core.RawArticle;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.PageExtractor;

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
     * Extracts every page of an {@code extraction-dev} corpus ({@code html/<id>.html.gz} and
     * {@code ground-truth.json}); empty when the folder is absent.
     *
     * @param rounds timed passes over the corpus after the scored one; 0 times the scored pass (JIT still cold)
     */
    static Optional<ExtractionResult> extraction(Path corpus, int rounds) throws IOException {
        Path truthFile = corpus.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            return Optional.empty();
        }
        JsonNode truth = Json.MAPPER.readTree(truthFile.toFile());
        Map<String, String> html = new HashMap<>();
        for (var it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            Path page = corpus.resolve("html").resolve(id + ".html.gz");
            if (Files.isRegularFile(page)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    html.put(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> extracted = new HashMap<>();
        long t0 = System.nanoTime();
        html.forEach((id, page) -> extracted.put(id, PageExtractor.extract(page, url(truth, id)).text()));
        if (rounds > 0) {
            t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                html.forEach((id, page) -> PageExtractor.extract(page, url(truth, id)));
            }
        }
        double pagesPerSecond = (double) html.size() * Math.max(1, rounds) / ((System.nanoTime() - t0) / 1e9);
        double precisionSum = 0;
        double recallSum = 0;
        for (String id : html.keySet()) {
            double[] pr = ShingleScore.precisionRecall(extracted.get(id), truth.get(id).path("articleBody").asText(""));
            precisionSum += pr[0];
            recallSum += pr[1];
        }
        double p = html.isEmpty() ? 0 : precisionSum / html.size();
        double r = html.isEmpty() ? 0 : recallSum / html.size();
        return Optional.of(new ExtractionResult(html.size(), pagesPerSecond, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)));
    }

    private static URI url(JsonNode truth, String id) {
        String url = truth.get(id).path("url").asText("");
        try {
            return url.isEmpty() ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null; // a URL the corpus spells oddly only costs relative-link resolution
        }
    }

    /**
     * The article-extraction-benchmark metric: multisets of 4-token shingles of {@code \w+} tokens; per page
     * tp = Σ min, fp/fn = Σ excess, each divided by tp + fp + fn.
     */
    static final class ShingleScore {
        private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

        private ShingleScore() {}

        /** {precision, recall} of one page. */
        static double[] precisionRecall(String predicted, String expected) {
            Map<List<String>, Integer> pred = shingles(predicted);
            Map<List<String>, Integer> gold = shingles(expected);
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (var e : pred.entrySet()) {
                int g = gold.getOrDefault(e.getKey(), 0);
                tp += Math.min(e.getValue(), g);
                fp += Math.max(0, e.getValue() - g);
            }
            for (var e : gold.entrySet()) {
                fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
            }
            double total = tp + fp + fn;
            if (total == 0) {
                return new double[] {1, 1}; // both empty: perfect
            }
            tp /= total;
            fp /= total;
            fn /= total;
            double precision = fp == 0 && fn == 0 ? 1 : tp + fp > 0 ? tp / (tp + fp) : 0;
            double recall = fp == 0 && fn == 0 ? 1 : tp + fn > 0 ? tp / (tp + fn) : 0;
            return new double[] {precision, recall};
        }

        static Map<List<String>, Integer> shingles(String text) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text == null ? "" : text);
            while (m.find()) {
                tokens.add(m.group());
            }
            Map<List<String>, Integer> out = new HashMap<>();
            if (tokens.isEmpty()) {
                return out;
            }
            int size = Math.min(4, tokens.size());
            for (int i = 0; i + size <= tokens.size(); i++) {
                out.merge(List.copyOf(tokens.subList(i, i + size)), 1, Integer::sum);
            }
            return out;
        }
    }
}
