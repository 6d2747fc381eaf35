package org.newsmon.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsmon.core.Json;
import org.newsmon.ingest.page.HtmlDecoder;
import org.newsmon.ingest.page.PageExtractor;

/**
 * Scores {@link PageExtractor} on trafilatura's benchmark in {@code ../shared/testdata/extraction-dev2} with its own
 * snippet metric (the corpus README, {@code score.py}): per page, each "with" snippet found in the extracted text is a
 * true positive, else a false negative; each "without" snippet found is a false positive, else a true negative; counts
 * pooled over all pages. "Found" is a case-sensitive substring test after Python's {@code \s+} → one space and strip,
 * on both sides. A page whose extraction throws counts as no output (and as failed). Stateless.
 */
public final class SnippetEval {
    private SnippetEval() {}

    /** Pooled counts and the scores made of them; {@code failed} pages threw. */
    public record Score(int pages, long tp, long fp, long fn, long tn, int failed, double pagesPerSecond,
                        List<PageScore> perPage) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }

        public double accuracy() {
            long all = tp + fp + fn + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }
    }

    /** One page's counts, for finding the worst pages. */
    public record PageScore(String id, String url, int tp, int fp, int fn, int tn) {}

    /** Python's {@code \s} in a str pattern, exactly (the corpus README checked it over all code points). */
    private static final Pattern PY_WHITESPACE = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    private record Page(String id, String url, String html, List<String> with, List<String> without) {}

    /**
     * Scores the pages whose id {@code include} accepts.
     *
     * @param passes timed extraction passes over all pages (at least 1); the speed is the best one's
     */
    public static Score run(Path dir, Predicate<String> include, int passes) throws IOException {
        return run(dir, include, passes, false);
    }

    /**
     * {@link #run(Path, Predicate, int)}, with {@code warmUp}: the extractor runs untimed over the pages first until
     * its speed is steady ({@link ExtractionEval#warmUp}), so that the passes time compiled code.
     */
    public static Score run(Path dir, Predicate<String> include, int passes, boolean warmUp) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expectations.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = Json.MAPPER.readTree(line);
            String id = e.get("id").asText();
            if (!include.test(id)) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(e.get("file").asText())))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(id, e.path("url").isTextual() ? e.get("url").asText() : null,
                    HtmlDecoder.decode(bytes, null).text(), texts(e.get("with")), texts(e.get("without"))));
        }
        if (warmUp) {
            ExtractionEval.warmUp(pages.stream().map(Page::html).toList());
        }
        String[] extracted = new String[pages.size()];
        int failed = 0;
        double seconds = Double.MAX_VALUE;
        for (int pass = 0; pass < Math.max(1, passes); pass++) {
            failed = 0;
            long start = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                try {
                    extracted[i] = PageExtractor.extract(pages.get(i).html(), uri(pages.get(i).url())).text();
                } catch (RuntimeException ex) {
                    extracted[i] = null;
                    failed++;
                }
            }
            seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        List<PageScore> perPage = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String text = extracted[i] == null ? null : normalise(extracted[i]);
            int ptp = 0;
            int pfp = 0;
            for (String s : p.with()) {
                ptp += text != null && text.contains(normalise(s)) ? 1 : 0;
            }
            for (String s : p.without()) {
                pfp += text != null && text.contains(normalise(s)) ? 1 : 0;
            }
            PageScore score = new PageScore(p.id(), p.url(), ptp, pfp, p.with().size() - ptp, p.without().size() - pfp);
            perPage.add(score);
            tp += score.tp();
            fp += score.fp();
            fn += score.fn();
            tn += score.tn();
        }
        return new Score(pages.size(), tp, fp, fn, tn, failed, pages.size() / seconds, perPage);
    }

    /** Each run of Python-{@code \s} whitespace to one space, then one leading and one trailing space dropped. */
    static String normalise(String s) {
        String t = PY_WHITESPACE.matcher(s).replaceAll(" ");
        int from = t.startsWith(" ") ? 1 : 0;
        int to = t.endsWith(" ") && t.length() > from ? t.length() - 1 : t.length();
        return t.substring(from, to);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static URI uri(String url) {
        try {
            return url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
