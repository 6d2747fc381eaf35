package org.newsmon.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a batch job so that Ctrl-C asks it to stop after its current step (its progress committed) instead of
 * killing it mid-transaction: the shutdown hook calls {@code stop} and waits up to a minute for the job to return.
 */
final class Interruptible {
    private Interruptible() {}

    static <T> T run(Runnable stop, Supplier<T> job) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsmon-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return job.get();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for us, and we are done
            }
        }
    }
}
