package org.newsmon.alerts.notify;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.newsmon.core.Alert;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events: {@code GET /alerts/stream} streams every alert revision as {@code event: alert} with the
 * Alert JSON as data. Event ids are {@code <epoch>-<sequence>}, the epoch naming this process; the last
 * {@code capacity} events are kept, so a client that reconnects with {@code Last-Event-ID} gets what it missed. An
 * id this buffer cannot place (from before a restart, or older than the buffer) replays the whole buffer: a client
 * may then see a revision twice, and tells it by {@code eventKey} and {@code revision}. A revision no newer than one
 * already streamed for its event is not streamed again. {@link AlertsService} primes the buffer at start with the latest revision of the
 * recent events, so a client coming back after a restart gets the current state. Thread-safe.
 */
public final class SseBroadcaster implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(SseBroadcaster.class);
    /** A comment line this often keeps proxies from closing an idle stream, and finds dead clients. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** A client this far behind is dropped; it reconnects and resumes from the buffer. */
    private static final int MAX_PENDING = 10_000;
    private static final Event CLOSED = new Event(-1, "");

    record Event(long sequence, String data) {}

    private final int capacity;
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final Deque<Event> buffer = new ArrayDeque<>();
    /** Per event key, the newest revision streamed: one small entry per event. */
    private final Map<String, Integer> newestRevision = new HashMap<>();
    private final List<BlockingQueue<Event>> subscribers = new CopyOnWriteArrayList<>();
    private long sequence;
    private volatile boolean closed;

    public SseBroadcaster(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public String name() {
        return "sse";
    }

    @Override
    public synchronized void deliver(Alert alert) {
        Integer newest = newestRevision.get(alert.eventKey());
        if (newest != null && newest >= alert.revision()) {
            return; // streamed already, or older than what was (primed from the topic, redelivered after a restart)
        }
        newestRevision.put(alert.eventKey(), alert.revision());
        Event event = new Event(++sequence, Json.write(alert));
        buffer.addLast(event);
        if (buffer.size() > capacity) {
            buffer.removeFirst();
        }
        for (BlockingQueue<Event> queue : subscribers) {
            if (!queue.offer(event)) {
                subscribers.remove(queue);
                queue.clear();
                queue.offer(CLOSED);
            }
        }
    }

    /** How many clients are connected now. */
    public int clients() {
        return subscribers.size();
    }

    /** The HTTP handler of {@code /alerts/stream}; holds its thread for as long as the client stays. */
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            HttpEndpoint.respond(exchange, 405, "text/plain; charset=utf-8", "use GET\n");
            return;
        }
        if (closed) {
            HttpEndpoint.respond(exchange, 503, "text/plain; charset=utf-8", "shutting down\n");
            return;
        }
        String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>(MAX_PENDING);
        List<Event> backlog = subscribe(lastEventId, queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "retry: 3000\n\n");
            for (Event e : backlog) {
                write(out, format(e));
            }
            while (!closed) {
                Event e = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                if (e == CLOSED) {
                    break;
                }
                write(out, e == null ? ": keep-alive\n\n" : format(e));
            }
        } catch (IOException e) {
            log.debug("SSE client went away: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            subscribers.remove(queue);
            exchange.close();
        }
    }

    /** Registers the queue and returns what the client missed, in one step so no event falls in between. */
    private synchronized List<Event> subscribe(String lastEventId, BlockingQueue<Event> queue) {
        long after = resumeAfter(lastEventId);
        List<Event> backlog = new ArrayList<>();
        for (Event e : buffer) {
            if (e.sequence() > after) {
                backlog.add(e);
            }
        }
        subscribers.add(queue);
        return backlog;
    }

    /** The sequence to resume after: none given → now (only new events); unknown → replay the whole buffer. */
    private long resumeAfter(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return sequence;
        }
        String[] parts = lastEventId.strip().split("-", 2);
        if (parts.length == 2 && parts[0].equals(epoch)) {
            try {
                long seen = Long.parseLong(parts[1]);
                long oldest = buffer.isEmpty() ? sequence + 1 : buffer.peekFirst().sequence();
                if (seen >= oldest - 1 && seen <= sequence) {
                    return seen;
                }
            } catch (NumberFormatException e) {
                // fall through: an id we did not make
            }
        }
        return 0;
    }

    private String format(Event e) {
        return "id: " + epoch + "-" + e.sequence() + "\nevent: alert\ndata: " + e.data() + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<Event> queue : subscribers) {
            queue.clear();
            queue.offer(CLOSED);
        }
    }
}
