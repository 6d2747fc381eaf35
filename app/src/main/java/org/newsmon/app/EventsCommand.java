package org.newsmon.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmon.core.Alert;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.Json;
import org.newsmon.core.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "The events alerted so far, newest first: reads the latest revision of every event from the "
                        + "compacted alerts topic and exits. Newest means the event's own (last) day, then its latest "
                        + "revision.",
                "",
                "Examples:",
                "  newsmon events --since 30d",
                "  newsmon events --kind visit --status announced,ongoing",
                "  newsmon events --sector oil-gas --sector energy --json",
                ""},
        footer = {"", "Each line: day(s), kind, status, title, [independent of all sources; sectors], event key. "
                + "Exit 2 when the topic does not exist or an option is wrong."})
final class EventsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--since", paramLabel = "TIME", description = "only events revised (first seen or changed) since "
            + "TIME: an age (30d, 12h, 45m), a date (2025-05-01, UTC) or an instant (2025-05-01T08:00:00Z)")
    String since;

    @Option(names = "--kind", paramLabel = "visit|agreement", description = "only this kind of event")
    String kind;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", description = "only these statuses (repeatable or "
            + "comma-separated): announced, ongoing, completed, cancelled (visits); planned, signed (agreements)")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "SECTOR", split = ",", description = "only events tagged with one of these "
            + "sectors (repeatable or comma-separated), e.g. oil-gas, energy, trade, education")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--json", description = "one Alert JSON per line (docs/alert.schema.json) instead of one summary line")
    boolean json;

    @Option(names = "--topic", paramLabel = "NAME", description = "the alerts topic to read (default: ${DEFAULT-VALUE}; "
            + "a replay's is NAME.alerts)", defaultValue = "news.alerts")
    String topic = Topics.ALERTS.name();

    @Override
    public void run() {
        EventsQuery query = query(Instant.now());
        Config config = options.load(Map.of());
        List<Alert> selected = query.select(AlertsSnapshot.read(config.get(CommonSettings.BOOTSTRAP_SERVERS), topic));
        PrintWriter out = spec.commandLine().getOut();
        for (Alert alert : selected) {
            out.println(json ? Json.write(alert) : EventsQuery.line(alert));
        }
        out.flush();
        if (!json) {
            spec.commandLine().getErr().println(selected.size() + " event(s)");
        }
    }

    /** The options as a query; every mistake in them reported at once. */
    EventsQuery query(Instant now) {
        return EventsQuery.parse(since, kind, statuses, sectors, now);
    }
}
