package org.newsmon.alerts.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsmon.core.Alert;
import org.newsmon.core.HttpEndpoint;

class SseBroadcasterTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private HttpEndpoint http;
    private SseBroadcaster sse;
    private URI stream;

    @BeforeEach
    void start() {
        http = HttpEndpoint.start("127.0.0.1", 0, HttpEndpoint.newRegistry(), () -> true);
        sse = new SseBroadcaster(100);
        http.handle("/alerts/stream", sse::handle);
        stream = URI.create("http://127.0.0.1:" + http.port() + "/alerts/stream");
    }

    @AfterEach
    void stop() {
        sse.close();
        http.close();
    }

    static Alert revision(int n) {
        Alert a = WebhookNotifierTest.alert();
        return new Alert(a.eventKey(), a.kind(), a.status(), a.title(), a.summary(), a.date(), a.parties(), a.actors(),
                a.sectors(), a.sources(), n, a.firstSeenAt(), a.updatedAt());
    }

    private void awaitClients(int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sse.clients() != n) {
            assertTrue(System.nanoTime() < deadline, "expected " + n + " SSE clients, have " + sse.clients());
            Thread.sleep(20);
        }
    }

    @Test
    void resumesAfterLastEventIdWithWhatTheClientMissed() throws Exception {
        String lastId;
        try (SseClient first = new SseClient(stream, null)) {
            awaitClients(1);
            sse.deliver(revision(1));
            sse.deliver(revision(2));
            assertEquals(1, first.next(WAIT).alert().revision());
            SseClient.Received second = first.next(WAIT);
            assertEquals(2, second.alert().revision());
            lastId = second.id();
        }
        sse.deliver(revision(3)); // while nobody listens
        sse.deliver(revision(4));

        try (SseClient resumed = new SseClient(stream, lastId)) {
            assertEquals(3, resumed.next(WAIT).alert().revision());
            assertEquals(4, resumed.next(WAIT).alert().revision());
            sse.deliver(revision(5));
            assertEquals(5, resumed.next(WAIT).alert().revision());
            assertTrue(resumed.idle(Duration.ofMillis(300)), "nothing twice");
        }
    }

    @Test
    void anIdFromAnotherProcessReplaysTheBuffer() throws Exception {
        for (int n = 1; n <= 3; n++) {
            sse.deliver(revision(n));
        }
        try (SseClient client = new SseClient(stream, "zzzz-2")) {
            List<Integer> got = List.of(client.next(WAIT).alert().revision(), client.next(WAIT).alert().revision(),
                    client.next(WAIT).alert().revision());
            assertEquals(List.of(1, 2, 3), got);
        }
    }

    @Test
    void aRevisionNoNewerThanOneStreamedIsNotStreamedAgain() throws Exception {
        sse.deliver(revision(2));
        sse.deliver(revision(1)); // redelivered after a restart, older than what was primed
        sse.deliver(revision(2));
        try (SseClient client = new SseClient(stream, "unknown-0")) {
            assertEquals(2, client.next(WAIT).alert().revision());
            assertTrue(client.idle(Duration.ofMillis(300)));
        }
    }

    @Test
    void withATokenTheStreamNeedsItAndAcceptsIt() throws Exception {
        try (HttpEndpoint secured = HttpEndpoint.start("127.0.0.1", 0, "s3cr3t-token", HttpEndpoint.newRegistry(),
                () -> true)) {
            secured.handle("/alerts/stream", sse::handle);
            URI securedStream = URI.create("http://127.0.0.1:" + secured.port() + "/alerts/stream");
            AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> new SseClient(securedStream, null).close());
            assertEquals("SSE answered 401", refused.getMessage());
            try (SseClient client = new SseClient(securedStream, null, "s3cr3t-token")) {
                awaitClients(1);
                sse.deliver(revision(1));
                assertEquals(1, client.next(WAIT).alert().revision());
            }
        }
    }

    @Test
    void aNewClientWithoutIdGetsOnlyNewEvents() throws Exception {
        sse.deliver(revision(1));
        try (SseClient client = new SseClient(stream, null)) {
            awaitClients(1);
            sse.deliver(revision(2));
            assertEquals(2, client.next(WAIT).alert().revision());
        }
    }
}
