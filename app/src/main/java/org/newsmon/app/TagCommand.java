package org.newsmon.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsmon.core.ArticleIds;
import org.newsmon.core.Config;
import org.newsmon.core.Json;
import org.newsmon.core.RawArticle;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ExtractedPage;
import org.newsmon.ingest.PageExtractor;
import org.newsmon.ingest.Pages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Extracts and enriches documents as the pipeline would, and prints one EnrichedArticle JSON line "
                + "per input: explains a tagging.",
                "An input is an HTML page (.html, .html.gz, or an http(s) URL), a plain-text file (.txt or anything "
                        + "not starting with '<'), or - for standard input."})
final class TagCommand implements Runnable {
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    @Mixin
    ConfigOptions options;

    @Option(names = "--published", paramLabel = "TIME",
            description = "publication time when the document carries none (ISO instant or date, e.g. 2025-05-06); "
                    + "relative dates (\"on Thursday\") resolve against it. Default: now")
    String published;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL|-", description = "pages, text files, page URLs, or - for stdin")
    List<String> inputs;

    @Override
    public void run() {
        Config config = options.load(Map.of());
        Instant fallbackPublished = published == null ? null : parseTime(published);
        Tagger tagger = Tagger.fromSettings(config);
        for (String input : inputs) {
            try {
                RawArticle article = read(input, fallbackPublished);
                System.out.println(Json.MAPPER.writeValueAsString(tagger.tag(article)));
            } catch (IOException e) {
                System.err.println("newsmon tag: cannot read " + input + ": " + e.getMessage());
            }
        }
    }

    private static Instant parseTime(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published takes an ISO instant (2025-05-06T09:45:00Z) or a date "
                    + "(2025-05-06), not '" + text + "'");
        }
    }

    private static RawArticle read(String input, Instant fallbackPublished) throws IOException {
        Instant now = Instant.now();
        boolean url = input.startsWith("http://") || input.startsWith("https://");
        URI uri = url ? URI.create(input) : input.equals("-") ? URI.create("stdin:-")
                : Path.of(input).toAbsolutePath().toUri();
        String body = url ? Pages.fetch(uri) : Pages.decode(bytes(input));
        if (!url && !body.stripLeading().startsWith("<")) {
            // Plain text: the text is the article, its first line the title.
            String title = body.strip().lines().findFirst().orElse(input);
            return new RawArticle(ArticleIds.of(uri.toString()), uri.toString(), uri.toString(), null, "file", title,
                    null, null, null, fallbackPublished, now, body, ArticleIds.sha256Hex(body), null);
        }
        ExtractedPage page = PageExtractor.extract(body, uri);
        String canonical = page.canonicalUrl() != null ? page.canonicalUrl() : uri.toString();
        Instant publishedAt = page.publishedAt() != null ? page.publishedAt() : fallbackPublished;
        return new RawArticle(ArticleIds.of(canonical), uri.toString(), canonical, null, uri.getHost(), page.title(),
                page.summary(), page.author(), page.language(), publishedAt, now, page.text(),
                ArticleIds.sha256Hex(page.text()), null);
    }

    /** A file's bytes (gunzipped for .gz), or standard input's for "-", at most {@link #MAX_BYTES}. */
    private static byte[] bytes(String input) throws IOException {
        try (InputStream raw = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
             InputStream in = input.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] data = in.readNBytes(MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            return data;
        }
    }
}
