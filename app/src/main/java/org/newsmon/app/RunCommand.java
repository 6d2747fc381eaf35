package org.newsmon.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.UserException;
import org.newsmon.ingest.IngestSettings;
import org.newsmon.ingest.feed.FeedList;
import org.newsmon.kafka.EmbeddedKafka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs everything in one process and prints alerts as they come, until Ctrl-C.",
                "With no --bootstrap-servers it starts the embedded Kafka broker; with no --feeds it serves and "
                        + "reads the bundled demo feeds on 127.0.0.1."})
final class RunCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Option(names = "--feeds", arity = "1..*", paramLabel = "OPML|FILE|URL",
            description = "feeds to poll: an OPML file, a file of URLs (one per line), or URLs; default: the bundled demo")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--data-dir", defaultValue = "./data", description = "directory of the embedded broker's data and the "
            + "Streams state (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "port of the embedded broker (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Override
    public void run() {
        Shutdown shutdown = new Shutdown();
        try {
            Map<String, String> defaults = new HashMap<>();
            defaults.put(CommonSettings.STATE_DIR.name(), dataDir.resolve("streams").toString());
            if (feeds.isEmpty()) {
                // Our own loopback server: no need to space requests out politely.
                defaults.put(IngestSettings.HOST_MIN_DELAY.name(), "0ms");
            }
            // The whole configuration and the feed list are checked before the broker and the demo web start:
            // a typo must cost one line on stderr, not a broker start-up and a shutdown.
            options.load(defaults);
            List<URI> feedUris = feeds.isEmpty() ? null : FeedList.parse(feeds);
            if (options.bootstrapServers == null) {
                EmbeddedKafka kafka = shutdown.add(EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, "--kafka-port"));
                defaults.put(CommonSettings.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers());
            }
            if (feedUris == null) {
                DemoWeb demo = shutdown.add(DemoWeb.start());
                feedUris = demo.feeds();
                System.out.println("Serving the demo news web on " + demo.base() + " (" + feedUris.size() + " feeds).");
            }
            Config config = options.load(defaults);
            Pipeline pipeline = shutdown.add(Pipeline.start(config, feedUris, System.out));
            System.out.println("newsmon is running: Kafka " + config.get(CommonSettings.BOOTSTRAP_SERVERS)
                    + ", metrics on http://127.0.0.1:" + pipeline.httpPort() + "/metrics. Alerts print below; Ctrl-C stops.");
        } catch (IOException e) {
            shutdown.closeAll();
            throw new UserException("cannot read the feed list: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            shutdown.closeAll();
            throw e;
        }
        shutdown.await();
    }
}
