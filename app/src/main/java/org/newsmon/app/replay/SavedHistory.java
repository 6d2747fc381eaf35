package org.newsmon.app.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsmon.core.FetchedDocument;
import org.newsmon.ingest.ArchivedArticles;
import org.newsmon.ingest.LocalFiles;

/**
 * Reads saved history into {@link FetchedDocument}s as if ingest had fetched them at their original time:
 * <ul>
 *   <li>a directory: every file under it, recursively, by name (sorted);</li>
 *   <li>a {@code .warc} / {@code .warc.gz} file: every HTTP 200 response record, at its WARC-Date;</li>
 *   <li>an {@code .opml} file: for each {@code <outline xmlUrl>}, the saved copy its {@code archiveUrl} names (a
 *       file relative to the OPML file, or an http(s) URL such as a web archive's) stored as that feed, at the
 *       copy's {@code Memento-Datetime} / {@code Last-Modified} (the file's modification time for a file);</li>
 *   <li>any other file: a feed or an HTML page by its content, at the file's modification time.</li>
 * </ul>
 * Stateless; bad inputs, a named path that does not exist among them, are listed as problems, never thrown.
 */
public final class SavedHistory {
    /** Larger bodies are skipped: the archive topic takes at most 16 MiB per record. */
    static final int MAX_BYTES = 15 * 1024 * 1024;

    private SavedHistory() {}

    /** An input (a file, or a file and the URL of a record or outline in it) that gave no document, and why. */
    public record Problem(String input, String error) {}

    /** The documents read, in input order, and the inputs that gave none, in input order. */
    public record Loaded(List<FetchedDocument> documents, List<Problem> problems) {}

    public static Loaded read(List<Path> paths) {
        List<FetchedDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        readFile(file, documents, problems);
                    }
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(path.toString(), "cannot list " + path + ": " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                readFile(path, documents, problems);
            } else {
                problems.add(new Problem(path.toString(), "no such file or directory: " + path));
            }
        }
        return new Loaded(List.copyOf(documents), List.copyOf(problems));
    }

    private static void readFile(Path file, List<FetchedDocument> documents, List<Problem> problems) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                readWarc(file, documents, problems);
            } else if (name.endsWith(".opml")) {
                readOpml(file, documents, problems);
            } else {
                // bounded like a fetched body (and gunzipped for .gz): a device or a huge file is an error, not an OOM
                byte[] body = LocalFiles.read(file.toString(), MAX_BYTES);
                Optional<FetchedDocument> doc = ArchivedArticles.saved(file.toAbsolutePath().toUri().toString(), body,
                        contentType(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name),
                        Files.getLastModifiedTime(file).toInstant());
                doc.ifPresentOrElse(documents::add,
                        () -> problems.add(new Problem(file.toString(), "neither a feed nor an HTML page")));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file.toString(), e.getMessage()));
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf")) {
            return "application/xml";
        }
        return null;
    }

    private static void readWarc(Path file, List<FetchedDocument> documents, List<Problem> problems) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String url = response.target();
                try {
                    var http = response.http();
                    if (http.status() != 200) {
                        continue;
                    }
                    byte[] body;
                    try (InputStream in = http.bodyDecoded().stream()) {
                        body = in.readNBytes(MAX_BYTES + 1);
                    }
                    if (body.length > MAX_BYTES) {
                        problems.add(new Problem(file + " " + url, "body larger than " + MAX_BYTES + " bytes"));
                        continue;
                    }
                    String type = http.headers().first("Content-Type").orElse(null);
                    ArchivedArticles.saved(url, body, type, response.date())
                            .ifPresentOrElse(documents::add,
                                    () -> problems.add(new Problem(file + " " + url, "neither a feed nor an HTML page")));
                } catch (IOException | RuntimeException e) {
                    problems.add(new Problem(file + " " + url, e.getMessage()));
                }
            }
        }
    }

    private static void readOpml(Path file, List<FetchedDocument> documents, List<Problem> problems) throws IOException {
        // jsoup's XML parser never resolves entities or DTDs: an OPML file cannot pull anything in
        Document doc = Jsoup.parse(new String(LocalFiles.read(file.toString(), MAX_BYTES), StandardCharsets.UTF_8), "",
                Parser.xmlParser());
        for (Element outline : doc.select("outline")) {
            String feedUrl = attr(outline, "xmlUrl");
            String archive = attr(outline, "archiveUrl");
            if (feedUrl == null) {
                continue;
            }
            String copy = archive != null ? archive : feedUrl;
            try {
                Saved saved = copy.startsWith("http://") || copy.startsWith("https://")
                        ? download(URI.create(copy)) : local(file.toAbsolutePath().getParent().resolve(copy));
                Optional<FetchedDocument> d = ArchivedArticles.saved(feedUrl, saved.body(), "application/xml", saved.at());
                d.ifPresentOrElse(documents::add, () -> problems.add(new Problem(file + " " + copy, "not a feed")));
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(file + " " + copy, e.getMessage()));
            }
        }
    }

    private static String attr(Element e, String name) {
        String v = e.attr(name).strip();
        if (v.isEmpty()) {
            v = e.attr(name.toLowerCase(Locale.ROOT)).strip();
        }
        return v.isEmpty() ? null : v;
    }

    private record Saved(byte[] body, Instant at) {}

    private static Saved local(Path path) throws IOException {
        return new Saved(LocalFiles.read(path.toString(), MAX_BYTES), Files.getLastModifiedTime(path).toInstant());
    }

    /** An archived copy named by the operator's OPML file: trusted like a feed URL. */
    private static Saved download(URI uri) throws IOException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("User-Agent", "newsmon-backfill").build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            if (body.length > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            Instant at = response.headers().firstValue("Memento-Datetime")
                    .or(() -> response.headers().firstValue("Last-Modified"))
                    .flatMap(SavedHistory::httpDate).orElse(Instant.now());
            return new Saved(body, at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
