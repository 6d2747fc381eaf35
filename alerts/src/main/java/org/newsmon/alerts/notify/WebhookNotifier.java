package org.newsmon.alerts.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.newsmon.core.CloudEvents;
import org.newsmon.core.Alert;
import org.newsmon.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert revision as JSON to one URL. The receiver can check where it came from and drop repeats:
 * <ul>
 *   <li>Standard Webhooks headers ({@link StandardWebhooks}): {@code webhook-id} ({@code <eventKey>:<revision>}),
 *   {@code webhook-timestamp} (of this attempt: each retry is signed afresh, so a receiver may refuse old ones) and
 *   {@code webhook-signature};</li>
 *   <li>{@code Idempotency-Key: <eventKey>:<revision>} is the same on every retry and redelivery of a revision;</li>
 *   <li>CloudEvents HTTP binary-mode headers ({@code ce-id}, {@code ce-type}, ...) describe the event.</li>
 * </ul>
 * A 2xx answer is success. 408, 429, 5xx and I/O errors are retried with {@link Backoff}; any other status fails at
 * once. A revision that still fails goes to the dead-letter sink, and {@link #deliver} throws
 * {@link DeliveryFailedException} (counted, not retried again, so the next revision is not held up). Used from one
 * thread at a time.
 */
public final class WebhookNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);
    static final String STAGE = "notifier-webhook";

    private final URI url;
    private final byte[] key;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration timeout;
    private final NotifierFilter filter;
    private final DeadLetterSink deadLetters;
    private final NotifierMetrics metrics;
    private final HttpClient client;

    /** @param secret {@code whsec_...}, see {@link StandardWebhooks#key} */
    WebhookNotifier(URI url, String secret, Backoff backoff, Duration timeout, NotifierFilter filter,
                    DeadLetterSink deadLetters, NotifierMetrics metrics) {
        this.url = url;
        this.key = StandardWebhooks.key(secret);
        this.clock = Clock.systemUTC();
        this.backoff = backoff;
        this.timeout = timeout;
        this.filter = filter;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean accepts(Alert alert) {
        return filter.accepts(alert);
    }

    @Override
    public void deliver(Alert alert) {
        byte[] body = Json.write(alert).getBytes(StandardCharsets.UTF_8);
        String id = CloudEvents.id(alert);
        String lastError = null;
        for (int attempt = 1; attempt <= backoff.retries() + 1; attempt++) {
            if (attempt > 1) {
                metrics.retry(name());
                if (!backoff.waitBefore(attempt - 1)) {
                    lastError = "interrupted while waiting to retry";
                    break;
                }
            }
            try {
                HttpResponse<Void> response = client.send(request(alert, id, body), HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                lastError = "HTTP " + status;
                if (!(status == 408 || status == 429 || status >= 500)) {
                    break; // the receiver refuses this request: sending it again will not help
                }
            } catch (IOException e) {
                lastError = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastError = "interrupted";
                break;
            }
            log.info("webhook {} for {}: {} (attempt {} of {})", url, CloudEvents.id(alert), lastError, attempt,
                    backoff.retries() + 1);
        }
        String reason = "webhook " + url + " did not take " + CloudEvents.id(alert) + ": " + lastError;
        log.warn("{}; sent to the DLQ", reason);
        throw deadLetters.gaveUp(alert, body, STAGE, reason);
    }

    /** One attempt: signed with this attempt's time, as the specification asks (a retry is a new attempt). */
    private HttpRequest request(Alert alert, String id, byte[] body) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhooks.sign(key, id, timestamp, body))
                .header("Idempotency-Key", id)
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-type", CloudEvents.type(alert))
                .header("ce-source", CloudEvents.SOURCE)
                .header("ce-subject", alert.eventKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    @Override
    public void close() {
        if (deadLetters instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("closing the dead-letter sink: {}", e.toString());
            }
        }
    }
}
