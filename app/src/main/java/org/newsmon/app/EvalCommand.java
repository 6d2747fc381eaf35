package org.newsmon.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsmon eval}: a parent for the commands that score a part of the pipeline on a labelled local corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a part of the pipeline on a labelled local corpus.",
        subcommands = {EvalExtractionCommand.class, org.newsmon.app.eval.EvalEventsCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
