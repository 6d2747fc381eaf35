package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A user's mistake is one line and exit 2; newsmon's own bug keeps its stack trace and exits 70. */
class CommandErrorsTest {

    @Command(name = "mistake")
    static final class Mistake implements Runnable {
        @Override
        public void run() {
            throw new UserException("--since takes a time, e.g. 2025-05-01");
        }
    }

    @Command(name = "bug")
    static final class Bug implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("an index out of its range");
        }
    }

    @Command(name = "wrapped")
    static final class WrappedMistake implements Runnable {
        @Override
        public void run() {
            throw new RuntimeException("start failed", new UserException("HTTP port 8080 is already in use"));
        }
    }

    /** What a command line with the test's commands wrote to stderr, and its exit code. */
    private record Outcome(int exitCode, String err) {
        List<String> lines() {
            return err.lines().toList();
        }
    }

    private static Outcome run(String... args) {
        CommandLine cli = Newsmon.commandLine();
        cli.addSubcommand(new Mistake());
        cli.addSubcommand(new Bug());
        cli.addSubcommand(new WrappedMistake());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void aUserErrorIsOneLineSayingWhatToDoAndExitTwo() {
        Outcome outcome = run("mistake");
        assertEquals(2, outcome.exitCode());
        assertEquals(List.of("newsmon mistake: --since takes a time, e.g. 2025-05-01"), outcome.lines());
    }

    @Test
    void aUserErrorInsideAnotherFailureIsStillTheUsers() {
        Outcome outcome = run("wrapped");
        assertEquals(2, outcome.exitCode());
        assertEquals(List.of("newsmon wrapped: HTTP port 8080 is already in use"), outcome.lines());
    }

    @Test
    void aBugKeepsItsStackTraceAndExitsWithSeventy() {
        Outcome outcome = run("bug");
        assertEquals(70, outcome.exitCode(), outcome.err());
        assertTrue(outcome.lines().get(0).startsWith("newsmon bug: internal error, a bug in newsmon"), outcome.err());
        assertTrue(outcome.err().contains("java.lang.IllegalStateException: an index out of its range"), outcome.err());
        assertTrue(outcome.err().contains("\tat " + Bug.class.getName() + ".run"), outcome.err());
    }

    @Test
    void aTimeThatIsNoTimeSaysWhichFormsAreAccepted() {
        Outcome outcome = run("replay", "--since", "last tuesday", "--bootstrap-servers", "127.0.0.1:1");
        assertEquals(2, outcome.exitCode());
        assertEquals(1, outcome.lines().size(), outcome.err());
        assertTrue(outcome.err().startsWith("newsmon replay: 'last tuesday' is not a time: use 2025-05-01T00:00:00Z"),
                outcome.err());
    }

    @Test
    void aMalformedGazetteerFileIsTheUsersErrorNamingTheSetting(@TempDir Path dir) throws Exception {
        Path gazetteer = dir.resolve("my-gazetteer.txt");
        Files.writeString(gazetteer, "BUILDING|b:1|B|AZ|B\n");
        Path text = dir.resolve("report.txt");
        Files.writeString(text, "Ilham Aliyev met To Lam in Baku.\n");

        Outcome outcome = run("tag", "--set", "enrich.gazetteer.file=" + gazetteer, text.toString());

        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals(1, outcome.lines().size(), outcome.err());
        assertTrue(outcome.err().startsWith("newsmon tag: enrich.gazetteer.file " + gazetteer + ": bad gazetteer: "),
                outcome.err());
        assertTrue(outcome.err().contains(gazetteer + ":1: unknown kind 'BUILDING'"), outcome.err());
    }
}
