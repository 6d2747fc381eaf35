package org.newsmon.app.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsmon.core.FetchedDocument;

/** The bundled demo web ({@code /demo} on the classpath) as files, fetched documents or a WARC, under a given base URL. */
public final class DemoDocuments {
    private DemoDocuments() {}

    public static final List<String> FEEDS = List.of("azertac.xml", "vna.xml", "ru.xml", "az.xml", "newsaz.xml", "analysis.xml");
    public static final List<String> PAGES = List.of(
            "azertac-azerbaijan-kazakhstan-middle-corridor.html", "azertac-aliyev-interview-vna-to-lam-visit.html",
            "vna-tong-bi-thu-to-lam-tham-kazakhstan.html", "az-to-lam-azerbaycana-resmi-sefer.html",
            "ru-to-lam-pribyl-v-baku.html", "newsaz-to-lam-ends-baku-visit.html",
            "vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html",
            "analysis-news-azerbaijan-vietnam-sign-joint-statement.html",
            "analysis-azerbaijan-vietnam-old-friendship-must-deliver.html");

    /** Path under the base ("/feeds/az.xml") → the document with {@code {{base}}} replaced. */
    public static Map<String, String> files(String base) {
        Map<String, String> out = new LinkedHashMap<>();
        FEEDS.forEach(f -> out.put("/feeds/" + f, resource("/demo/feeds/" + f).replace("{{base}}", base)));
        PAGES.forEach(p -> out.put("/pages/" + p, resource("/demo/pages/" + p).replace("{{base}}", base)));
        return out;
    }

    /** As live ingest archives them: feeds and pages under their URLs, fetched at {@code at}. */
    public static List<FetchedDocument> fetched(String base, Instant at) {
        List<FetchedDocument> out = new ArrayList<>();
        files(base).forEach((path, body) -> {
            String url = base + path;
            boolean feed = path.startsWith("/feeds/");
            out.add(new FetchedDocument(feed ? FetchedDocument.Kind.FEED : FetchedDocument.Kind.PAGE, url, url,
                    feed ? url : null, 200, feed ? "application/rss+xml" : "text/html; charset=utf-8", Map.of(), at, body));
        });
        return out;
    }

    public static void writeDirectory(Path dir, String base) throws IOException {
        for (var e : files(base).entrySet()) {
            Path file = dir.resolve(e.getKey().substring(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** One WARC response record per feed and page, with WARC-Date {@code at}. */
    public static void writeWarc(Path file, String base, Instant at) throws IOException {
        try (WarcWriter writer = new WarcWriter(file)) {
            for (var e : files(base).entrySet()) {
                boolean feed = e.getKey().startsWith("/feeds/");
                String type = feed ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
                byte[] body = e.getValue().getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").setHeader("Content-Type", type)
                        .body(MediaType.parse(type), body).build();
                writer.write(new WarcResponse.Builder(URI.create(base + e.getKey())).date(at).body(http).build());
            }
        }
    }

    static String resource(String path) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
