package org.newsmon.kafka;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka in a container (Testcontainers' Kafka module), for {@link KafkaExtension}. A class of its own so that
 * Testcontainers is loaded only when asked for.
 */
final class ContainerKafka implements KafkaCluster, AutoCloseable {
    static final String IMAGE = "apache/kafka:4.3.1";
    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | NoClassDefFoundError e) {
            return false;
        }
    }

    static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "testcontainers";
    }

    @Override
    public void restart() {
        // A restarted container gets a new mapped port that the broker does not advertise: not supported, and fault
        // tests assume the embedded broker.
        throw new UnsupportedOperationException("restart is supported on the embedded broker only");
    }

    @Override
    public void close() {
        container.stop();
    }
}
