package org.newsmon.app;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmon.app.replay.PipelineTopics;
import org.newsmon.app.replay.ProgressBar;
import org.newsmon.app.replay.ReplaySummary;
import org.newsmon.app.replay.Replayer;
import org.newsmon.app.replay.TimeArg;
import org.newsmon.core.Config;
import org.newsmon.core.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-runs history through today's enrich and alerts logic (gazetteer, lexicons, alert rules).",
                "Records are selected by record time (ingestion time). Ctrl-C stops after the batch in flight; the same "
                        + "command again resumes. Prints a summary at the end."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--since", required = true, paramLabel = "TIME",
            description = "start of the window: 2025-05-01T00:00:00Z, 2025-05-01 (UTC) or an age like 30d, 12h")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "end of the window (exclusive); default: now")
    String until;

    @Option(names = "--from", defaultValue = "raw", paramLabel = "archive|raw",
            description = "archive: re-parse the archived feeds and pages (extractor changes take effect); "
                    + "raw: start at news.raw (default: ${DEFAULT-VALUE})")
    String from;

    @Option(names = "--to", defaultValue = "live", paramLabel = "live|NAME",
            description = "live: rewrite news.enriched and revise news.alerts (never duplicated); NAME: write NAME.enriched "
                    + "and NAME.alerts to compare before switching over (default: ${DEFAULT-VALUE})")
    String to;

    @Option(names = "--fresh", description = "replay the whole window again, even what earlier runs to the same target already did")
    boolean fresh;

    @Override
    public Integer call() {
        Config config = options.load(Map.of());
        Instant now = Instant.now();
        Replayer.Source source = switch (from.toLowerCase(Locale.ROOT)) {
            case "archive" -> Replayer.Source.ARCHIVE;
            case "raw" -> Replayer.Source.RAW;
            default -> throw new UserException("--from must be archive or raw, got '" + from + "'");
        };
        Replayer.Request request = new Replayer.Request(source, TimeArg.parse(since, now),
                until == null ? null : TimeArg.parse(until, now), to, fresh);
        Replayer replayer = new Replayer(config, PipelineTopics.live(), Taggers.fromSettings(config), ProgressBar::console);
        // printed inside the job: on Ctrl-C the JVM exits as soon as the job returns
        ReplaySummary summary = Interruptible.run(replayer::stop, () -> {
            ReplaySummary s = replayer.replay(request);
            System.out.println("newsmon replay " + s.describe(to.equals("live") ? "news.alerts" : to + ".alerts"));
            return s;
        });
        return summary.completed() ? 0 : 130;
    }
}
