package org.newsmon.app.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run: records done of the total, rate and time left. On a terminal one line redrawn in place
 * (at most ten times a second); elsewhere (a log, a pipe) a plain line every {@code every}, so a log stays readable.
 * Not thread-safe: one thread reports.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final String label;
    private final PrintStream out;
    private final boolean terminal;
    private final long everyNanos;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long total;
    private long done;
    private long lastPrint;
    private boolean printed;

    /** On the console: a terminal when {@code System.console() != null}, plain lines every 5 s otherwise. */
    public static ProgressBar console(String label, long total) {
        return new ProgressBar(label, total, System.err, System.console() != null, Duration.ofSeconds(5), System::nanoTime);
    }

    public ProgressBar(String label, long total, PrintStream out, boolean terminal, Duration every, LongSupplier nanoClock) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        this.everyNanos = every.toNanos();
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastPrint = startNanos;
    }

    /** The total may grow (a topic still being written) or be learned late. */
    public void total(long newTotal) {
        total = newTotal;
    }

    public void advance(long records) {
        done += records;
        long now = nanoClock.getAsLong();
        if (now - lastPrint >= (terminal ? REDRAW_NANOS : everyNanos)) {
            print(now);
        }
    }

    public long done() {
        return done;
    }

    /** Prints the final state and, on a terminal, ends the line. */
    public void finish() {
        print(nanoClock.getAsLong());
        if (terminal) {
            out.println();
        }
        out.flush();
    }

    private void print(long now) {
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String line = render(label, done, total, done / seconds, terminal);
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        printed = true;
    }

    /** e.g. {@code replay [#######.......] 1200/5000  24%  310/s  ETA 0:12}; without the bar for plain lines. */
    static String render(String label, long done, long total, double rate, boolean bar) {
        StringBuilder s = new StringBuilder(label).append(' ');
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        if (bar) {
            int filled = (int) Math.round(fraction * WIDTH);
            s.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        }
        s.append(done).append('/').append(total).append(' ')
                .append(String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100))).append(' ')
                .append(String.format(Locale.ROOT, "%.0f/s", rate)).append(' ');
        long left = Math.max(0, total - done);
        if (rate <= 0) {
            s.append("ETA ?");
        } else {
            long eta = Math.round(left / rate);
            s.append(String.format(Locale.ROOT, "ETA %d:%02d", eta / 60, eta % 60));
        }
        return s.toString();
    }

    boolean printedAny() {
        return printed;
    }
}
