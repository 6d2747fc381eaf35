package org.newsmon.app;

import java.util.Map;
import org.newsmon.core.Config;
import org.newsmon.enrich.EnrichService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich service alone (Kafka Streams): news.raw → news.enriched, tagging entities, "
                + "sectors and events.")
final class EnrichCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Override
    public void run() {
        Config config = options.load(Map.of());
        ServiceHost.serve("enrich", config, (registry, http) -> {
            EnrichService service = Taggers.readingGazetteer(config, () -> new EnrichService(config, registry));
            service.start();
            return new ServiceHost.Hosted(service, service::healthy);
        });
    }
}
