package org.newsmon.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class KafkaExtensionTest {
    static KafkaCluster first;

    @BeforeAll
    static void remember(KafkaCluster cluster) {
        first = cluster;
    }

    @Test
    void givesOneWorkingClusterSharedByTheRun(KafkaCluster cluster) throws Exception {
        assertSame(first, cluster);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("extension-check", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        EmbeddedKafkaTest.produce(cluster.bootstrapServers(), "extension-check", List.of("Ханой"));
        assertEquals(List.of("Ханой"), EmbeddedKafkaTest.consumeAll(cluster.bootstrapServers(), "extension-check", 1));
    }
}
