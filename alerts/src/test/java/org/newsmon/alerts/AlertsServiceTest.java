package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.alerts.notify.ConsoleNotifier;
import org.newsmon.alerts.notify.KafkaDeadLetterSinkTest;
import org.newsmon.alerts.notify.Notifier;
import org.newsmon.alerts.notify.SseClient;
import org.newsmon.alerts.notify.WebhookNotifier;
import org.newsmon.alerts.notify.WebhookNotifierTest;
import org.newsmon.core.Alert;
import org.newsmon.core.CloudEvents;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.DeadLetters;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.Json;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** The service on a real broker. Each test has topics and an application id of its own. */
@ExtendWith(KafkaExtension.class)
class AlertsServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path stateDir;

    /** Keeps every revision it is given. */
    static final class Recording implements Notifier {
        final List<Alert> delivered = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void deliver(Alert alert) {
            delivered.add(alert);
        }
    }

    static Config config(KafkaCluster kafka, Path stateDir, String name, Map<String, String> extra) {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(AlertsSettings.KEYS);
        Map<String, String> values = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "state.dir", stateDir.toString(), "alerts.application.id", name + "-app",
                "alerts.input.topic", name + ".enriched", "alerts.output.topic", name + ".alerts",
                "topic.partitions", "3", "kafka.commit.interval.ms", "100"));
        values.putAll(extra);
        return Config.of(values, keys);
    }

    static void produce(KafkaCluster kafka, String topic, List<EnrichedArticle> articles) {
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), List.of(Topics.ENRICHED.renamed(topic)), 3, (short) 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        // Plain retries, not idempotence: on a heavily loaded machine the embedded broker has answered an idempotent
        // producer's retry with OutOfOrderSequence forever. A duplicate article is harmless here (it changes nothing,
        // which the service must handle anyway).
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        try (var producer = new KafkaProducer<>(props, Topics.ENRICHED.keySerde().serializer(),
                Topics.ENRICHED.valueSerde().serializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            articles.forEach(a -> sent.add(producer.send(new ProducerRecord<>(topic, a.id(), a))));
            for (var f : sent) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("cannot produce the test articles to " + topic, e);
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static Set<String> ids(List<Alert> alerts) {
        return alerts.stream().map(CloudEvents::id).collect(Collectors.toSet());
    }

    /** Every revision reaches every notifier: console, webhook (failing twice first), email, SSE with a resume. */
    @Test
    void deliversEveryDemoRevisionToEveryNotifier(KafkaCluster kafka) throws Exception {
        List<WebhookNotifierTest.Received> hooks = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            hooks.add(WebhookNotifierTest.Received.of(exchange.getRequestHeaders(), body));
            exchange.sendResponseHeaders(requests.incrementAndGet() <= 2 ? 503 : 200, -1);
            exchange.close();
        });
        receiver.start();
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        HttpEndpoint http = HttpEndpoint.start("127.0.0.1", 0, HttpEndpoint.newRegistry(), () -> true);
        URI stream = URI.create("http://127.0.0.1:" + http.port() + "/alerts/stream");
        Config config = config(kafka, stateDir, "demo", Map.of(
                "notifier.webhook.url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "notifier.webhook.secret", WebhookNotifierTest.SECRET, "notifier.webhook.backoff", "20ms",
                "notifier.email.smtp.host", "127.0.0.1", "notifier.email.smtp.port", Integer.toString(mail.getSmtp().getPort()),
                "notifier.email.from", "newsmon@example.org", "notifier.email.to", "desk@example.org",
                "notifier.email.statuses", "COMPLETED,SIGNED"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Recording recording = new Recording();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // Webhook and email come from the config; the service adds them itself.
        List<Notifier> notifiers = List.of(recording, new ConsoleNotifier(new PrintStream(console, true, StandardCharsets.UTF_8)));
        List<SseClient.Received> streamed = new ArrayList<>();
        try (AlertsService service = new AlertsService(config, registry, http, notifiers)) {
            service.start();
            SseClient first = new SseClient(stream, null);
            produce(kafka, "demo.enriched", DemoArticles.ALL);
            for (int i = 0; i < 4; i++) {
                streamed.add(first.next(WAIT));
            }
            first.close();
            try (SseClient resumed = new SseClient(stream, streamed.get(3).id())) {
                for (int i = 4; i < 11; i++) {
                    streamed.add(resumed.next(WAIT));
                }
                assertTrue(resumed.idle(Duration.ofMillis(500)), "no revision twice after the resume");
            }
            await(() -> recording.delivered.size() >= 11, "6 visit and 5 agreement revisions");
            assertTrue(service.healthy());
        } finally {
            http.close();
            receiver.stop(0);
        }
        List<Alert> delivered = List.copyOf(recording.delivered);
        assertEquals(11, delivered.size());
        assertEquals(11, ids(delivered).size(), "11 distinct revisions");
        Map<EventType, Alert> last = new HashMap<>();
        delivered.forEach(a -> last.merge(a.kind(), a, (x, y) -> x.revision() > y.revision() ? x : y));
        assertEquals(EventStatus.COMPLETED, last.get(EventType.VISIT).status());
        assertEquals(6, last.get(EventType.VISIT).sources().size());
        assertEquals(5, last.get(EventType.AGREEMENT).sources().size());

        String printed = console.toString(StandardCharsets.UTF_8);
        assertEquals(11, printed.lines().count(), printed);
        assertTrue(printed.contains("[VISIT COMPLETED]") && printed.contains("6 sources"), printed);

        assertEquals(ids(delivered), streamed.stream().map(r -> CloudEvents.id(r.alert())).collect(Collectors.toSet()),
                "SSE streamed every revision, across the reconnect");

        assertEquals(13, hooks.size(), "11 revisions and 2 retries");
        Set<String> hookKeys = new HashSet<>();
        for (WebhookNotifierTest.Received r : hooks) {
            assertTrue(r.verified(WebhookNotifierTest.SECRET), "signed per Standard Webhooks");
            hookKeys.add(r.idempotencyKey());
        }
        assertEquals(ids(delivered), hookKeys);
        assertEquals(2.0, registry.get("newsmon.notifier.retries").tag("notifier", "webhook").counter().count());
        assertEquals(11, registry.get("newsmon.notifier.deliveries").tag("notifier", "webhook")
                .tag("result", "delivered").counter().count());

        long wanted = delivered.stream().filter(a -> a.status() == EventStatus.COMPLETED || a.status() == EventStatus.SIGNED).count();
        assertTrue(mail.waitForIncomingEmail(10_000, (int) wanted));
        assertEquals(wanted, mail.getReceivedMessages().length, "email only for completed or signed revisions");
        mail.stop();

        // what the compacted topic converges to (and what `newsmon tail --from-beginning` shows): each event once,
        // at its latest revision
        Map<String, Alert> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : committedRecords(kafka, "demo.alerts")) {
            latest.put(new String(r.key(), StandardCharsets.UTF_8), Json.read(new String(r.value(), StandardCharsets.UTF_8), Alert.class));
        }
        assertEquals(2, latest.size(), "the latest revision of each event: " + latest.keySet());
        assertEquals(Set.of("AGREEMENT SIGNED", "VISIT COMPLETED"),
                latest.values().stream().map(a -> a.kind() + " " + a.status()).collect(Collectors.toSet()));
    }

    /** The webhook retries in a consumer group of its own: while it waits, the other notifiers go on. */
    @Test
    void aWebhookThatIsDownDelaysNoOtherNotifier(KafkaCluster kafka) throws Exception {
        Set<String> hookIds = Collections.synchronizedSet(new HashSet<>());
        HttpServer down = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        down.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hookIds.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        down.start();
        Config config = config(kafka, stateDir, "down", Map.of(
                "notifier.webhook.url", "http://127.0.0.1:" + down.getAddress().getPort() + "/hook",
                "notifier.webhook.secret", WebhookNotifierTest.SECRET, "notifier.webhook.retries", "3", "notifier.webhook.backoff", "2s",
                "notifier.webhook.backoff.max", "8s"));
        Recording recording = new Recording();
        try (AlertsService service = new AlertsService(config, new SimpleMeterRegistry(), null, List.of(recording))) {
            service.start();
            produce(kafka, "down.enriched", List.of(DemoArticles.A2, DemoArticles.Z1, DemoArticles.R1));
            await(() -> recording.delivered.size() >= 5, "the visit's 3 revisions and the agreement's 2");
            assertTrue(hookIds.size() <= 2, "the webhook is still retrying its first revisions: " + hookIds);
        } finally {
            down.stop(0);
        }
    }

    /** A restarted service keeps its events and its notifier position: nothing is raised or delivered twice. */
    @Test
    void aRestartRaisesNothingTwice(KafkaCluster kafka) throws Exception {
        Config config = config(kafka, stateDir, "restart", Map.of());
        Recording before = new Recording();
        try (AlertsService service = new AlertsService(config, new SimpleMeterRegistry(), null, List.of(before))) {
            service.start();
            produce(kafka, "restart.enriched", DemoArticles.ALL);
            await(() -> before.delivered.size() >= 11, "the demo's 11 revisions");
        }

        Recording after = new Recording();
        HttpEndpoint http = HttpEndpoint.start("127.0.0.1", 0, HttpEndpoint.newRegistry(), () -> true);
        List<String> streamed = new ArrayList<>();
        try (AlertsService service = new AlertsService(config, new SimpleMeterRegistry(), http, List.of(after));
             // A client of the process before the restart: its last id means nothing now, so it gets the buffer,
             // which the service primes with the latest revision of each event.
             SseClient client = new SseClient(URI.create("http://127.0.0.1:" + http.port() + "/alerts/stream"),
                     "oldepoch-11")) {
            service.start();
            // The same reports again (a re-ingest), then one new outlet on the visit.
            produce(kafka, "restart.enriched", List.of(DemoArticles.R1, DemoArticles.N1, DemoArticles.S1));
            EnrichedArticle another = DemoArticles.article("x1", "another-outlet-on-the-visit", "Another Outlet", "en",
                    "2025-05-08T20:00Z", null, "To Lam leaves Baku", List.of("politics"),
                    DemoArticles.event(EventType.VISIT, EventStatus.COMPLETED, false, DemoArticles.MAY_7,
                            DemoArticles.MAY_8, List.of("VN", "AZ"), List.of(DemoArticles.TO_LAM)));
            // And a record that is no article: it goes to the DLQ, the service carries on.
            String poisonKey = "poison-" + System.nanoTime();
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (var raw = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>("restart.enriched", poisonKey.getBytes(StandardCharsets.UTF_8),
                        "{\"id\": 42, \"events\": \"".getBytes(StandardCharsets.UTF_8))).get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            produce(kafka, "restart.enriched", List.of(another));
            await(() -> !after.delivered.isEmpty(), "the revision the new outlet makes");
            var dead = KafkaDeadLetterSinkTest.find(kafka, poisonKey);
            assertEquals("restart.enriched", DeadLetters.header(dead.headers(), DeadLetters.SOURCE_TOPIC));
            assertTrue(service.healthy());
            for (int i = 0; i < 3; i++) {
                streamed.add(CloudEvents.id(client.next(WAIT).alert()));
            }
            Thread.sleep(3_000); // room for anything that should not come
            assertTrue(client.idle(Duration.ofMillis(100)));
        } finally {
            http.close();
        }
        assertEquals(Set.of("visit:VN-AZ:2025-05-07:6", "agreement:AZ-VN:2025-05-07:5", "visit:VN-AZ:2025-05-07:7"),
                Set.copyOf(streamed), "primed with the current state, then the new revision");
        assertEquals(1, after.delivered.size(), "only the new outlet's revision: " + ids(after.delivered));
        Alert visit = after.delivered.get(0);
        assertEquals(EventType.VISIT, visit.kind());
        assertEquals(7, visit.revision());
        assertEquals(7, visit.sources().size());
        assertEquals(12, recordsOn(kafka, "restart.alerts"), "11 revisions before the restart, 1 after");
    }

    /** Every committed record on the topic, revisions included. */
    private static long recordsOn(KafkaCluster kafka, String topic) {
        return committedRecords(kafka, topic).size();
    }

    private static List<ConsumerRecord<byte[], byte[]>> committedRecords(KafkaCluster kafka, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
