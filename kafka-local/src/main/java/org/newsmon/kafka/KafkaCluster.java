package org.newsmon.kafka;

/**
 * What a test gets from {@link KafkaExtension}: a Kafka cluster to talk to. Tests use only the bootstrap address,
 * so they run unchanged on the embedded broker, a Testcontainers broker or an external cluster.
 */
public interface KafkaCluster {
    String bootstrapServers();

    /** Which kind of cluster this is: "embedded", "testcontainers" or "external" (for logs, never for test logic). */
    String kind();

    /**
     * Stops and starts the broker on the same data, for fault tests.
     *
     * @throws UnsupportedOperationException when the cluster is not ours to restart (external)
     */
    void restart();
}
