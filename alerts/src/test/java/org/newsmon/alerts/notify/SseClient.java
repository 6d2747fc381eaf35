package org.newsmon.alerts.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsmon.core.Alert;
import org.newsmon.core.Json;

/** A minimal server-sent-events reader for tests: JDK HttpClient, one event at a time. */
public final class SseClient implements AutoCloseable {
    public record Received(String id, Alert alert) {}

    private final Stream<String> lines;
    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    public SseClient(URI uri, String lastEventId) throws Exception {
        this(uri, lastEventId, null);
    }

    /** @param bearerToken sent as {@code Authorization: Bearer ...} when not null */
    public SseClient(URI uri, String lastEventId, String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError("SSE answered " + response.statusCode());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("not an event stream: " + response.headers());
        }
        lines = response.body();
        reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String id = null;
        String event = null;
        StringBuilder data = new StringBuilder();
        try {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if ("alert".equals(event)) {
                        events.add(new Received(id, Json.read(data.toString(), Alert.class)));
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (RuntimeException e) {
            // closed by the test
        }
    }

    public Received next(Duration timeout) throws InterruptedException {
        Received r = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no SSE event within " + timeout);
        }
        return r;
    }

    public boolean idle(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    @Override
    public void close() {
        lines.close();
    }
}
