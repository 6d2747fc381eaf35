package org.newsmon.app.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsmon eval}: scores parts of the pipeline on labelled local corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction or tagging on a labelled local corpus.",
        subcommands = {EvalEventsCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
