package org.newsmon.app.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsmon.alerts.AlertsService;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ProducerSettings;
import org.newsmon.core.Topic;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.enrich.EnrichService;

/**
 * Throughput and latency of the enrich and alerts services together, on a real broker. The services are the
 * production classes with the production settings (plus whatever {@code kafka.*} the config adds), under
 * application ids of their own, so their tuning is what is measured.
 *
 * <p>Throughput: the same pre-serialised articles are written once by a bare producer to a topic of their own
 * (the baseline: records/s the broker takes from one producer) and once to {@code news.raw} with the services
 * running, timed until the last is on {@code news.enriched} and every expected alert on {@code news.alerts}.
 * Both phases also report process CPU per record, steadier than rates on a shared machine, and split by part
 * ({@link CpuBreakdown}). Latency: articles sent at a fixed rate, each timed from {@code send} to its first
 * appearance on each topic.
 */
final class PipelineBench {
    /** What one run measured. Rates in records/s, CPU in ms of process CPU per record, latencies in ms. */
    record Result(int articles, double baselinePerSecond, double pipelinePerSecond, double baselineCpuMs,
                  double pipelineCpuMs, Map<String, Double> baselineCpuByPart, Map<String, Double> pipelineCpuByPart,
                  Latency low, Latency half) {
        double ratio() {
            return pipelinePerSecond / baselinePerSecond;
        }
    }

    /** Latencies at one input rate: to news.enriched (every article) and to news.alerts (the alerting ones). */
    record Latency(double rate, int articles, Percentiles enriched, Percentiles alerts) {}

    record Percentiles(double p50, double p95, double p99) {
        static Percentiles of(List<Double> values) {
            if (values.isEmpty()) {
                return new Percentiles(Double.NaN, Double.NaN, Double.NaN);
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Percentiles(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
        }

        private static double at(double[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }

    /**
     * @param articles       articles in the throughput phase
     * @param lowRate        articles/s of the low-rate latency phase
     * @param latencyPhase   how long each latency phase sends
     * @param alertEvery     every how many articles one raises an alert
     */
    record Plan(int articles, double lowRate, Duration latencyPhase, int alertEvery) {}

    private static final Duration WAIT = Duration.ofMinutes(5);
    /** Fewest warm-up articles: enough for group joins, task assignment and connections. */
    private static final int MIN_WARM_UP = 20;

    private final Config config;
    private final String bootstrap;
    private final SyntheticArticles synthetic;
    private final String runId;
    private volatile Exception sendFailure;
    private int next; // the next unused article number: every phase uses fresh articles (and event days)

    PipelineBench(Config config, String runId, int alertEvery) {
        this.config = config;
        this.bootstrap = config.get(CommonSettings.BOOTSTRAP_SERVERS);
        this.runId = runId;
        this.synthetic = new SyntheticArticles(runId, alertEvery);
    }

    Result run(Plan plan) throws InterruptedException {
        Topic<String, ?> baselineTopic = Topics.RAW.renamed("bench." + runId + ".baseline");
        TopicAdmin.ensureTopics(config, List.of(Topics.RAW, Topics.ENRICHED, Topics.ALERTS, Topics.DLQ, baselineTopic));
        // Each phase first runs half as many articles unmeasured, so both are timed with compiled code (a cold JIT
        // made the bare producer look several times slower than it is) and the pipeline with its groups joined.
        int first = Math.max(MIN_WARM_UP, plan.articles() / 2);
        List<byte[][]> warmUp = serialise(0, first);
        List<byte[][]> records = serialise(first, plan.articles());
        double baseline;
        double baselineCpuMs;
        Map<String, Double> baselineCpuByPart;
        try (KafkaProducer<byte[], byte[]> producer = newProducer("bench-baseline")) {
            send(producer, baselineTopic.name(), warmUp);
            flush(producer);
            long t0 = System.nanoTime();
            CpuBreakdown.Snapshot cpu0 = CpuBreakdown.take();
            send(producer, baselineTopic.name(), records);
            flush(producer);
            baseline = plan.articles() / seconds(System.nanoTime() - t0);
            CpuBreakdown.Snapshot cpu1 = CpuBreakdown.take();
            baselineCpuMs = (cpu1.processNanos() - cpu0.processNanos()) / 1e6 / plan.articles();
            baselineCpuByPart = CpuBreakdown.msPerRecord(cpu0, cpu1, plan.articles());
        }

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (EnrichService enrich = new EnrichService(config, registry);
             AlertsService alerts = new AlertsService(config, registry, null, List.of());
             ArrivalTracker tracker = new ArrivalTracker(bootstrap);
             KafkaProducer<byte[], byte[]> producer = newProducer("bench-pipeline")) {
            enrich.start();
            alerts.start();
            send(producer, Topics.RAW.name(), warmUp);
            flush(producer);
            awaitAll(tracker, range(0, first), "warm-up");

            next = first;
            long t0 = System.nanoTime();
            CpuBreakdown.Snapshot cpu0 = CpuBreakdown.take();
            send(producer, Topics.RAW.name(), records);
            flush(producer);
            awaitAll(tracker, range(first, plan.articles()), "throughput");
            double pipeline = plan.articles() / seconds(System.nanoTime() - t0);
            CpuBreakdown.Snapshot cpu1 = CpuBreakdown.take();
            double pipelineCpuMs = (cpu1.processNanos() - cpu0.processNanos()) / 1e6 / plan.articles();
            next = first + plan.articles();

            Latency low = latency(producer, tracker, plan.lowRate(), plan.latencyPhase());
            Latency half = latency(producer, tracker, Math.max(plan.lowRate(), pipeline / 2), plan.latencyPhase());
            return new Result(plan.articles(), baseline, pipeline, baselineCpuMs, pipelineCpuMs, baselineCpuByPart,
                    CpuBreakdown.msPerRecord(cpu0, cpu1, plan.articles()), low, half);
        }
    }

    /** Sends at {@code rate} for {@code phase}, each article at its scheduled time, and measures every one. */
    private Latency latency(KafkaProducer<byte[], byte[]> producer, ArrivalTracker tracker, double rate, Duration phase)
            throws InterruptedException {
        int count = Math.max(10, (int) (rate * phase.toMillis() / 1000.0));
        int from = next;
        next += count;
        List<byte[][]> records = serialise(from, count);
        long[] sentAt = new long[count];
        long start = System.nanoTime();
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sentAt[i] = System.nanoTime();
            producer.send(new ProducerRecord<>(Topics.RAW.name(), records.get(i)[0], records.get(i)[1]), this::onSent);
        }
        flush(producer);
        List<Integer> numbers = range(from, count);
        awaitAll(tracker, numbers, "latency at " + Math.round(rate) + "/s");
        List<Double> toEnriched = new ArrayList<>();
        List<Double> toAlerts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = synthetic.id(from + i);
            toEnriched.add((tracker.enrichedAt(id) - sentAt[i]) / 1e6);
            if (synthetic.alerts(from + i)) {
                toAlerts.add((tracker.alertedAt(id) - sentAt[i]) / 1e6);
            }
        }
        return new Latency(rate, count, Percentiles.of(toEnriched), Percentiles.of(toAlerts));
    }

    private void awaitAll(ArrivalTracker tracker, List<Integer> numbers, String phase) throws InterruptedException {
        int[] cursor = {0}; // arrivals are never undone, so each check resumes where the last one stopped
        boolean done = tracker.await(() -> {
            while (cursor[0] < numbers.size() && arrived(tracker, numbers.get(cursor[0]))) {
                cursor[0]++;
            }
            return cursor[0] == numbers.size();
        }, WAIT);
        if (!done) {
            long missing = numbers.stream().filter(n -> tracker.enrichedAt(synthetic.id(n)) == null).count();
            long missingAlerts = numbers.stream().filter(n -> synthetic.alerts(n) && tracker.alertedAt(synthetic.id(n)) == null).count();
            throw new IllegalStateException("bench " + phase + ": " + missing + " articles not on " + Topics.ENRICHED.name()
                    + " and " + missingAlerts + " alerts not on " + Topics.ALERTS.name() + " after " + WAIT.toMinutes()
                    + " min (is the pipeline stuck? see the log)");
        }
    }

    private boolean arrived(ArrivalTracker tracker, int n) {
        String id = synthetic.id(n);
        return tracker.enrichedAt(id) != null && (!synthetic.alerts(n) || tracker.alertedAt(id) != null);
    }

    private List<byte[][]> serialise(int from, int count) {
        List<byte[][]> out = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            out.add(new byte[][] {synthetic.key(n), synthetic.value(n)});
        }
        return out;
    }

    /** Sends without waiting; {@link #flush} says whether the broker took them all. */
    private void send(KafkaProducer<byte[], byte[]> producer, String topic, List<byte[][]> records) {
        for (byte[][] r : records) {
            producer.send(new ProducerRecord<>(topic, r[0], r[1]), this::onSent);
        }
    }

    private void onSent(org.apache.kafka.clients.producer.RecordMetadata meta, Exception error) {
        if (error != null && sendFailure == null) {
            sendFailure = error;
        }
    }

    private void flush(KafkaProducer<byte[], byte[]> producer) {
        producer.flush();
        if (sendFailure != null) {
            throw new IllegalStateException("bench records not written: " + sendFailure.getMessage(), sendFailure);
        }
    }

    /** @param clientId names the producer's network thread, which {@link CpuBreakdown} counts as the bench's */
    private KafkaProducer<byte[], byte[]> newProducer(String clientId) {
        // the same settings for the baseline and the pipeline's input: those ingest writes news.raw with
        Properties p = ProducerSettings.durable(config, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            out.add(n);
        }
        return out;
    }


    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
