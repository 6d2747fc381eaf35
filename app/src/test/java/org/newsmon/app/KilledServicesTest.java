package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * Enrich and alerts are killed mid-stream (SIGKILL of the {@code newsmon enrich} / {@code newsmon alerts} process:
 * no close, no commit, an open transaction left behind) and replaced by new instances with the same application
 * ids and state directories: every article is still enriched once and every event alerted once (read_committed).
 * A broker of its own, since the services use the pipeline's fixed topic names.
 */
class KilledServicesTest {
    private static final int PARTITIONS = 3;
    private static final int ARTICLES = 400;
    /** Kafka's least session timeout: the dead member's partitions move after this, not after the default 45 s. */
    private static final String SESSION_TIMEOUT = "6000";

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void killedServicesAreReplacedWithoutLossOrDuplicates(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, "(test)")) {
            String bootstrap = kafka.bootstrapServers();
            TopicAdmin.ensureTopics(bootstrap, Topics.ALL, PARTITIONS, (short) 1);
            Map<String, String> common = Map.of(
                    CommonSettings.BOOTSTRAP_SERVERS.name(), bootstrap,
                    CommonSettings.TOPIC_PARTITIONS.name(), Integer.toString(PARTITIONS),
                    "kafka.session.timeout.ms", SESSION_TIMEOUT);
            Path enrichState = dir.resolve("enrich-state");
            Path alertsState = dir.resolve("alerts-state");
            SyntheticArticles articles = new SyntheticArticles("killed", 5);
            List<Integer> numbers = new ArrayList<>(IntStream.range(0, ARTICLES).boxed().toList());
            SimpleMeterRegistry registry = new SimpleMeterRegistry();

            Process enrichProcess = spawn(dir.resolve("enrich.log"), "enrich", common, enrichState);
            Process alertsProcess = spawn(dir.resolve("alerts.log"), "alerts", common, alertsState);
            try (ArrivalTracker tracker = new ArrivalTracker(bootstrap);
                 KafkaProducer<byte[], byte[]> producer = PipelineRecords.producer(bootstrap)) {
                numbers.forEach(n -> PipelineRecords.send(producer, Topics.RAW.name(), articles, n));
                producer.flush();

                assertTrue(tracker.await(() -> enriched(tracker, articles, numbers) >= ARTICLES / 6, PipelineRecords.WAIT),
                        "the enrich process never got going; see " + dir.resolve("enrich.log"));
                enrichProcess.destroyForcibly().waitFor();
                System.out.printf("killed the enrich process with %d of %d articles enriched%n",
                        enriched(tracker, articles, numbers), ARTICLES);
                try (EnrichService enrich = new EnrichService(config(common, enrichState), registry)) {
                    enrich.start();
                    long alerting = numbers.stream().filter(articles::alerts).count();
                    assertTrue(tracker.await(() -> alerted(tracker, articles, numbers) >= alerting / 4, PipelineRecords.WAIT),
                            "the alerts process never got going; see " + dir.resolve("alerts.log"));
                    alertsProcess.destroyForcibly().waitFor();
                    System.out.printf("killed the alerts process with %d of %d events alerted%n",
                            alerted(tracker, articles, numbers), alerting);
                    try (AlertsService alerts = new AlertsService(config(common, alertsState), registry, null, List.of())) {
                        alerts.start();
                        List<Integer> fences = PipelineRecords.fences(articles, ARTICLES, PARTITIONS);
                        fences.forEach(n -> PipelineRecords.send(producer, Topics.RAW.name(), articles, n));
                        producer.flush();
                        numbers.addAll(fences);
                        assertTrue(tracker.await(() -> fences.stream().allMatch(n -> tracker.alertedAt(articles.id(n)) != null),
                                PipelineRecords.WAIT), "the replacements did not take over");
                    }
                }
            } finally {
                enrichProcess.destroyForcibly();
                alertsProcess.destroyForcibly();
            }
            PipelineRecords.assertEachExactlyOnce(bootstrap, articles, numbers);
        }
    }

    private static long enriched(ArrivalTracker tracker, SyntheticArticles articles, List<Integer> numbers) {
        return numbers.stream().filter(n -> tracker.enrichedAt(articles.id(n)) != null).count();
    }

    private static long alerted(ArrivalTracker tracker, SyntheticArticles articles, List<Integer> numbers) {
        return numbers.stream().filter(n -> tracker.alertedAt(articles.id(n)) != null).count();
    }

    private static Config config(Map<String, String> common, Path state) {
        Map<String, String> values = new java.util.HashMap<>(common);
        values.put(CommonSettings.STATE_DIR.name(), state.toString());
        return Config.of(values, ConfigOptions.ALL_KEYS);
    }

    /** {@code newsmon <service>} in a JVM of its own (this test's classpath), output to {@code log}. */
    private static Process spawn(Path log, String service, Map<String, String> common, Path state) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Newsmon.class.getName(), service,
                "--http-port", "0", "--set", CommonSettings.STATE_DIR.name() + "=" + state));
        common.forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
        if (service.equals("alerts")) {
            command.add("--quiet");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
