package org.newsmon.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bundled demo web: a few news feeds and article pages about To Lam's May 2025 visit to Azerbaijan (our own
 * text, from the seed articles' facts), served from the classpath under {@code /demo} on 127.0.0.1. Feeds name
 * their pages with {@code {{base}}}, replaced by this server's address. Thread-safe.
 */
final class DemoWeb implements AutoCloseable {
    private static final String ROOT = "/demo";
    private final HttpServer server;

    private DemoWeb(HttpServer server) {
        this.server = server;
    }

    /** Serves the demo on a free port of 127.0.0.1. */
    static DemoWeb start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            DemoWeb web = new DemoWeb(server);
            server.createContext("/", web::serve);
            server.start();
            return web;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo web server", e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The demo's feed URLs. */
    List<URI> feeds() {
        try (InputStream in = DemoWeb.class.getResourceAsStream(ROOT + "/feeds.txt")) {
            if (in == null) {
                throw new IllegalStateException("the demo feed list " + ROOT + "/feeds.txt is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(path -> URI.create(base() + path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = path.contains("..") ? null : resource(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType(path));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = DemoWeb.class.getResourceAsStream(ROOT + path)) {
            if (in == null || path.endsWith("/")) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("{{base}}", base()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        }
        return path.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
