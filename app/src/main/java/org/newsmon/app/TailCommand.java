package org.newsmon.app;

import java.time.Duration;
import java.util.Map;
import org.newsmon.core.Config;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Subscribes to a topic and prints its records: human-readable by default, one JSON value per "
                + "line with --json. Reads committed records only and commits nothing.")
final class TailCommand implements Runnable {
    enum Which { alerts, enriched, raw }

    @Mixin
    ConfigOptions options;

    @Option(names = "--topic", defaultValue = "alerts", description = "alerts, enriched or raw (default: ${DEFAULT-VALUE})")
    Which topic;

    @Option(names = "--from-beginning", description = "print the records already on the topic, not only new ones")
    boolean fromBeginning;

    @Option(names = "--json", description = "one JSON value per line instead of the human-readable form")
    boolean json;

    @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "exit after this many seconds without a record")
    Integer idleExitSeconds;

    @Override
    public void run() {
        Config config = options.load(Map.of());
        String name = switch (topic) {
            case alerts -> Topics.ALERTS.name();
            case enriched -> Topics.ENRICHED.name();
            case raw -> Topics.RAW.name();
        };
        Duration idleExit = idleExitSeconds == null ? null : Duration.ofSeconds(idleExitSeconds);
        Tail.run(KafkaClients.connection(config), name, fromBeginning, json, idleExit, System.out);
    }
}
