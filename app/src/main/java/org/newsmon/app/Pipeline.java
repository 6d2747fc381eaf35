package org.newsmon.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.newsmon.alerts.AlertsService;
import org.newsmon.alerts.notify.ConsoleNotifier;
import org.newsmon.alerts.notify.Notifier;
import org.newsmon.core.Config;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.enrich.EnrichService;
import org.newsmon.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three services in one process, against one Kafka: what {@code newsmon run} runs. Creates the topics, opens
 * the HTTP endpoint (metrics, health and the status page), starts enrich and alerts before ingest (so nothing waits
 * on an idle consumer), and closes in the reverse order. Not thread-safe.
 */
final class Pipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final HttpEndpoint http;

    private Pipeline(HttpEndpoint http) {
        this.http = http;
    }

    /**
     * @param feeds     the feeds to poll
     * @param alertsOut where the console notifier prints alerts; null for no console output
     */
    static Pipeline start(Config config, List<URI> feeds, PrintStream alertsOut) {
        TopicAdmin.ensureTopics(config, Topics.ALL);
        PrometheusMeterRegistry registry = HttpEndpoint.newRegistry();
        // /health answers from the services once they exist; UP while they are being started.
        AtomicReference<BooleanSupplier> health = new AtomicReference<>(() -> true);
        HttpEndpoint http = HttpEndpoint.start(config, registry,
                () -> health.get().getAsBoolean());
        Pipeline pipeline = new Pipeline(http);
        pipeline.running.push(http);
        try {
            EnrichService enrich = Taggers.readingGazetteer(config, () -> new EnrichService(config, registry));
            pipeline.running.push(enrich);
            enrich.start();
            // The webhook and email notifiers of the config file are added by AlertsService itself.
            List<Notifier> notifiers = alertsOut == null ? List.of() : List.of(new ConsoleNotifier(alertsOut));
            AlertsService alerts = new AlertsService(config, registry, http, notifiers);
            pipeline.running.push(alerts);
            alerts.start();
            IngestService ingest = new IngestService(config, feeds, registry, http);
            pipeline.running.push(ingest);
            ingest.start();
            pipeline.running.push(StatusBoard.start(KafkaClients.connection(config), http));
            health.set(() -> alerts.healthy() && enrich.healthy());
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }


    int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable service = running.pop();
            try {
                service.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", service.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
