package org.newsmon.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsmon.ingest.FeedInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Parses feeds and prints what they hold, one JSON line per input: check a feed before adding it.",
                "An input that cannot be read or is not a feed gives a line {\"input\": ..., \"error\": ...} and the "
                        + "others go on; the exit code is 1 when any failed."})
final class FeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "feed files (.gz ones gunzipped) or URLs")
    List<String> inputs;

    @Override
    public Integer call() {
        BatchReport report = new BatchReport("feed", System.out, System.err);
        for (String input : inputs) {
            FeedInspector.Description description = FeedInspector.describe(input);
            report.line(description.json(), description.failed());
        }
        return report.exitCode();
    }
}
