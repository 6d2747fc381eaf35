package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;
import org.newsmon.core.StatusChange;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * The whole pipeline on the bundled demo web, through a real broker: demo feeds → ingest → news.raw → enrich →
 * news.enriched → alerts → news.alerts. The expectations are those of {@code demo/EXPECTED.md}.
 */
@ExtendWith(KafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEndToEndTest {
    /** A metric only a working pipeline exports with a non-zero value. */
    /** Metric names in PromQL: ours, Kafka's and the JVM's all start with one of these prefixes; labels do not. */
    private static final Pattern METRIC_NAME = Pattern.compile("\\b(?:newsmon|kafka|jvm|process|system)_[a-z0-9_]+\\b");
    private static final String PIPELINE_METRIC = "newsmon_ingest_articles_produced_total";
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private DemoWeb demo;
    private Pipeline pipeline;
    private Map<String, Alert> latest;
    private String bootstrap;

    /** One pipeline run on the demo serves every test here: starting it costs more than all the checks. */
    @BeforeAll
    void runTheDemo(KafkaCluster kafka, @TempDir Path state) {
        Config config = Config.of(Map.of(
                CommonSettings.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers(),
                CommonSettings.STATE_DIR.name(), state.toString(),
                CommonSettings.HTTP_PORT.name(), "0"), ConfigOptions.ALL_KEYS);
        bootstrap = kafka.bootstrapServers();
        demo = DemoWeb.start();
        pipeline = Pipeline.start(config, demo.feeds(), new PrintStream(console, true, StandardCharsets.UTF_8));
        latest = awaitAlerts(kafka.bootstrapServers(), Duration.ofSeconds(120), Duration.ofSeconds(15));
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void demoWebYieldsExactlyTheVisitAndTheAgreementWithAllTheirSources() throws Exception {
        assertEquals(2, latest.size(), "exactly two events: " + latest.values());
        Alert visit = only(latest, EventType.VISIT);
        assertEquals(EventStatus.COMPLETED, visit.status());
        assertEquals(List.of("VN", "AZ"), visit.parties());
        assertEquals(LocalDate.of(2025, 5, 7), visit.date());
        assertTrue(visit.actors().contains("To Lam"), visit.actors().toString());
        assertEquals(Set.of("en", "ru", "az", "vi"), languages(visit));
        assertEquals(6, visit.sources().size(), "A2, Z1, R1, N1, V2 and the syndicated S1: " + urls(visit));
        assertEquals("Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025", visit.title());
        assertEquals(LocalDate.of(2025, 5, 8), visit.dateEnd());
        assertEquals("Baku, Azerbaijan", visit.location());
        assertEquals(5, visit.independentSources(), "S1 is N1's copy: " + copies(visit));
        assertEquals(List.of(EventStatus.ANNOUNCED, EventStatus.ONGOING, EventStatus.COMPLETED),
                visit.history().stream().map(StatusChange::status).toList());

        Alert agreement = only(latest, EventType.AGREEMENT);
        assertEquals(EventStatus.SIGNED, agreement.status());
        assertEquals(Set.of("VN", "AZ"), Set.copyOf(agreement.parties()));
        assertEquals(LocalDate.of(2025, 5, 7), agreement.date());
        assertEquals(Set.of("en", "ru", "az", "vi"), languages(agreement));
        assertEquals("Azerbaijan and Vietnam sign a joint statement and cooperation documents — 7 May 2025",
                agreement.title());
        assertEquals(List.of("joint statement", "cooperation documents"), agreement.documents());
        assertEquals(5, agreement.sources().size(), "Z1, R1, N1, V2 and S1: " + urls(agreement));
        assertEquals(4, agreement.independentSources(), "S1 is N1's copy: " + copies(agreement));
        assertEquals("Baku", agreement.location());
        assertTrue(!visit.title().equals(agreement.title()), "the two alerts read differently");
        for (Alert alert : latest.values()) {
            assertTrue(alert.sources().stream().allMatch(x -> x.sentence() != null && x.firstSeenAt() != null),
                    "every source has its sentence and first-seen time: " + alert.sources());
        }

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "the services report healthy: " + health.body());

        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("To Lam"), "the console notifier printed the alerts:\n" + printed);
    }

    @Test
    void everyAlertRevisionAndEnrichedArticleMatchesThePublishedSchemas() {
        // PipelineRecords checks each record it reads against docs/*.schema.json.
        int alerts = PipelineRecords.readToEnd(bootstrap, Topics.ALERTS.name()).size();
        int articles = PipelineRecords.readToEnd(bootstrap, Topics.ENRICHED.name()).size();
        assertTrue(alerts >= 2 && articles >= 9, alerts + " alert records, " + articles + " enriched articles");
    }

    @Test
    void eventsCommandListsTheDemoEventsNewestFirst() {
        var cli = Newsmon.commandLine();
        java.io.StringWriter out = new java.io.StringWriter();
        cli.setOut(new java.io.PrintWriter(out, true));
        assertEquals(0, cli.execute("events", "--bootstrap-servers", bootstrap, "--since", "1d"));
        System.out.println("newsmon events --since 1d on the demo:\n" + out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.get(0).contains(only(latest, EventType.VISIT).title()), "the visit ends last, so comes first: " + lines);
        assertTrue(lines.get(0).contains("[5 independent of 6 sources;"), lines.get(0));
        assertTrue(lines.get(1).contains(only(latest, EventType.AGREEMENT).title()), lines.get(1));
    }

    @Test
    void statusPageShowsTheDemoAlertsInHeadlessChromium() throws Exception {
        String chromium = ExternalTools.find("chromium", "chromium-browser", "google-chrome");
        assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        String page = "http://127.0.0.1:" + pipeline.httpPort() + "/";
        Path screenshot = Path.of("target", "status-page.png").toAbsolutePath();
        List<String> common = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--virtual-time-budget=10000");
        String dom = ExternalTools.run(concat(common, "--dump-dom", page), Duration.ofSeconds(90));
        ExternalTools.run(concat(common, "--window-size=1280,1000", "--screenshot=" + screenshot, page), Duration.ofSeconds(90));

        Alert visit = only(latest, EventType.VISIT);
        assertTrue(dom.contains(visit.title().replace("&", "&amp;")), "the page lists the visit alert: " + visit.title());
        assertTrue(dom.contains("COMPLETED") && dom.contains("SIGNED"), "statuses are shown");
        assertTrue(dom.contains("class=\"bar\""), "the sector chart is drawn");
        assertTrue(dom.contains(demo.base() + "/feeds/vna.xml"), "the feed health table lists the demo feeds");

        // The analyst's detail of the demo visit: its timeline and its sources, the syndicated copy marked.
        String detailPage = page + "?alert=" + visit.eventKey();
        String detail = ExternalTools.run(concat(common, "--dump-dom", detailPage), Duration.ofSeconds(90));
        ExternalTools.run(concat(common, "--window-size=1280,1200", "--screenshot="
                + Path.of("target", "status-page-demo-detail.png").toAbsolutePath(), detailPage), Duration.ofSeconds(90));
        detail = detail.substring(detail.indexOf("id=\"detail\""), detail.indexOf("id=\"analyst\""));
        assertTrue(detail.contains(visit.title()), "the detail view of the visit");
        int announced = detail.indexOf("<b class=\"step\">ANNOUNCED</b>");
        int ongoing = detail.indexOf("<b class=\"step\">ONGOING</b>");
        int completed = detail.indexOf("<b class=\"step\">COMPLETED</b>");
        assertTrue(announced > 0 && announced < ongoing && ongoing < completed, "the visit's status timeline");
        assertTrue(detail.contains("Sources: 5 independent, 1 copy"), "independent sources and the copy");
        for (AlertSource source : visit.sources()) {
            assertTrue(detail.contains("<a href=\"" + source.url() + "\""), "a link to " + source.url());
        }
    }

    @Test
    void everyMetricOnTheGrafanaDashboardIsExported() throws Exception {
        JsonNode dashboard = Json.MAPPER.readTree(Path.of("..", "deploy", "grafana", "dashboards", "newsmon.json").toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(panel.path("targets").size() > 0, "panel without a query: " + panel.path("title"));
            for (JsonNode target : panel.path("targets")) {
                Matcher names = METRIC_NAME.matcher(target.path("expr").asText());
                while (names.find()) {
                    queried.add(names.group());
                }
            }
        }
        Set<String> exported = exportedMetricNames();
        assertTrue(queried.size() >= 15, "the dashboard queries the pipeline's metrics: " + queried);
        assertEquals(Set.of(), queried.stream().filter(name -> !exported.contains(name)).collect(Collectors.toSet()),
                "metrics the dashboard queries but the pipeline does not export");
    }

    /** The names of the metrics the running pipeline exports on /metrics. */
    private Set<String> exportedMetricNames() throws Exception {
        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return scrape.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }

    @Test
    void everyMetricOfTheOperationsAlertsIsExported() throws Exception {
        String rules = Files.readString(Path.of("..", "deploy", "prometheus", "rules.yml"), StandardCharsets.UTF_8);
        Set<String> queried = new TreeSet<>();
        Matcher names = METRIC_NAME.matcher(rules);
        while (names.find()) {
            queried.add(names.group());
        }
        Set<String> exported = exportedMetricNames();
        assertTrue(queried.size() >= 7, "the rules query the pipeline's metrics: " + queried);
        assertEquals(Set.of(), queried.stream().filter(name -> !exported.contains(name)).collect(Collectors.toSet()),
                "metrics deploy/prometheus/rules.yml uses but the pipeline does not export");
    }

    @Test
    void realPrometheusScrapesAPipelineMetric() throws Exception {
        String prometheus = ExternalTools.find("prometheus");
        assumeTrue(prometheus != null, "prometheus is not installed (.ci/run installs it)");
        Path dir = Files.createTempDirectory("prometheus");
        Files.writeString(dir.resolve("prometheus.yml"), "global: {scrape_interval: 1s}\n"
                + "scrape_configs:\n  - job_name: newsmon\n    static_configs:\n"
                + "      - targets: ['127.0.0.1:" + pipeline.httpPort() + "']\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(prometheus, "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        try {
            URI query = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query=" + PIPELINE_METRIC);
            HttpClient http = HttpClient.newHttpClient();
            double value = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (value == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                try {
                    String body = http.send(HttpRequest.newBuilder(query).build(), HttpResponse.BodyHandlers.ofString()).body();
                    JsonNode result = Json.MAPPER.readTree(body).path("data").path("result");
                    for (JsonNode series : result) {
                        value += series.path("value").path(1).asDouble();
                    }
                } catch (java.net.ConnectException notYetUp) {
                    // Prometheus is still starting.
                }
            }
            assertTrue(value > 0, PIPELINE_METRIC + " as Prometheus scraped it; log in " + dir);
            Thread.sleep(3000); // a few more scrapes, so that every rate() window holds two samples
            List<String> empty = new ArrayList<>();
            JsonNode dashboard = Json.MAPPER.readTree(Path.of("..", "deploy", "grafana", "dashboards", "newsmon.json").toFile());
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText();
                    URI panelQuery = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
                            + java.net.URLEncoder.encode(expr, StandardCharsets.UTF_8));
                    String body = http.send(HttpRequest.newBuilder(panelQuery).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    if (Json.MAPPER.readTree(body).path("data").path("result").isEmpty()) {
                        empty.add(panel.path("title").asText() + ": " + expr);
                    }
                }
            }
            assertEquals(List.of(), empty, "Grafana panel queries that return no data from the real Prometheus");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    /** Reads news.alerts (read_committed) until nothing new arrives for {@code quiet}; the latest value per key. */
    static Map<String, Alert> awaitAlerts(String bootstrap, Duration max, Duration quiet) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "e2e-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        Map<String, Alert> latest = new LinkedHashMap<>();
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(p, Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS.name()));
            long deadline = System.nanoTime() + max.toNanos();
            long lastNews = System.nanoTime();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(500))) {
                    latest.put(r.key(), r.value());
                    lastNews = System.nanoTime();
                }
                // Done when both kinds are there and the last revision is `quiet` old.
                boolean bothKinds = latest.values().stream().map(Alert::kind).distinct().count() == 2;
                if (bothKinds && System.nanoTime() - lastNews > quiet.toNanos()) {
                    break;
                }
            }
        }
        return latest;
    }

    private static Alert only(Map<String, Alert> alerts, EventType kind) {
        List<Alert> ofKind = alerts.values().stream().filter(a -> a.kind() == kind).toList();
        assertEquals(1, ofKind.size(), "one " + kind + " alert: " + ofKind);
        return ofKind.get(0);
    }

    private static Set<String> languages(Alert alert) {
        return alert.sources().stream().map(AlertSource::language).collect(Collectors.toSet());
    }

    private static Map<String, String> copies(Alert alert) {
        Map<String, String> out = new LinkedHashMap<>();
        alert.sources().stream().filter(x -> x.copyOf() != null).forEach(x -> out.put(x.url(), x.copyOf()));
        return out;
    }

    private static List<String> urls(Alert alert) {
        return alert.sources().stream().map(AlertSource::url).toList();
    }
}
