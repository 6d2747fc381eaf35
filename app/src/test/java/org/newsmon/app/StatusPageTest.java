package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.Json;
import org.newsmon.core.KafkaClients;
import org.newsmon.core.Sectors;
import org.newsmon.core.StatusChange;
import org.newsmon.core.TopicAdmin;
import org.newsmon.core.Topics;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/**
 * The status page as an analyst's view, on a real broker and a real HTTP server, with 10,000 alerts besides one
 * visit told in detail: filtered and paged on the server, the detail view drawn in headless Chromium (screenshots in
 * {@code target/}).
 */
@ExtendWith(KafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusPageTest {
    private static final int SYNTHETIC = 10_000;
    private static final StatusBoard.TopicNames TOPICS = new StatusBoard.TopicNames("statuspage.raw",
            "statuspage.enriched", "statuspage.alerts", "statuspage.feed-state");
    private static final Instant MAY_6 = Instant.parse("2025-05-06T05:45:00Z");
    private static final Instant MAY_7 = Instant.parse("2025-05-07T13:05:00Z");
    private static final Instant MAY_8 = Instant.parse("2025-05-08T12:10:00Z");
    private static final String BASE = "http://127.0.0.1:8088/pages/";

    /** The demo visit as the analyst should see it: three steps, four languages, one syndicated copy. */
    static final Alert VISIT = new Alert("visit:VN-AZ:2025-05-07", EventType.VISIT, EventStatus.COMPLETED,
            "Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025", "To Lam ends Baku visit",
            LocalDate.of(2025, 5, 7), List.of("VN", "AZ"), List.of("To Lam", "Ilham Aliyev"),
            List.of("politics", "oil-gas", "education"), List.of(
                    new AlertSource(BASE + "a2.html", "AZERTAC", "Ilham Aliyev gives interview ahead of To Lam's state visit",
                            MAY_6, "en", MAY_6.plusSeconds(60), "ahead of To Lam's state visit", null),
                    new AlertSource(BASE + "z1.html", "Xəbər Saatı", "To Lam Azərbaycana rəsmi səfərə gəlib", MAY_7, "az",
                            MAY_7.plusSeconds(60), "Baş katibi To Lam Azərbaycana rəsmi səfərə gəlib", null),
                    new AlertSource(BASE + "n1.html", "Baku Morning", "To Lam ends Baku visit", MAY_8, "en",
                            MAY_8.plusSeconds(60), "To Lam ends Baku visit", null),
                    new AlertSource(BASE + "s1.html", "Silk Meridian", "To Lam ends Baku visit", MAY_8.plusSeconds(3600),
                            "en", MAY_8.plusSeconds(3660), "To Lam ends Baku visit", BASE + "n1.html"),
                    new AlertSource("javascript:alert(1)", "Hostile feed", "<b>not a link</b>", MAY_8.plusSeconds(7200),
                            "vi", MAY_8.plusSeconds(7260), "Tổng Bí thư Tô Lâm kết thúc chuyến thăm", null)),
            5, MAY_6.plusSeconds(60), MAY_8.plusSeconds(7260), "To Lam ends Baku visit", LocalDate.of(2025, 5, 8),
            "Baku, Azerbaijan", List.of(), 4, List.of(
                    new StatusChange(EventStatus.ANNOUNCED, MAY_6, BASE + "a2.html"),
                    new StatusChange(EventStatus.ONGOING, MAY_7, BASE + "z1.html"),
                    new StatusChange(EventStatus.COMPLETED, MAY_8, BASE + "n1.html")));

    private HttpEndpoint http;
    private StatusBoard board;
    private String page;

    /** Synthetic alert {@code n}: kinds, statuses and sectors cycle, days and revision times spread over years. */
    static Alert synthetic(int n) {
        EventType kind = n % 2 == 0 ? EventType.VISIT : EventType.AGREEMENT;
        EventStatus status = kind == EventType.AGREEMENT ? EventStatus.SIGNED
                : List.of(EventStatus.ANNOUNCED, EventStatus.ONGOING, EventStatus.COMPLETED).get(n % 3);
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(n % 1800);
        Instant updated = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * n);
        AlertSource source = new AlertSource("https://example.org/" + n, "Outlet " + n % 40, "Report " + n, updated,
                List.of("en", "ru", "az", "vi").get(n % 4), updated, "The sentence of report " + n, null);
        return new Alert(kind.name().toLowerCase() + ":VN-AZ:" + day + "~" + n, kind, status, "Synthetic event " + n,
                null, day, List.of("VN", "AZ"), List.of("Person " + n % 50),
                List.of(Sectors.ALL.get(n % Sectors.ALL.size()), "politics"), List.of(source), 1, updated, updated,
                "Report " + n, null, null, List.of(), 1, List.of(new StatusChange(status, updated, source.url())));
    }

    @BeforeAll
    void start(KafkaCluster kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        TopicAdmin.ensureTopics(bootstrap, List.of(Topics.RAW.renamed(TOPICS.raw()), Topics.ENRICHED.renamed(TOPICS.enriched()),
                Topics.ALERTS.renamed(TOPICS.alerts()), Topics.FEED_STATE.renamed(TOPICS.feedState())), 3, (short) 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (var producer = new KafkaProducer<>(props, Topics.ALERTS.keySerde().serializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            for (int n = 0; n < SYNTHETIC; n++) {
                Alert a = synthetic(n);
                producer.send(new ProducerRecord<>(TOPICS.alerts(), a.eventKey(), a));
            }
            producer.send(new ProducerRecord<>(TOPICS.alerts(), VISIT.eventKey(), VISIT));
        }
        http = HttpEndpoint.start("127.0.0.1", 0, HttpEndpoint.newRegistry(), () -> true);
        board = StatusBoard.start(KafkaClients.connection(bootstrap), http, TOPICS);
        page = "http://127.0.0.1:" + http.port() + "/";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (Json.MAPPER.readTree(get("status.json").body()).path("alertCount").asInt() < SYNTHETIC + 1) {
            assertTrue(System.nanoTime() < deadline, "the status board did not read all alerts in time");
            Thread.sleep(200);
        }
    }

    @AfterAll
    void stop() {
        if (board != null) {
            board.close();
        }
        if (http != null) {
            http.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void alertsAreFilteredAndPagedOnTheServerNewestFirst() throws Exception {
        JsonNode all = json("alerts.json");
        assertEquals(SYNTHETIC + 1, all.path("total").asInt());
        assertEquals(StatusBoard.DEFAULT_PAGE_SIZE, all.path("alerts").size());
        assertEquals((SYNTHETIC + 1 + 49) / 50, all.path("pages").asInt());

        // Agreements are the odd numbers; oil-gas is sector index 1 of 18, so n % 18 == 1, which is always odd.
        long expected = java.util.stream.IntStream.range(0, SYNTHETIC).filter(n -> n % 2 == 1 && n % 18 == 1).count();
        JsonNode oil = json("alerts.json?kind=agreement&sector=oil-gas&size=100");
        assertEquals(expected, oil.path("total").asInt());
        List<String> days = new ArrayList<>();
        for (JsonNode a : oil.path("alerts")) {
            assertEquals("AGREEMENT", a.path("kind").asText());
            assertTrue(a.path("sectors").toString().contains("oil-gas"), a.toString());
            days.add(a.path("date").asText());
        }
        assertEquals(days.stream().sorted(java.util.Comparator.reverseOrder()).toList(), days, "newest first");

        JsonNode second = json("alerts.json?kind=agreement&sector=oil-gas&size=100&page=2");
        assertEquals(2, second.path("page").asInt());
        assertTrue(second.path("alerts").get(0).path("date").asText().compareTo(days.get(days.size() - 1)) <= 0,
                "page 2 goes on where page 1 stopped");

        Instant since = Instant.parse("2024-12-01T00:00:00Z");
        long recentVisits = java.util.stream.Stream.concat(java.util.stream.IntStream.range(0, SYNTHETIC)
                        .mapToObj(StatusPageTest::synthetic), java.util.stream.Stream.of(VISIT))
                .filter(a -> a.kind() == EventType.VISIT && a.status() != EventStatus.ANNOUNCED && !a.updatedAt().isBefore(since))
                .count();
        assertTrue(recentVisits > 1, "the data has such visits");
        assertEquals(recentVisits, json("alerts.json?status=ONGOING,COMPLETED&since=" + since + "&kind=visit")
                .path("total").asInt(), "since and several statuses combine");
        assertEquals(400, get("alerts.json?kind=meeting").statusCode());
        assertEquals(404, get("alert.json?key=no-such-event").statusCode());
        assertEquals(VISIT, Json.read(get("alert.json?key=" + VISIT.eventKey()).body(), Alert.class));
    }

    @Test
    void staysFastWithTenThousandAlerts() throws Exception {
        get("alerts.json"); // warm up
        long worst = 0;
        for (String q : List.of("alerts.json", "alerts.json?page=150", "alerts.json?kind=visit&status=COMPLETED",
                "alerts.json?sector=energy&since=2024-06-01", "status.json", "alert.json?key=" + VISIT.eventKey())) {
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = get(q);
                worst = Math.max(worst, (System.nanoTime() - t) / 1_000_000);
                assertEquals(200, r.statusCode(), q);
                assertTrue(r.body().length() < 200_000, q + " answers " + r.body().length() + " chars: the page gets a page, not everything");
            }
        }
        System.out.println("slowest status page answer with " + (SYNTHETIC + 1) + " alerts: " + worst + " ms");
        assertTrue(worst < 1_000, "slowest answer " + worst + " ms");
    }

    @Test
    void detailViewShowsTimelineSourcesLanguagesSentencesAndCopiesInHeadlessChromium() throws Exception {
        String dom = chromium(page + "?alert=" + VISIT.eventKey(), Path.of("target", "status-page-detail.png"));
        String detail = dom.substring(dom.indexOf("id=\"detail\""), dom.indexOf("id=\"analyst\""));
        assertTrue(detail.contains(VISIT.title()), "the detail names the event");
        int announced = detail.indexOf("<b class=\"step\">ANNOUNCED</b>");
        int ongoing = detail.indexOf("<b class=\"step\">ONGOING</b>");
        int completed = detail.indexOf("<b class=\"step\">COMPLETED</b>");
        assertTrue(announced > 0 && announced < ongoing && ongoing < completed, "the status timeline, in order");
        assertTrue(detail.contains("<a href=\"" + BASE + "z1.html\""), "sources are links");
        assertTrue(detail.contains("Baş katibi To Lam Azərbaycana rəsmi səfərə gəlib"), "the reporting sentence, as written");
        assertTrue(detail.contains("<td class=\"language\">az</td>") && detail.contains("<td class=\"language\">vi</td>"),
                "each source's language");
        assertTrue(detail.contains("Sources: 4 independent, 1 copy"), "independent vs copies");
        assertTrue(detail.contains("class=\"source copy\"") && detail.contains("copy of <a href=\"" + BASE + "n1.html\""),
                "the copy names its original");
        assertTrue(detail.contains("<span class=\"badge\">oil-gas</span>"), "sectors");
        assertTrue(!detail.contains("href=\"javascript:") && detail.contains("&lt;b&gt;not a link&lt;/b&gt;"),
                "a feed's javascript: URL is not linked and its markup is text");
    }

    @Test
    void listFiltersAndPagesInHeadlessChromium() throws Exception {
        String dom = chromium(page + "?kind=agreement&sector=oil-gas&page=2", Path.of("target", "status-page-list.png"));
        String list = dom.substring(dom.indexOf("id=\"alert-list\""), dom.indexOf("class=\"pager\""));
        long rows = list.split("class=\"row").length - 1;
        assertEquals(StatusBoard.DEFAULT_PAGE_SIZE, rows, "one page of rows");
        assertEquals(rows, list.split(">AGREEMENT<").length - 1, "only agreements");
        long expected = java.util.stream.IntStream.range(0, SYNTHETIC).filter(n -> n % 2 == 1 && n % 18 == 1).count();
        assertTrue(dom.contains(expected + " alerts"), "the count of what the filter selects");
        assertTrue(dom.contains("page 2 of " + (expected + 49) / 50), "where in the pages");
    }

    /** The page's DOM after its scripts ran, and a screenshot of it. */
    private static String chromium(String url, Path screenshot) throws Exception {
        String chromium = ExternalTools.find("chromium", "chromium-browser", "google-chrome");
        assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        List<String> common = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium"), "--virtual-time-budget=5000");
        String dom = ExternalTools.run(concat(common, "--dump-dom", url), Duration.ofSeconds(90));
        ExternalTools.run(concat(common, "--window-size=1280,1400", "--screenshot=" + screenshot.toAbsolutePath(), url),
                Duration.ofSeconds(90));
        return dom;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
