package org.newsmon.core;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings newsmon's Streams applications share: enrich, alerts and replay's alerts stage. */
public final class StreamsSettings {
    private StreamsSettings() {}

    /**
     * Exactly-once (v2) on the config's Kafka, state under {@link CommonSettings#STATE_DIR}, internal topics with
     * {@link CommonSettings#TOPIC_REPLICATION}, and producer requests up to {@link Topics#MAX_RECORD_BYTES}: a poison
     * record goes to the DLQ as the bytes it came as, and with the default 1 MiB a large one would fail the stream
     * thread again after every restart. Then {@code serviceSettings}, then every {@code kafka.*} pass-through setting
     * of the config, which overrides any of these.
     */
    public static Properties exactlyOnce(Config config, String applicationId, Map<String, ?> serviceSettings) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.get(CommonSettings.STATE_DIR));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(CommonSettings.TOPIC_REPLICATION));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_RECORD_BYTES);
        props.putAll(serviceSettings);
        props.putAll(config.withPrefix("kafka."));
        return props;
    }
}
