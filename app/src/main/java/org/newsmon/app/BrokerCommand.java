package org.newsmon.app;

import java.nio.file.Path;
import org.newsmon.kafka.EmbeddedKafka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs the embedded single-node Kafka broker (KRaft) alone, until Ctrl-C.")
final class BrokerCommand implements Runnable {
    @Option(names = "--kafka-port", defaultValue = "9092", description = "port of the broker (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", defaultValue = "./data", description = "directory of the broker's data (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Override
    public void run() {
        Shutdown shutdown = new Shutdown();
        EmbeddedKafka kafka = shutdown.add(EmbeddedKafka.start(dataDir.resolve("kafka"), port, "--kafka-port"));
        System.out.println("Kafka broker on " + kafka.bootstrapServers() + ", data in " + kafka.dataDir().toAbsolutePath()
                + ". Ctrl-C stops it.");
        shutdown.await();
    }
}
