package org.newsmon.alerts.notify;

import java.io.PrintStream;
import org.newsmon.core.Alert;

/** Prints each revision as one {@link AlertFormat#human} line. Thread-safe as far as the stream is. */
public final class ConsoleNotifier implements Notifier {
    private final PrintStream out;

    public ConsoleNotifier(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void deliver(Alert alert) {
        out.println(AlertFormat.human(alert));
        out.flush();
    }
}
