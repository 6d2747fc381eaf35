package org.newsmon.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where this process's CPU goes, split by thread name into the parts of the pipeline, so a benchmark shows what to
 * tune rather than a total alone. Stream threads (and their clients' network threads) carry their application id;
 * the bench's own clients and threads are {@code bench}; every other Java thread of the process is the embedded
 * broker; CPU not on any Java thread (garbage collection, the JIT compiler) is {@code jvm}.
 */
final class CpuBreakdown {
    static final String[] PARTS = {"enrich", "alerts", "broker", "bench", "jvm"};

    /** CPU nanoseconds per part at one moment; threads that ended since an earlier snapshot are lost to it. */
    record Snapshot(Map<Long, Long> threadNanos, Map<Long, String> threadPart, long processNanos) {}

    private CpuBreakdown() {}

    static Snapshot take() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new LinkedHashMap<>();
        Map<Long, String> parts = new LinkedHashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue; // ended between the two calls
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                nanos.put(info.getThreadId(), cpu);
                parts.put(info.getThreadId(), part(info.getThreadName()));
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new Snapshot(nanos, parts, process);
    }

    static String part(String threadName) {
        if (threadName.contains("-enrich-")) {
            return "enrich";
        }
        if (threadName.contains("-alerts-")) {
            return "alerts";
        }
        if (threadName.startsWith("newsmon-bench") || threadName.contains("| bench-") || threadName.equals("main")) {
            return "bench";
        }
        return "broker";
    }

    /** Milliseconds of CPU per record between two snapshots, per part, in {@link #PARTS} order. */
    static Map<String, Double> msPerRecord(Snapshot before, Snapshot after, int records) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : PARTS) {
            out.put(part, 0.0);
        }
        double threadsTotal = 0;
        for (Map.Entry<Long, Long> e : after.threadNanos().entrySet()) {
            double spent = e.getValue() - before.threadNanos().getOrDefault(e.getKey(), 0L);
            out.merge(after.threadPart().get(e.getKey()), spent, Double::sum);
            threadsTotal += spent;
        }
        out.put("jvm", Math.max(0, after.processNanos() - before.processNanos() - threadsTotal));
        out.replaceAll((part, nanos) -> nanos / 1e6 / records);
        return out;
    }
}
