package org.newsmon.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.newsmon.core.Alert;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.JsonSerde;
import org.newsmon.core.Topic;
import org.newsmon.core.Topics;

/**
 * news.enriched → news.alerts: one alert per real-world visit or signed agreement between the watched countries,
 * revised as more reports of it arrive. Run it with {@code processing.guarantee=exactly_once_v2}
 * ({@link AlertsService} does) so a revision is published exactly when its state is stored.
 */
public final class AlertsTopology {
    private AlertsTopology() {}

    /** The state store of tracked events (changelog-backed), keyed by event key. */
    public static final String STORE = "alert-events";

    /** The default topics: news.enriched in, news.alerts out, news.dlq for unreadable records. */
    public static Topology topology(Collection<String> watchedCountries, MeterRegistry registry) {
        return topology(Topics.ENRICHED, Topics.ALERTS, Topics.DLQ.name(), watchedCountries, registry);
    }

    /**
     * @param input            articles (replay passes a renamed topic)
     * @param output           alerts
     * @param dlqTopic         where unreadable input goes, bytes unchanged, reason in headers
     * @param watchedCountries ISO codes, at least two
     * @throws IllegalArgumentException when fewer than two countries are watched
     */
    public static Topology topology(Topic<String, EnrichedArticle> input, Topic<String, Alert> output, String dlqTopic,
                                    Collection<String> watchedCountries, MeterRegistry registry) {
        AlertableEvents alertable = new AlertableEvents(watchedCountries);
        AlertsMetrics metrics = new AlertsMetrics(registry);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(TrackedEvent.class)));

        // Bytes in, so a record that is not an article becomes a dead letter instead of stopping the service.
        Map<String, KStream<String, ArticleDecoder.Decoded>> decoded = builder
                .stream(input.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-articles"))
                .process(() -> new ArticleDecoder(alertable, metrics), Named.as("decode-articles"))
                .split(Named.as("decoded-"))
                .branch((key, d) -> d.dead(), Branched.as("dead"))
                .defaultBranch(Branched.as("sightings"));

        decoded.get("decoded-dead")
                .map((key, d) -> KeyValue.pair(d.deadKey(), d.deadValue()), Named.as("dead-letter-bytes"))
                .to(dlqTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("write-dlq"));

        decoded.get("decoded-sightings")
                .mapValues(ArticleDecoder.Decoded::sighting, Named.as("sighting"))
                // Re-keyed by pair (kind, parties, direction): every report that may be the same event meets the
                // same task and store, whichever partition its article came from.
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(Sighting.class)).withName("sightings-by-pair"))
                .process(() -> new ClusterProcessor(STORE, metrics), Named.as("cluster-events"), STORE)
                .to(output.name(), Produced.with(output.keySerde(), output.valueSerde()).withName("write-alerts"));
        return builder.build();
    }
}
