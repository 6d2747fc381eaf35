package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;
import org.newsmon.core.StatusChange;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** {@code newsmon events} on a real broker: the latest revision of each event, filtered, newest first. */
@ExtendWith(KafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsCommandTest {
    private static final String TOPIC = "events-cmd.alerts";
    private String bootstrap;

    private static final Instant MAY_6 = Instant.parse("2025-05-06T06:00:00Z");
    private static final Instant MAY_8 = Instant.parse("2025-05-08T12:00:00Z");
    private static final AlertSource N1 = new AlertSource("http://127.0.0.1/n1", "Baku Morning", "To Lam ends Baku visit",
            MAY_8, "en", MAY_8, "To Lam ends Baku visit", null);
    private static final AlertSource S1 = new AlertSource("http://127.0.0.1/s1", "Silk Meridian", "To Lam ends Baku visit",
            MAY_8, "en", MAY_8, "To Lam ends Baku visit", N1.url());

    static final Alert VISIT_ANNOUNCED = alert("visit:VN-AZ:2025-05-07", EventType.VISIT, EventStatus.ANNOUNCED,
            "Vietnam's General Secretary To Lam visits Azerbaijan — announced, 7–8 May 2025", LocalDate.of(2025, 5, 7),
            LocalDate.of(2025, 5, 8), List.of("politics"), List.of(N1), 1, MAY_6);
    static final Alert VISIT = alert("visit:VN-AZ:2025-05-07", EventType.VISIT, EventStatus.COMPLETED,
            "Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025", LocalDate.of(2025, 5, 7),
            LocalDate.of(2025, 5, 8), List.of("politics", "trade"), List.of(N1, S1), 2, MAY_8);
    static final Alert AGREEMENT = alert("agreement:AZ-VN:2025-05-07", EventType.AGREEMENT, EventStatus.SIGNED,
            "Azerbaijan and Vietnam sign a joint statement and cooperation documents — 7 May 2025",
            LocalDate.of(2025, 5, 7), null, List.of("politics", "oil-gas"), List.of(N1), 1, MAY_8);
    static final Alert OLD_VISIT = alert("visit:AZ-VN:2024-03-01", EventType.VISIT, EventStatus.COMPLETED,
            "Azerbaijan's Ilham Aliyev visits Vietnam — completed, 1 March 2024", LocalDate.of(2024, 3, 1), null,
            List.of("trade"), List.of(N1), 1, Instant.parse("2024-03-02T00:00:00Z"));
    static final Alert DELETED = alert("visit:VN-AZ:2025-09-09", EventType.VISIT, EventStatus.ANNOUNCED, "deleted",
            LocalDate.of(2025, 9, 9), null, List.of(), List.of(N1), 1, MAY_8);

    private static Alert alert(String key, EventType kind, EventStatus status, String title, LocalDate date,
                               LocalDate end, List<String> sectors, List<AlertSource> sources, int revision,
                               Instant updated) {
        int independent = (int) sources.stream().filter(s -> s.copyOf() == null).count();
        return new Alert(key, kind, status, title, null, date, List.of("VN", "AZ"), List.of("To Lam"), sectors,
                sources, revision, MAY_6, updated, sources.get(0).title(), end, "Baku, Azerbaijan", List.of(),
                independent, List.of(new StatusChange(status, updated, sources.get(0).url())));
    }

    @BeforeAll
    void produce(KafkaCluster kafka) {
        bootstrap = kafka.bootstrapServers();
        TopicAdmin.ensureTopics(bootstrap, List.of(Topics.ALERTS.renamed(TOPIC)), 3, (short) 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(props, Topics.ALERTS.keySerde().serializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            for (Alert a : List.of(OLD_VISIT, VISIT_ANNOUNCED, DELETED, AGREEMENT, VISIT)) {
                producer.send(new ProducerRecord<>(TOPIC, a.eventKey(), a));
            }
            producer.send(new ProducerRecord<>(TOPIC, DELETED.eventKey(), null)); // a tombstone
        }
    }

    private record Outcome(int exitCode, String out, String err) {
        List<String> keys() {
            return out.lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        }
    }

    private Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of("events", "--bootstrap-servers", bootstrap));
        if (!List.of(args).contains("--topic")) {
            all.addAll(List.of("--topic", TOPIC));
        }
        all.addAll(List.of(args));
        var cli = Newsmon.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(all.toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void listsEachEventOnceAtItsLatestRevisionNewestFirst() {
        Outcome o = run();
        assertEquals(0, o.exitCode(), o.err());
        assertEquals(List.of(VISIT.eventKey(), AGREEMENT.eventKey(), OLD_VISIT.eventKey()), o.keys(), o.out());
        String visitLine = o.out().lines().findFirst().orElseThrow();
        assertTrue(visitLine.contains("2025-05-07…2025-05-08") && visitLine.contains("COMPLETED")
                && visitLine.contains(VISIT.title()) && visitLine.contains("[1 independent of 2 sources; politics, trade]"),
                visitLine);
        assertTrue(o.err().contains("3 event(s)"), o.err());
    }

    @Test
    void filtersByKindStatusSectorAndTime() {
        assertEquals(List.of(AGREEMENT.eventKey()), run("--kind", "agreement").keys());
        assertEquals(List.of(VISIT.eventKey(), OLD_VISIT.eventKey()), run("--kind", "VISIT", "--status", "completed").keys());
        assertEquals(List.of(AGREEMENT.eventKey()), run("--status", "signed,announced").keys());
        assertEquals(List.of(AGREEMENT.eventKey()), run("--sector", "oil-gas").keys());
        assertEquals(List.of(VISIT.eventKey(), OLD_VISIT.eventKey()), run("--sector", "trade").keys());
        assertEquals(List.of(VISIT.eventKey(), AGREEMENT.eventKey()), run("--since", "2025-01-01").keys());
        assertEquals(List.of(), run("--since", "30d").keys(), "nothing revised in the last 30 days");
    }

    @Test
    void jsonPrintsTheAlertsThemselves() {
        Outcome o = run("--json", "--kind", "visit");
        assertEquals(List.of(VISIT, OLD_VISIT), o.out().lines().map(l -> Json.read(l, Alert.class)).toList());
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        Outcome o = run("--kind", "meeting", "--sector", "oil", "--since", "yesterday");
        assertEquals(2, o.exitCode());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains("--kind: 'meeting'") && o.err().contains("--sector: 'oil'")
                && o.err().contains("--since: 'yesterday'"), o.err());
        Outcome missing = run("--topic", "no-such.alerts");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("topic no-such.alerts does not exist"), missing.err());
    }

    @Test
    void helpExplainsTheOptions() {
        Outcome o = run("--help");
        assertEquals(0, o.exitCode());
        for (String option : List.of("--since", "--kind", "--status", "--sector", "--json", "newest first", "30d")) {
            assertTrue(o.out().contains(option), option + " in:\n" + o.out());
        }
    }
}
