package org.newsmon.app;

import org.newsmon.app.bench.BenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code newsmon} command: one subcommand per way of running the pipeline (DESIGN.md "The newsmon command"). */
@Command(name = "newsmon", mixinStandardHelpOptions = true, versionProvider = Newsmon.Version.class,
        description = "Watches the news about Azerbaijan–Vietnam relations: ingest, enrich, alerts on Kafka.",
        subcommands = {
                RunCommand.class,
                IngestCommand.class,
                EnrichCommand.class,
                AlertsCommand.class,
                TailCommand.class,
                TagCommand.class,
                FeedCommand.class,
                ConfigCommand.class,
                ReplayCommand.class,
                BackfillCommand.class,
                BrokerCommand.class,
                BenchCommand.class,
                EvalCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Newsmon implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Newsmon());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Newsmon.class.getPackage().getImplementationVersion();
            return new String[] {"newsmon " + (version == null ? "(development build)" : version)};
        }
    }

    /** Turns expected failures (bad config, taken port) into one clear message and exit code 2, without a stack trace. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            if (e instanceof org.newsmon.core.ConfigException || e instanceof IllegalStateException
                    || e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                cli.getErr().println("newsmon " + cli.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw new RuntimeException(e);
        }
    }
}
