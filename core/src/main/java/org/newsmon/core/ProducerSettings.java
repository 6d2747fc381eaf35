package org.newsmon.core;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The producer settings newsmon writes pipeline records with: ingest, replay and the bench's baseline alike. */
public final class ProducerSettings {
    private ProducerSettings() {}

    /**
     * Every {@code kafka.*} setting of the config, then: acks from all replicas and idempotence (a retry never
     * duplicates or reorders), records up to {@link Topics#MAX_RECORD_BYTES}, and, unless the config says otherwise,
     * zstd batches (the topics are stored so, and the broker does not recompress them) lingering 20 ms.
     */
    public static Properties durable(Config config, String bootstrapServers) {
        Properties props = new Properties();
        props.putAll(config.withPrefix("kafka."));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        return props;
    }
}
