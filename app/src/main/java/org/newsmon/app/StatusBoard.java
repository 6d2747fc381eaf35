package org.newsmon.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsmon.core.Alert;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.FeedState;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.Json;
import org.newsmon.core.SectorTag;
import org.newsmon.core.Topics;
import org.newsmon.core.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status page of {@code newsmon run}: an analyst's view of the alerts (filterable by kind, status, sector and
 * time, paged, each with its detail: status timeline, sources with links, language and reporting sentence, copies),
 * articles per sector per day, per-feed health and throughput, read from the topics themselves (so it shows what a
 * subscriber would see). Served as {@code /} (an HTML page), {@code /status.json} (the page's overview),
 * {@code /alerts.json} (one page of filtered alerts) and {@code /alert.json?key=} (one alert in full). Reads
 * committed records only and joins no consumer group. Keeps every event's latest revision in memory (what the
 * compacted alerts topic holds), filtered and paged on the server so the page stays fast with many thousands.
 */
final class StatusBoard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StatusBoard.class);
    /** Alerts in the overview ({@code /status.json}); the rest is paged through {@code /alerts.json}. */
    private static final int RECENT_ALERTS = 50;
    static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 500;

    /** The topics the page reads: the pipeline's by default; a test's own on a shared broker. */
    record TopicNames(String raw, String enriched, String alerts, String feedState) {
        static final TopicNames PIPELINE = new TopicNames(Topics.RAW.name(), Topics.ENRICHED.name(),
                Topics.ALERTS.name(), Topics.FEED_STATE.name());

        List<String> all() {
            return List.of(raw, enriched, alerts, feedState);
        }
    }

    private final TopicNames topics;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread reader;
    private final Instant startedAt = Instant.now();
    // Guarded by this.
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final Map<String, FeedState> feeds = new TreeMap<>();
    private final Map<String, Map<String, Integer>> sectorsByDay = new TreeMap<>();
    private final Map<String, Long> recordsByTopic = new TreeMap<>();
    private long unreadable;

    private StatusBoard(Properties connection, TopicNames topics) {
        this.topics = topics;
        Properties p = new Properties();
        p.putAll(connection);
        p.put("isolation.level", "read_committed");
        p.put("client.id", "newsmon-status");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        reader = new Thread(this::read, "newsmon-status");
        reader.setDaemon(true);
    }

    /** Starts reading the pipeline's topics (which must exist) and serves the page on {@code http}. */
    static StatusBoard start(Properties connection, HttpEndpoint http) {
        return start(connection, http, TopicNames.PIPELINE);
    }

    /** Starts reading {@code topics} (which must exist) and serves the page on {@code http}. */
    static StatusBoard start(Properties connection, HttpEndpoint http, TopicNames topics) {
        StatusBoard board = new StatusBoard(connection, topics);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.all()) {
            board.consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        board.consumer.assign(partitions);
        board.consumer.seekToBeginning(partitions);
        board.reader.start();
        http.handle("/status.json", exchange -> HttpEndpoint.respond(exchange, 200, "application/json", board.json()));
        http.handle("/alerts.json", exchange -> {
            try {
                HttpEndpoint.respond(exchange, 200, "application/json",
                        board.alertsPage(Query.of(exchange.getRequestURI().getRawQuery()), Instant.now()));
            } catch (UserException e) {
                HttpEndpoint.respond(exchange, 400, "text/plain; charset=utf-8", e.getMessage() + "\n");
            }
        });
        http.handle("/alert.json", exchange -> {
            String key = Query.of(exchange.getRequestURI().getRawQuery()).first("key");
            String alert = key == null ? null : board.alert(key);
            if (alert == null) {
                HttpEndpoint.respond(exchange, 404, "text/plain; charset=utf-8", "no alert with key " + key + "\n");
            } else {
                HttpEndpoint.respond(exchange, 200, "application/json", alert);
            }
        });
        http.handle("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") || path.equals("/status")) {
                HttpEndpoint.respond(exchange, 200, "text/html; charset=utf-8", page());
            } else {
                HttpEndpoint.respond(exchange, 404, "text/plain; charset=utf-8", "not found: " + path + "\n");
            }
        });
        return board;
    }

    private void read() {
        try {
            while (true) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    take(r);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop.
        } catch (RuntimeException e) {
            log.warn("the status page stopped reading Kafka: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private synchronized void take(ConsumerRecord<byte[], byte[]> r) {
        recordsByTopic.merge(r.topic(), 1L, Long::sum);
        if (r.value() == null) {
            if (r.topic().equals(topics.alerts()) && r.key() != null) {
                alerts.remove(new String(r.key(), StandardCharsets.UTF_8)); // a tombstone deletes the event
            }
            return;
        }
        try {
            if (r.topic().equals(topics.alerts())) {
                Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
                alerts.put(alert.eventKey(), alert);
            } else if (r.topic().equals(topics.enriched())) {
                EnrichedArticle article = Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
                String day = LocalDate.ofInstant(article.raw().referenceTime(), ZoneOffset.UTC).toString();
                Map<String, Integer> sectors = sectorsByDay.computeIfAbsent(day, d -> new TreeMap<>());
                for (SectorTag tag : article.sectors()) {
                    sectors.merge(tag.sector(), 1, Integer::sum);
                }
            } else if (r.topic().equals(topics.feedState())) {
                FeedState state = Topics.FEED_STATE.valueSerde().deserializer().deserialize(r.topic(), r.value());
                feeds.put(state.feedUrl(), state);
            }
        } catch (RuntimeException e) {
            unreadable++; // Bad records are the DLQ's business; the page just does not show them.
        }
    }

    synchronized String json() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("startedAt", startedAt.toString());
        status.put("now", Instant.now().toString());
        status.put("alerts", alerts.values().stream()
                .sorted(Comparator.comparing(Alert::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(RECENT_ALERTS).toList());
        status.put("alertCount", alerts.size());
        status.put("sectorsByDay", sectorsByDay);
        status.put("feeds", new ArrayList<>(feeds.values()));
        Map<String, Object> throughput = new HashMap<>(recordsByTopic);
        throughput.put("unreadable", unreadable);
        status.put("records", throughput);
        try {
            return Json.MAPPER.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One page of the alerts a query selects, newest first ({@link EventsQuery#NEWEST_FIRST}), as list rows: what a
     * list shows, not the sources (those come with {@link #alert}).
     *
     * @throws UserException for a filter or page that is not one
     */
    String alertsPage(Query q, Instant now) {
        EventsQuery query = EventsQuery.parse(q.first("since"), q.first("kind"), q.all("status"), q.all("sector"), now);
        int size = q.number("size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int page = q.number("page", 1, 1, Integer.MAX_VALUE);
        List<Alert> selected;
        synchronized (this) {
            selected = query.select(alerts.values());
        }
        int pages = Math.max(1, (selected.size() + size - 1) / size);
        List<Map<String, Object>> rows = selected.stream().skip((long) (Math.min(page, pages) - 1) * size).limit(size)
                .map(StatusBoard::row).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", selected.size());
        out.put("page", Math.min(page, pages));
        out.put("pages", pages);
        out.put("size", size);
        out.put("alerts", rows);
        return write(out);
    }

    /** One alert in full, as JSON, or null when there is none with this key. */
    synchronized String alert(String key) {
        Alert alert = alerts.get(key);
        return alert == null ? null : Json.write(alert);
    }

    private static Map<String, Object> row(Alert a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("eventKey", a.eventKey());
        row.put("kind", a.kind());
        row.put("status", a.status());
        row.put("title", a.title());
        row.put("date", a.date());
        row.put("dateEnd", a.dateEnd());
        row.put("location", a.location());
        row.put("parties", a.parties());
        row.put("sectors", a.sectors());
        row.put("sources", a.sources().size());
        row.put("independentSources", a.independentSources());
        row.put("updatedAt", a.updatedAt());
        return row;
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A URL's query string, decoded: repeated and comma-separated values both count as several. */
    record Query(Map<String, List<String>> values) {
        static Query of(String rawQuery) {
            Map<String, List<String>> values = new HashMap<>();
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    for (String v : value.split(",")) {
                        if (!v.isBlank()) {
                            values.computeIfAbsent(name, n -> new ArrayList<>()).add(v.strip());
                        }
                    }
                }
            }
            return new Query(values);
        }

        String first(String name) {
            List<String> v = values.get(name);
            return v == null ? null : v.get(0);
        }

        List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }

        int number(String name, int otherwise, int min, int max) {
            String v = first(name);
            if (v == null) {
                return otherwise;
            }
            try {
                return Math.max(min, Math.min(max, Integer.parseInt(v)));
            } catch (NumberFormatException e) {
                throw new UserException(name + ": '" + v + "' is not a number");
            }
        }
    }

    private static String page() {
        try (var in = StatusBoard.class.getResourceAsStream("/status.html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            return "<!doctype html><title>newsmon</title><p>status page missing from the jar; see /status.json";
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
