package org.newsmon.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BiFunction;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;

/** Runs one service alone (the {@code ingest}, {@code enrich} and {@code alerts} commands) until Ctrl-C. */
final class ServiceHost {
    private ServiceHost() {}

    /**
     * Creates the topics if missing, serves {@code /metrics} and {@code /health}, starts the service, and blocks.
     *
     * @param starter builds and starts the service from its registry and HTTP endpoint
     */
    static void serve(String name, Config config, BiFunction<PrometheusMeterRegistry, HttpEndpoint, AutoCloseable> starter) {
        Shutdown shutdown = new Shutdown();
        try {
            TopicAdmin.ensureTopics(config.get(CommonSettings.BOOTSTRAP_SERVERS), Topics.ALL,
                    config.get(CommonSettings.TOPIC_PARTITIONS), config.get(CommonSettings.TOPIC_REPLICATION).shortValue());
            PrometheusMeterRegistry registry = HttpEndpoint.newRegistry();
            HttpEndpoint http = shutdown.add(HttpEndpoint.start("0.0.0.0", config.get(CommonSettings.HTTP_PORT), registry, () -> true));
            shutdown.add(starter.apply(registry, http));
            System.out.println("newsmon " + name + " is running against Kafka " + config.get(CommonSettings.BOOTSTRAP_SERVERS)
                    + "; metrics on http://127.0.0.1:" + http.port() + "/metrics. Ctrl-C stops.");
        } catch (RuntimeException e) {
            shutdown.closeAll();
            throw e;
        }
        shutdown.await();
    }
}
