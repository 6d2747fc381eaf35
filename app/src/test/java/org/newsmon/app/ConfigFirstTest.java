package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `newsmon run` checks the whole configuration before it starts the embedded broker or the demo web. */
class ConfigFirstTest {
    private record Outcome(int exitCode, String err) {}

    private static Outcome run(String... args) {
        CommandLine cli = Newsmon.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        // Without the check the command would start everything and run until Ctrl-C: give up on it then.
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.execute(args));
        return new Outcome(code, err.toString());
    }

    private static String freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return String.valueOf(s.getLocalPort());
        }
    }

    @Test
    void aMisspeltSettingStopsRunBeforeTheBrokerStartsAndNamesTheNearestKey(@TempDir Path dir) throws Exception {
        Outcome outcome = run("run", "--data-dir", dir.toString(), "--kafka-port", freePort(), "--http-port", "0",
                "--set", "ingest.pol.interval=5m");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("--set ingest.pol.interval: unknown key (did you mean 'ingest.poll.interval'?)"),
                outcome.err());
        assertFalse(Files.exists(dir.resolve("kafka")), "the embedded broker was started");
    }

    @Test
    void aHalfConfiguredWebhookStopsRunBeforeTheBrokerStarts(@TempDir Path dir) throws Exception {
        Outcome outcome = run("run", "--data-dir", dir.toString(), "--kafka-port", freePort(), "--http-port", "0",
                "--set", "notifier.webhook.url=http://127.0.0.1:9/hook");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("notifier.webhook.secret: required with a webhook"), outcome.err());
        assertFalse(Files.exists(dir.resolve("kafka")), "the embedded broker was started");
    }
}
