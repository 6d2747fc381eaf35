package org.newsmon.app;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status page of {@code newsmon run}: recent alerts, articles per sector per day, per-feed health and throughput,
 * read from the topics themselves (so it shows what a subscriber would see) and served as {@code /} (an HTML page)
 * and {@code /status.json} (what the page draws). Reads committed records only and joins no consumer group.
 */
final class StatusBoard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StatusBoard.class);
    private static final int MAX_ALERTS = 50;
    private static final List<String> TOPICS = List.of(Topics.RAW.name(), Topics.ENRICHED.name(), Topics.ALERTS.name(),
            Topics.FEED_STATE.name());

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread reader;
    private final Instant startedAt = Instant.now();
    // Guarded by this.
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final Map<String, FeedState> feeds = new TreeMap<>();
    private final Map<String, Map<String, Integer>> sectorsByDay = new TreeMap<>();
    private final Map<String, Long> recordsByTopic = new TreeMap<>();
    private long unreadable;

    private StatusBoard(Properties connection) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put("isolation.level", "read_committed");
        p.put("client.id", "newsmon-status");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        reader = new Thread(this::read, "newsmon-status");
        reader.setDaemon(true);
    }

    /** Starts reading the topics (which must exist) and serves the page on {@code http}. */
    static StatusBoard start(Properties connection, HttpEndpoint http) {
        StatusBoard board = new StatusBoard(connection);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            board.consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        board.consumer.assign(partitions);
        board.consumer.seekToBeginning(partitions);
        board.reader.start();
        http.handle("/status.json", exchange -> HttpEndpoint.respond(exchange, 200, "application/json", board.json()));
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
            return;
        }
        try {
            if (r.topic().equals(Topics.ALERTS.name())) {
                Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
                alerts.remove(alert.eventKey());
                alerts.put(alert.eventKey(), alert);
                if (alerts.size() > MAX_ALERTS) {
                    alerts.remove(alerts.keySet().iterator().next());
                }
            } else if (r.topic().equals(Topics.ENRICHED.name())) {
                EnrichedArticle article = Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
                String day = LocalDate.ofInstant(article.raw().referenceTime(), ZoneOffset.UTC).toString();
                Map<String, Integer> sectors = sectorsByDay.computeIfAbsent(day, d -> new TreeMap<>());
                for (SectorTag tag : article.sectors()) {
                    sectors.merge(tag.sector(), 1, Integer::sum);
                }
            } else if (r.topic().equals(Topics.FEED_STATE.name())) {
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
        List<Alert> recent = new ArrayList<>(alerts.values());
        recent.sort(Comparator.comparing(Alert::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        status.put("alerts", recent);
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
