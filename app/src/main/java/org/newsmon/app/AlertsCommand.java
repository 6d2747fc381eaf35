package org.newsmon.app;

import java.util.List;
import java.util.Map;
import org.newsmon.alerts.AlertsService;
import org.newsmon.alerts.notify.ConsoleNotifier;
import org.newsmon.alerts.notify.Notifier;
import org.newsmon.core.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Runs the alerts service alone (Kafka Streams): news.enriched → news.alerts, one alert per "
                + "real-world event, delivered to the console and the notifiers of the config file (notifier.webhook.*, "
                + "notifier.email.*); Server-Sent Events on /alerts/stream.")
final class AlertsCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Option(names = "--quiet", description = "do not print alerts on the console")
    boolean quiet;

    @Override
    public void run() {
        Config config = options.load(Map.of());
        ServiceHost.serve("alerts", config, (registry, http) -> {
            // The webhook and email notifiers of the config file are added by AlertsService itself.
            List<Notifier> console = quiet ? List.of() : List.of(new ConsoleNotifier(System.out));
            AlertsService service = new AlertsService(config, registry, http, console);
            service.start();
            return new ServiceHost.Hosted(service, service::healthy);
        });
    }
}
