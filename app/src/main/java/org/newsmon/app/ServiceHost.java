package org.newsmon.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;

/** Runs one service alone (the {@code ingest}, {@code enrich} and {@code alerts} commands) until Ctrl-C. */
final class ServiceHost {
    private ServiceHost() {}

    /** A started service, and what {@code /health} asks it. */
    record Hosted(AutoCloseable service, BooleanSupplier healthy) {}

    /**
     * Creates the topics if missing, serves {@code /metrics} and {@code /health} (UP while the service says it is
     * healthy, 503 otherwise, so an orchestrator restarts a service whose streams died), starts the service, and blocks.
     *
     * @param starter builds and starts the service from its registry and HTTP endpoint
     */
    static void serve(String name, Config config, BiFunction<PrometheusMeterRegistry, HttpEndpoint, Hosted> starter) {
        Shutdown shutdown = new Shutdown();
        try {
            TopicAdmin.ensureTopics(config, Topics.ALL);
            PrometheusMeterRegistry registry = HttpEndpoint.newRegistry();
            AtomicReference<BooleanSupplier> health = new AtomicReference<>(() -> true); // UP while starting
            HttpEndpoint http = shutdown.add(HttpEndpoint.start(config, registry,
                    () -> health.get().getAsBoolean()));
            Hosted hosted = starter.apply(registry, http);
            shutdown.add(hosted.service());
            health.set(hosted.healthy());
            System.out.println("newsmon " + name + " is running against Kafka " + config.get(CommonSettings.BOOTSTRAP_SERVERS)
                    + "; metrics on http://127.0.0.1:" + http.port() + "/metrics. Ctrl-C stops.");
        } catch (RuntimeException e) {
            shutdown.closeAll();
            throw e;
        }
        shutdown.await();
    }
}
