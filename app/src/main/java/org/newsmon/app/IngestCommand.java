package org.newsmon.app;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.newsmon.core.Config;
import org.newsmon.core.UserException;
import org.newsmon.ingest.IngestService;
import org.newsmon.ingest.feed.FeedList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Runs the ingest service alone: polls the feeds, fetches and extracts the articles, and "
                + "produces them to news.raw (and news.archive, news.feed-state).")
final class IngestCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Option(names = "--feeds", arity = "1..*", required = true, paramLabel = "OPML|FILE|URL",
            description = "feeds to poll: an OPML file, a file of URLs (one per line), or URLs")
    List<String> feeds;

    @Override
    public void run() {
        Config config = options.load(Map.of());
        try {
            var feedUris = FeedList.parse(feeds);
            ServiceHost.serve("ingest", config, (registry, http) -> {
                IngestService service = new IngestService(config, feedUris, registry, http);
                service.start();
                return new ServiceHost.Hosted(service, () -> true); // no stream threads that could die: up while it runs
            });
        } catch (IOException e) {
            throw new UserException("cannot read the feed list: " + e.getMessage(), e);
        }
    }
}
