package org.newsmon.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsmon.core.Config;
import org.newsmon.core.Json;
import org.newsmon.core.RawArticle;
import org.newsmon.core.UserException;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.IngestSettings;
import org.newsmon.ingest.LocalFiles;
import org.newsmon.ingest.Pages;
import org.newsmon.ingest.page.ExtractedPage;
import org.newsmon.ingest.page.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Extracts and enriches documents as the pipeline would, and prints one EnrichedArticle JSON line "
                + "per input: explains a tagging.",
                "An input is an HTML page (.html, .html.gz, or an http(s) URL), a plain-text file (.txt or anything "
                        + "not starting with '<'), - for standard input, or a directory: its pages and text files "
                        + "(.html, .htm, .txt, each maybe .gz), recursively, in name order.",
                "An input that cannot be read gives a line {\"input\": ..., \"error\": ...} and the others go on; the "
                        + "exit code is 1 when any failed."})
final class TagCommand implements Callable<Integer> {
    /** Files are bounded like fetched bodies, counted after gunzipping. */
    private static final int MAX_BYTES = IngestSettings.MAX_BODY_BYTES.defaultValue();
    private static final Pattern TAGGABLE = Pattern.compile("(?i).*\\.(html?|xhtml|txt)(\\.gz)?");

    @Mixin
    ConfigOptions options;

    @Option(names = "--published", paramLabel = "TIME",
            description = "publication time when the document carries none (ISO instant or date, e.g. 2025-05-06); "
                    + "relative dates (\"on Thursday\") resolve against it. Default: now")
    String published;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL|-",
            description = "pages, text files, directories of them, page URLs, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() {
        Config config = options.load(Map.of());
        Instant fallbackPublished = published == null ? null : parseTime(published);
        Tagger tagger = Taggers.fromSettings(config);
        BatchReport report = new BatchReport("tag", System.out, System.err);
        for (String input : inputs) {
            List<String> files;
            try {
                files = expand(input);
            } catch (IOException | RuntimeException e) {
                report.failure(input, "cannot list " + input + ": " + BatchReport.sentence(e));
                continue;
            }
            for (String file : files) {
                try {
                    RawArticle article = read(file, fallbackPublished);
                    report.result(Json.MAPPER.writeValueAsString(tagger.tag(article)));
                } catch (IOException | RuntimeException e) {
                    // one bad document must not cost the rest of the batch
                    report.failure(file, BatchReport.sentence(e));
                }
            }
        }
        return report.exitCode();
    }

    /**
     * A directory's taggable files, recursively, in name order, after telling stderr what was skipped and why;
     * any other input as it is.
     */
    private static List<String> expand(String input) throws IOException {
        if (input.equals("-") || input.contains("://") || !Files.isDirectory(Path.of(input))) {
            return List.of(input);
        }
        Path dir = Path.of(input);
        List<String> files = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    continue;
                } else if (!Files.isRegularFile(p)) {
                    skipped.merge("not a regular file", 1, Integer::sum);
                } else if (name.startsWith(".")) {
                    skipped.merge("hidden", 1, Integer::sum);
                } else if (!TAGGABLE.matcher(name).matches()) {
                    skipped.merge("not named .html, .htm, .xhtml or .txt (maybe .gz)", 1, Integer::sum);
                } else {
                    files.add(p.toString());
                }
            }
        }
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        System.err.println("newsmon tag: " + input + ": " + files.size() + " files to tag, " + skippedCount
                + " skipped" + (skipped.isEmpty() ? "" : " (" + skipped.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")"));
        return files;
    }

    private static Instant parseTime(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException("--published takes an ISO instant (2025-05-06T09:45:00Z) or a date "
                    + "(2025-05-06), not '" + text + "'");
        }
    }

    private static RawArticle read(String input, Instant fallbackPublished) throws IOException {
        Instant now = Instant.now();
        boolean url = input.startsWith("http://") || input.startsWith("https://");
        URI uri = url ? URI.create(input) : input.equals("-") ? URI.create("stdin:-")
                : Path.of(input).toAbsolutePath().toUri();
        String body = url ? Pages.fetch(uri) : Pages.decode(LocalFiles.read(input, MAX_BYTES));
        if (!url && !body.stripLeading().startsWith("<")) {
            // Plain text: the text is the article, its first line the title.
            String title = body.strip().lines().findFirst().orElse(input);
            return RawArticle.builder().page(uri.toString(), uri.toString()).source("file").title(title)
                    .publishedAt(fallbackPublished).fetchedAt(now).text(body).build();
        }
        ExtractedPage page = PageExtractor.extract(body, uri);
        String canonical = page.canonicalUrl() != null ? page.canonicalUrl() : uri.toString();
        Instant publishedAt = page.publishedAt() != null ? page.publishedAt() : fallbackPublished;
        return RawArticle.builder().page(uri.toString(), canonical).source(uri.getHost()).title(page.title())
                .summary(page.summary()).author(page.author()).language(page.language()).publishedAt(publishedAt)
                .fetchedAt(now).text(page.text()).build();
    }
}
