package org.newsmon.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmon.app.replay.Backfill;
import org.newsmon.app.replay.PipelineTopics;
import org.newsmon.app.replay.ProgressBar;
import org.newsmon.app.replay.ReplaySummary;
import org.newsmon.core.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Ingests saved history as if fetched at its original time: directories of saved feed XML and HTML "
                + "pages, OPML files whose outlines name saved copies (archiveUrl), WARC files.",
                "Articles already ingested are skipped, so running it twice, or again after Ctrl-C, is safe. Prints a "
                        + "line {\"input\": ..., \"error\": ...} for each input that gave no document (the others go "
                        + "on) and a summary at the end; the exit code is 1 when any input failed."})
final class BackfillCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "directories, .opml, .warc or .warc.gz files, feeds, pages")
    List<Path> paths;

    @Override
    public Integer call() {
        Config config = options.load(Map.of());
        Backfill backfill = new Backfill(config, PipelineTopics.live(), Taggers.fromSettings(config), ProgressBar::console);
        BatchReport report = new BatchReport("backfill", System.out, System.err);
        ReplaySummary summary = Interruptible.run(backfill::stop, () -> {
            // printed inside the job: on Ctrl-C the JVM exits as soon as the job returns
            ReplaySummary s = backfill.run(paths, p -> report.failure(p.input(), p.error()));
            System.out.println("newsmon backfill " + s.describe("news.alerts"));
            return s;
        });
        return summary.completed() ? report.exitCode() : 130;
    }
}
