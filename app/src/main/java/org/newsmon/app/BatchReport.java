package org.newsmon.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsmon.core.Json;

/**
 * The output of a command that handles a batch of inputs ({@code tag}, {@code feed}, {@code backfill}): one JSON line
 * per input on standard output, in input order, and for an input that could not be handled a line
 * {@code {"input": ..., "error": "<a sentence>"}} instead, after which the batch goes on. The exit code says whether
 * any input failed, and stderr how many. Not thread-safe.
 */
final class BatchReport {
    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private int inputs;
    private int failed;

    BatchReport(String command, PrintStream out, PrintStream err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    void result(String jsonLine) {
        line(jsonLine, false);
    }

    void failure(String input, String error) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("input", input);
        line.put("error", error);
        line(Json.write(line), true);
    }

    /** An input's line as it is, {@code failed} when it is an error line with {@code input} and {@code error}. */
    void line(String jsonLine, boolean failed) {
        inputs++;
        if (failed) {
            this.failed++;
        }
        out.println(jsonLine);
    }

    /** 0 when every input was handled, else 1 after saying on stderr how many failed. */
    int exitCode() {
        if (failed == 0) {
            return 0;
        }
        err.println("newsmon " + command + ": " + failed + " of " + inputs + " inputs failed");
        return 1;
    }

    /** A failure as a sentence for the error line: the message, with the exception's kind when it has none. */
    static String sentence(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
