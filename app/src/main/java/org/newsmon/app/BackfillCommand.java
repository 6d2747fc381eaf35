package org.newsmon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmon.app.replay.Backfill;
import org.newsmon.app.replay.PipelineTopics;
import org.newsmon.app.replay.ProgressBar;
import org.newsmon.app.replay.ReplaySummary;
import org.newsmon.core.Config;
import org.newsmon.enrich.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Ingests saved history as if fetched at its original time: directories of saved feed XML and HTML "
                + "pages, OPML files whose outlines name saved copies (archiveUrl), WARC files.",
                "Articles already ingested are skipped, so running it twice, or again after Ctrl-C, is safe. Prints a "
                        + "summary at the end."})
final class BackfillCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "directories, .opml, .warc or .warc.gz files, feeds, pages")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Config config = options.load(Map.of());
        Backfill backfill = new Backfill(config, PipelineTopics.live(), Tagger.fromSettings(config), ProgressBar::console);
        ReplaySummary summary;
        try {
            summary = Interruptible.run(backfill::stop, () -> {
                try {
                    // printed inside the job: on Ctrl-C the JVM exits as soon as the job returns
                    ReplaySummary s = backfill.run(paths);
                    System.out.println("newsmon backfill " + s.describe("news.alerts"));
                    return s;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return summary.completed() ? 0 : 130;
    }
}
