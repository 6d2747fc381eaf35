package org.newsmon.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsmon.core.ArticleIds;
import org.newsmon.core.Config;
import org.newsmon.core.Json;
import org.newsmon.core.RawArticle;
import org.newsmon.enrich.Tagger;
import org.newsmon.ingest.ExtractedPage;
import org.newsmon.ingest.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Extracts and enriches documents as the pipeline would, and prints one EnrichedArticle JSON line "
                + "per input: explains a tagging.",
                "An input is an HTML page (file or http(s) URL) or a plain-text file."})
final class TagCommand implements Runnable {
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "HTML pages or text files, or page URLs")
    List<String> inputs;

    @Override
    public void run() {
        Config config = options.load(Map.of());
        Tagger tagger = Tagger.fromSettings(config);
        for (String input : inputs) {
            try {
                RawArticle article = read(input);
                System.out.println(Json.MAPPER.writeValueAsString(tagger.tag(article)));
            } catch (IOException e) {
                System.err.println("newsmon tag: cannot read " + input + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static RawArticle read(String input) throws IOException, InterruptedException {
        Instant now = Instant.now();
        boolean url = input.startsWith("http://") || input.startsWith("https://");
        URI uri = url ? URI.create(input) : Path.of(input).toAbsolutePath().toUri();
        String body = url ? fetch(uri) : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        if (!url && !body.stripLeading().startsWith("<")) {
            // A plain-text file: the text is the article, its file name the title.
            return new RawArticle(ArticleIds.of(uri.toString()), uri.toString(), uri.toString(), null, "file",
                    Path.of(input).getFileName().toString(), null, null, null, null, now, body,
                    ArticleIds.sha256Hex(body), null);
        }
        ExtractedPage page = PageExtractor.extract(body, uri);
        String canonical = page.canonicalUrl() != null ? page.canonicalUrl() : uri.toString();
        return new RawArticle(ArticleIds.of(canonical), uri.toString(), canonical, null, uri.getHost(), page.title(),
                page.summary(), page.author(), page.language(), page.publishedAt(), now, page.text(),
                ArticleIds.sha256Hex(page.text()), null);
    }

    private static String fetch(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "newsmon-tag (+https://github.com/newsmon)").build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        if (response.body().length > MAX_BYTES) {
            throw new IOException("page larger than " + MAX_BYTES + " bytes");
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
