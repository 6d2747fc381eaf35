package org.newsmon.app;

import java.util.List;
import org.newsmon.ingest.FeedInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Parses feeds and prints what they hold, one JSON line per input: check a feed before adding it.")
final class FeedCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "feed files or URLs")
    List<String> inputs;

    @Override
    public void run() {
        for (String input : inputs) {
            System.out.println(FeedInspector.describe(input));
        }
    }
}
