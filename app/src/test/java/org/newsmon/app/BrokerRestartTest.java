package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.alerts.AlertsService;
import org.newsmon.app.bench.ArrivalTracker;
import org.newsmon.app.bench.SyntheticArticles;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.enrich.EnrichService;
import org.newsmon.kafka.EmbeddedKafka;

/**
 * The broker restarts while articles stream through enrich and alerts: both services carry on by themselves, and
 * every article is enriched once and every event alerted once (read_committed). A broker of its own, so the
 * restart disturbs no other test.
 */
class BrokerRestartTest {
    private static final int PARTITIONS = 3;
    private static final int ARTICLES = 300;

    @Test
    @Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
    void pipelineResumesAfterBrokerRestartWithEveryOutputExactlyOnce(@TempDir Path dir) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, "(test)");
        try {
            String bootstrap = kafka.bootstrapServers();
            TopicAdmin.ensureTopics(bootstrap, Topics.ALL, PARTITIONS, (short) 1);
            Config config = Config.of(Map.of(
                    CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrap,
                    CommonSettings.STATE_DIR.name(), dir.resolve("streams").toString(),
                    CommonSettings.TOPIC_PARTITIONS.name(), Integer.toString(PARTITIONS)), ConfigOptions.ALL_KEYS);
            SyntheticArticles articles = new SyntheticArticles("restart", 5);
            List<Integer> numbers = new ArrayList<>();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (EnrichService enrich = new EnrichService(config, registry);
                 AlertsService alerts = new AlertsService(config, registry, null, List.of());
                 ArrivalTracker tracker = new ArrivalTracker(bootstrap);
                 KafkaProducer<byte[], byte[]> producer = PipelineRecords.producer(bootstrap)) {
                enrich.start();
                alerts.start();
                for (int n = 0; n < ARTICLES / 2; n++) {
                    PipelineRecords.send(producer, Topics.RAW.name(), articles, n);
                    numbers.add(n);
                }
                producer.flush();
                // Restart while the first half is still being worked on (or, on a fast machine, just after).
                assertTrue(tracker.await(() -> tracker.enrichedAt(articles.id(0)) != null, PipelineRecords.WAIT),
                        "enrich never started");
                System.out.printf("restarting the broker with %d of %d articles enriched%n", numbers.stream()
                        .filter(n -> tracker.enrichedAt(articles.id(n)) != null).count(), ARTICLES);
                int port = kafka.port();
                kafka.close();
                kafka = EmbeddedKafka.start(dir.resolve("kafka"), port, "(test)");

                for (int n = ARTICLES / 2; n < ARTICLES; n++) {
                    PipelineRecords.send(producer, Topics.RAW.name(), articles, n);
                    numbers.add(n);
                }
                List<Integer> fences = PipelineRecords.fences(articles, ARTICLES, PARTITIONS);
                fences.forEach(n -> PipelineRecords.send(producer, Topics.RAW.name(), articles, n));
                producer.flush();
                numbers.addAll(fences);
                assertTrue(tracker.await(() -> fences.stream().allMatch(n -> tracker.alertedAt(articles.id(n)) != null),
                        PipelineRecords.WAIT), "the pipeline did not resume after the broker restart");
                assertTrue(enrich.state().isRunningOrRebalancing(), "enrich state " + enrich.state());
                assertTrue(alerts.healthy(), "alerts service unhealthy");
            }
            PipelineRecords.assertEachExactlyOnce(bootstrap, articles, numbers);
        } finally {
            kafka.close();
        }
    }
}
