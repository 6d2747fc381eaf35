package org.newsmon.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** What a long-running command holds open, closed newest first on Ctrl-C (or on a failed start). */
final class Shutdown {
    private final List<AutoCloseable> resources = new ArrayList<>();

    /** Registers a resource to close; returns it. */
    <T extends AutoCloseable> T add(T resource) {
        resources.add(0, resource);
        return resource;
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes everything. */
    void await() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAll();
            stopped.countDown();
        }, "newsmon-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void closeAll() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("newsmon: closing " + resource.getClass().getSimpleName() + " failed: " + e);
            }
        }
        resources.clear();
    }
}
