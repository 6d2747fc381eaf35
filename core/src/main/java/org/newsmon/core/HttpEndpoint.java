package org.newsmon.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The HTTP port of a newsmon process: {@code /metrics} (Prometheus text format) and {@code /health}, plus whatever a
 * service adds with {@link #handle} (SSE streams, WebSub callbacks, the status page). One per process, shared by the
 * services running in it. Thread-safe.
 */
public final class HttpEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;

    private HttpEndpoint(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts serving.
     *
     * @param healthy answers /health: 200 "UP" when true, 503 "DOWN" otherwise
     * @throws UserException when the port is taken or cannot be opened, naming the port and the setting that changes it
     */
    public static HttpEndpoint start(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier healthy) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw new UserException("HTTP port " + port + " on " + host
                    + " is already in use; choose another with --http-port (or http.port in the config file)", e);
        } catch (IOException e) {
            throw new UserException("cannot open HTTP port " + port + " on " + host + " (" + e.getMessage()
                    + "); choose another with --http-port (or http.port in the config file)", e);
        }
        // Long-lived responses (SSE) hold a thread each, so the pool grows on demand rather than being fixed.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsmon-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        HttpEndpoint endpoint = new HttpEndpoint(server, executor, registry);
        endpoint.handle("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape()));
        endpoint.handle("/health", exchange -> {
            boolean up = healthy.getAsBoolean();
            respond(exchange, up ? 200 : 503, "text/plain; charset=utf-8", up ? "UP\n" : "DOWN\n");
        });
        server.start();
        return endpoint;
    }

    /** A Prometheus registry with the JVM and process metrics every newsmon process exports. */
    public static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public void handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Writes a whole text response and closes the exchange. */
    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
