package org.newsmon.app.replay;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.newsmon.alerts.AlertsSettings;
import org.newsmon.alerts.AlertsTopology;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.enrich.EnrichTopology;
import org.newsmon.enrich.Tagger;

/** The live enrich and alerts services' topologies over a (suffixed) topic set, each run until caught up. */
public final class LivePath {
    private LivePath() {}

    public static void run(Config config, PipelineTopics topics, String enrichApplication) {
        Properties enrich = EnrichTopology.streamsConfig(config, enrichApplication);
        enrich.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        boolean ok = StreamsCatchUp.run(EnrichTopology.topology(Tagger.fromSettings(config), topics.raw().name(),
                topics.enriched().name(), topics.dlq().name()), enrich, List.of(topics.raw().name()),
                Duration.ofMinutes(3), () -> false);
        if (!ok) {
            throw new AssertionError("live enrich did not catch up");
        }
        Properties alerts = EnrichTopology.streamsConfig(config, config.get(AlertsSettings.APPLICATION_ID));
        alerts.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        alerts.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(CommonSettings.TOPIC_REPLICATION));
        ok = StreamsCatchUp.run(AlertsTopology.topology(topics.enriched(), topics.alerts(), topics.dlq().name(),
                        config.get(AlertsSettings.WATCH_COUNTRIES), new SimpleMeterRegistry()), alerts,
                List.of(topics.enriched().name()), Duration.ofMinutes(3), () -> false);
        if (!ok) {
            throw new AssertionError("live alerts did not catch up");
        }
    }
}
