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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The HTTP port of a newsmon process: {@code /metrics} (Prometheus text format) and {@code /health}, plus whatever a
 * service adds with {@link #handle} (SSE streams, WebSub callbacks, the status page). One per process, shared by the
 * services running in it. With a token, every path but {@code /health} (which orchestrators probe without one) needs
 * {@code Authorization: Bearer <token>}, else 401. Thread-safe.
 */
public final class HttpEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    /** The expected Authorization header as bytes; null when no token is set. */
    private final byte[] expectedAuthorization;

    private HttpEndpoint(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry, String token) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.expectedAuthorization = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    /** Binds {@code http.host}:{@code http.port}, with the token of {@code http.auth.token} or its file if set. */
    public static HttpEndpoint start(Config config, PrometheusMeterRegistry registry, BooleanSupplier healthy) {
        return start(config.get(CommonSettings.HTTP_HOST), config.get(CommonSettings.HTTP_PORT), token(config),
                registry, healthy);
    }

    /** The bearer token the config sets, from {@code http.auth.token} or {@code http.auth.token.file}; null for none. */
    public static String token(Config config) {
        String token = config.get(CommonSettings.HTTP_AUTH_TOKEN);
        String file = config.get(CommonSettings.HTTP_AUTH_TOKEN_FILE);
        if (token != null && file != null) {
            throw new UserException("set either " + CommonSettings.HTTP_AUTH_TOKEN.name() + " or "
                    + CommonSettings.HTTP_AUTH_TOKEN_FILE.name() + ", not both");
        }
        if (file != null) {
            try {
                token = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new UserException("cannot read " + CommonSettings.HTTP_AUTH_TOKEN_FILE.name() + " " + file + ": "
                        + e.getMessage(), e);
            }
        }
        if (token != null && token.isBlank()) {
            throw new UserException("the HTTP auth token is empty (" + CommonSettings.HTTP_AUTH_TOKEN.name()
                    + (file != null ? ", file " + file : "") + "); leave it unset for no token");
        }
        return token == null ? null : token.strip();
    }

    /** Binds {@code host:port} without a token. */
    public static HttpEndpoint start(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier healthy) {
        return start(host, port, null, registry, healthy);
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts serving.
     *
     * @param healthy answers /health: 200 "UP" when true, 503 "DOWN" otherwise
     * @throws UserException when the port is taken or cannot be opened, naming the port and the setting that changes it
     */
    public static HttpEndpoint start(String host, int port, String token, PrometheusMeterRegistry registry,
            BooleanSupplier healthy) {
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
        HttpEndpoint endpoint = new HttpEndpoint(server, executor, registry, token);
        // Without it the JDK answers an unknown path 404 before any check, telling a stranger what exists.
        endpoint.handle("/", exchange -> respond(exchange, 404, "text/plain; charset=utf-8", "not found\n"));
        endpoint.handle("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape()));
        // /health is open: orchestrators and load balancers probe it without credentials, and it tells only UP/DOWN
        server.createContext("/health", exchange -> {
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

    /** Serves {@code path} (and below it), behind the bearer token when one is set; replaces a previous handler. */
    public void handle(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException e) {
            // no handler there yet
        }
        server.createContext(path, expectedAuthorization == null ? handler : exchange -> {
            if (authorized(exchange)) {
                handler.handle(exchange);
            } else {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newsmon\"");
                respond(exchange, 401, "text/plain; charset=utf-8", "unauthorized: send Authorization: Bearer <token>\n");
            }
        });
    }

    private boolean authorized(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        // constant time, so the response time does not tell how much of a guess was right
        return given != null && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8));
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
