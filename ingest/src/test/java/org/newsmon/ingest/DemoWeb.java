package org.newsmon.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bundled demo web ({@code app/src/main/resources/demo}) served from a JDK HttpServer on 127.0.0.1, with
 * {@code {{base}}} replaced in feeds and pages, as {@code newsmon run} serves it.
 */
final class DemoWeb implements AutoCloseable {
    static final Path DIR = Path.of("../app/src/main/resources/demo");

    private final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    private DemoWeb(HttpServer server) {
        this.server = server;
    }

    static DemoWeb start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoWeb web = new DemoWeb(server);
        server.createContext("/", exchange -> {
            web.requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            Path file = DIR.resolve(path.substring(1)).normalize();
            byte[] body;
            int status = 200;
            String type = path.endsWith(".xml") ? "application/xml; charset=utf-8" : "text/html; charset=utf-8";
            if (!file.startsWith(DIR.normalize()) || !Files.isRegularFile(file) || path.endsWith(".md")) {
                status = 404;
                body = "not found".getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            } else {
                body = Files.readString(file, StandardCharsets.UTF_8).replace("{{base}}", web.base())
                        .getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return web;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The feed URLs of feeds.txt. */
    List<URI> feeds() {
        try {
            return Files.readAllLines(DIR.resolve("feeds.txt")).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> URI.create(base() + l)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
