package org.newsmon.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the pipeline's topics at start-up, with their settings, leaving existing ones as they are. */
public final class TopicAdmin {
    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {}

    /**
     * Creates every topic of {@code topics} that does not exist yet, on the config's Kafka with its
     * {@link CommonSettings#TOPIC_PARTITIONS} and {@link CommonSettings#TOPIC_REPLICATION}.
     *
     * @throws UserException as {@link #ensureTopics(String, Collection, int, short)}
     */
    public static void ensureTopics(Config config, Collection<Topic<?, ?>> topics) {
        ensureTopics(KafkaClients.connection(config), topics, config.get(CommonSettings.TOPIC_PARTITIONS),
                config.get(CommonSettings.TOPIC_REPLICATION).shortValue());
    }

    /**
     * Creates every topic of {@code topics} that does not exist yet.
     *
     * @param partitions partitions of each new topic; the compacted bookkeeping topics get the same
     * @throws UserException when the cluster cannot be reached within 60 s, saying which address was tried
     */
    public static void ensureTopics(String bootstrapServers, Collection<Topic<?, ?>> topics, int partitions, short replication) {
        ensureTopics(KafkaClients.connection(bootstrapServers), topics, partitions, replication);
    }

    /** As {@link #ensureTopics(String, Collection, int, short)}, connecting with {@code connection}. */
    public static void ensureTopics(Properties connection, Collection<Topic<?, ?>> topics, int partitions, short replication) {
        String bootstrapServers = connection.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        Properties props = new Properties();
        props.putAll(connection);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), partitions, replication).configs(Map.copyOf(topic.configs())));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another service may have created them a moment ago; anything else is real.
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
            List<String> created = missing.stream().map(NewTopic::name).toList();
            awaitLeaders(admin, created);
            log.info("created topics {}", created);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            UserException refused = KafkaClients.explain(e);
            if (refused != null) {
                throw new UserException("Kafka at " + bootstrapServers + ": " + refused.getMessage(), e);
            }
            throw new UserException("cannot create topics on Kafka at " + bootstrapServers
                    + " (is it running? set --bootstrap-servers): " + e.getMessage(), e);
        }
    }

    /**
     * Returns once every partition of {@code topics} is served by its leader. Producing to a partition in the moment
     * its leader takes over has an idempotent producer's first batch refused (NOT_LEADER) while a later one is
     * appended, and the retry of the first then fails with OutOfOrderSequenceException until it times out.
     * DescribeProducers is answered by the partition leader itself, so its success is the signal.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException, ExecutionException,
            TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                // Described anew each round: a topic another service is creating at the same moment may not show yet.
                List<TopicPartition> partitions = new ArrayList<>();
                admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values().forEach(description ->
                        description.partitions().forEach(p ->
                                partitions.add(new TopicPartition(description.name(), p.partition()))));
                admin.describeProducers(partitions).all().get(60, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
