package org.newsmon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsmon.app.bench.BenchCommand;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.UserException;
import org.newsmon.kafka.PortInUseException;
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
                EventsCommand.class,
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
        return commandLine().execute(args);
    }

    /** The command line with its error handling, not yet run (tests add commands and capture its output). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newsmon());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli;
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

    /** Exit code of a failure the user can fix: a setting, an argument, a file, the Kafka address, a port. */
    static final int USER_ERROR = 2;
    /** Exit code of a bug (sysexits.h EX_SOFTWARE): the user could not have prevented it, so it keeps its trace. */
    static final int BUG = 70;

    /**
     * Tells the user's mistakes from newsmon's: a {@link UserException} (anywhere in the cause chain), a taken
     * broker port, a failed read or write of a file or connection, or a bad {@code kafka.*} setting prints its
     * message alone and exits {@value #USER_ERROR}; anything else is a bug and prints its stack trace, exit
     * {@value #BUG}.
     */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            String prefix = "newsmon " + cli.getCommandName() + ": ";
            Throwable userError = userError(e);
            if (userError != null) {
                cli.getErr().println(prefix + userError.getMessage());
                return USER_ERROR;
            }
            cli.getErr().println(prefix + "internal error, a bug in newsmon (please report it with this trace): " + e);
            e.printStackTrace(cli.getErr());
            return BUG;
        }

        /** The first failure in {@code e}'s cause chain that the user can fix, or null for a bug. */
        private static Throwable userError(Throwable e) {
            // a refused login or an untrusted certificate: said in words, with the settings to check
            UserException refused = KafkaClients.explain(e);
            if (refused != null) {
                return refused;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UserException || t instanceof PortInUseException || t instanceof IOException
                        || t instanceof UncheckedIOException
                        || t instanceof org.apache.kafka.common.config.ConfigException) {
                    return t;
                }
            }
            return null;
        }
    }
}
