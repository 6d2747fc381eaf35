package org.newsmon.alerts;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.newsmon.core.Alert;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Topics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of one article through the alerts topology (decode, match against the tracked events of its pair, store,
 * publish) on the test driver with RocksDB, as the number of events already tracked for the pair grows.
 * <ul>
 *   <li>{@code knownReport}: an article seen before (a re-ingest): matched against every tracked event of its pair,
 *       nothing published;</li>
 *   <li>{@code offWatchArticle}: an article with nothing to alert on (decode and filter only).</li>
 * </ul>
 * (A benchmark that adds sources would grow its own state as it runs, and measure that growth.)
 * Run: {@code ./mvnw -B -o -q -pl alerts -am test-compile} then
 * {@code java -cp "alerts/target/test-classes:alerts/target/classes:$(cat cp.txt)" org.newsmon.alerts.ClusteringBenchmark}
 * with {@code cp.txt} from {@code dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ClusteringBenchmark {
    @Param({"10", "1000"})
    public int trackedEvents;

    private Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> input;
    private TestOutputTopic<String, Alert> output;
    private final List<EnrichedArticle> known = new ArrayList<>();
    private long clock = Instant.parse("2030-01-01T00:00:00Z").toEpochMilli();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        stateDir = Files.createTempDirectory("alerts-bench");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertsTopology.topology(List.of("AZ", "VN"), new SimpleMeterRegistry()), props);
        input = driver.createInputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer());
        output = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < trackedEvents; i++) {
            // A week apart, so each is an event of its own.
            EnrichedArticle a = article("known-" + i, day.plusWeeks(i));
            known.add(a);
            input.pipeInput(a.id(), a, clock++);
        }
        output.readRecordsToList();
    }

    private static EnrichedArticle article(String id, LocalDate day) {
        return DemoArticles.article(id, id, "Bench Outlet", "en", day + "T12:00Z", null, "Visit " + id,
                List.of("politics", "energy"), DemoArticles.event(EventType.VISIT, EventStatus.ONGOING, false, day, null,
                        List.of("VN", "AZ"), List.of("To Lam")));
    }

    @Benchmark
    public void knownReport() {
        EnrichedArticle a = known.get(next++ % known.size());
        input.pipeInput(a.id(), a, clock++);
    }

    @Benchmark
    public void offWatchArticle() {
        input.pipeInput(DemoArticles.A1.id(), DemoArticles.A1, clock++);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public static void main(String[] args) throws RunnerException {
        // An optional argument narrows the run, e.g. "knownReport".
        String include = ClusteringBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : "");
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}
