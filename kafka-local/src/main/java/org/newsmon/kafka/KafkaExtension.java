package org.newsmon.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JUnit 5 extension that gives tests a {@link KafkaCluster} parameter (in constructors, {@code @BeforeAll},
 * {@code @BeforeEach} or test methods). One cluster per test run (JVM), shared by every test class and closed when
 * the run ends. Which cluster:
 * <ul>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS} set in the environment: that external cluster;</li>
 *   <li>system property {@code newsmon.test.kafka=testcontainers} and Docker available: Testcontainers' Kafka module
 *       with {@code apache/kafka:4.3.1};</li>
 *   <li>otherwise the embedded KRaft broker of this module, on free ports, data in a temporary directory.</li>
 * </ul>
 * Tests must not depend on which; each should use topic names or consumer groups of its own.
 */
public final class KafkaExtension implements ParameterResolver {
    private static final Logger log = LoggerFactory.getLogger(KafkaExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("cluster", key -> new Holder(startCluster()), Holder.class).cluster;
    }

    private static KafkaCluster startCluster() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            log.info("tests use the external Kafka at {}", external);
            return new External(external);
        }
        if ("testcontainers".equals(System.getProperty("newsmon.test.kafka"))) {
            if (ContainerKafka.dockerAvailable()) {
                return ContainerKafka.start();
            }
            log.warn("newsmon.test.kafka=testcontainers but Docker is not available: using the embedded broker");
        }
        return new Embedded();
    }

    /** Closes the cluster when the root context (the whole test run) closes. */
    @SuppressWarnings("deprecation") // CloseableResource for JUnit before 5.13, AutoCloseable after
    private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final KafkaCluster cluster;

        Holder(KafkaCluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public void close() throws Exception {
            if (cluster instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private record External(String bootstrapServers) implements KafkaCluster {
        @Override
        public String kind() {
            return "external";
        }

        @Override
        public void restart() {
            throw new UnsupportedOperationException("cannot restart an external cluster");
        }
    }

    private static final class Embedded implements KafkaCluster, AutoCloseable {
        private final Path dataDir;
        private EmbeddedKafka kafka;

        Embedded() {
            try {
                dataDir = Files.createTempDirectory("newsmon-test-kafka");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kafka = EmbeddedKafka.start(dataDir, 0, "(tests pick free ports)");
        }

        @Override
        public String bootstrapServers() {
            return kafka.bootstrapServers();
        }

        @Override
        public String kind() {
            return "embedded";
        }

        @Override
        public synchronized void restart() {
            int port = kafka.port();
            kafka.close();
            kafka = EmbeddedKafka.start(dataDir, port, "(tests pick free ports)");
        }

        @Override
        public void close() throws IOException {
            kafka.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
