package org.newsmon.ingest.websub;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsmon.core.HttpEndpoint;
import org.newsmon.ingest.feed.FeedParser;
import org.newsmon.ingest.http.LinkPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub (W3C Recommendation) subscriber: feeds that name a hub are subscribed to with a callback on this process's
 * HTTP endpoint ({@code /websub/<token>}) and a secret of their own; the hub's verification of intent is answered
 * only for a subscription we asked for; a distribution is accepted only with a valid {@code X-Hub-Signature}
 * (HMAC of the body with the secret, sha256/384/512 or sha1), then handed to the {@link Listener}. Polling goes on
 * beside it, so a hub that stops pushing costs nothing but latency. Thread-safe.
 */
public final class WebSubSubscriber {
    private static final Logger log = LoggerFactory.getLogger(WebSubSubscriber.class);
    static final String PATH = "/websub/";

    /** Where verified pushes and refused ones go. */
    public interface Listener {
        void pushed(URI feed, byte[] body, String contentType);

        void rejected(URI feed, byte[] body, String reason);
    }

    /** The hub and topic a feed document names ({@code <link rel="hub">}, {@code <link rel="self">}). */
    record Links(URI hub, URI self) {}

    enum State { PENDING, VERIFIED, DENIED }

    private static final class Subscription {
        final URI feed;
        final URI hub;
        final URI topic;
        final byte[] secret;
        volatile State state = State.PENDING;
        volatile Instant expiresAt = Instant.MAX;
        volatile Instant requestedAt = Instant.now();

        Subscription(URI feed, URI hub, URI topic, byte[] secret) {
            this.feed = feed;
            this.hub = hub;
            this.topic = topic;
            this.secret = secret;
        }
    }

    private final String callbackBase;
    private final Duration lease;
    private final int maxBodyBytes;
    private final String userAgent;
    /** Counts subscription events by name ("verified", "denied"...): the service's metrics. */
    private final Consumer<String> countEvent;
    private final Listener listener;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Subscription> byToken = new ConcurrentHashMap<>();
    private final Map<URI, String> tokenByFeed = new ConcurrentHashMap<>();

    /** @param callbackBase how hubs reach this process's HTTP endpoint, e.g. {@code https://newsmon.example.org} */
    public WebSubSubscriber(String callbackBase, Duration lease, int maxBodyBytes, String userAgent,
                     Consumer<String> countEvent, Listener listener) {
        this.callbackBase = callbackBase.endsWith("/") ? callbackBase.substring(0, callbackBase.length() - 1)
                : callbackBase;
        this.lease = lease;
        this.maxBodyBytes = maxBodyBytes;
        this.userAgent = userAgent;
        this.countEvent = countEvent;
        this.listener = listener;
    }

    public void register(HttpEndpoint http) {
        http.handle(PATH, this::handle);
    }

    /** The hub and self links of a feed document, or null when it names no hub. Never resolves entities. */
    static Links discover(String xml, URI feed) {
        Document doc = Jsoup.parse(FeedParser.stripLeadingJunk(xml), "", Parser.xmlParser());
        URI hub = null;
        URI self = null;
        for (Element link : doc.getAllElements()) {
            String name = link.tagName().toLowerCase(Locale.ROOT);
            if (!(name.equals("link") || name.endsWith(":link")) || link.attr("href").isBlank()) {
                continue;
            }
            try {
                URI href = feed.resolve(link.attr("href").strip());
                for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (rel.equals("hub") && hub == null) {
                        hub = href;
                    } else if (rel.equals("self") && self == null) {
                        self = href;
                    }
                }
            } catch (IllegalArgumentException e) {
                // an unusable href is no link
            }
        }
        return hub == null ? null : new Links(hub, self != null ? self : feed);
    }

    /**
     * After a poll: subscribes when the feed names a hub and there is no live subscription (none yet, denied or
     * unanswered for a day, or the lease ends within a day).
     */
    public void maybeSubscribe(URI feed, String xml) {
        Links links = discover(xml, feed);
        if (links == null || !LinkPolicy.allowed(links.hub(), feed)) {
            return;
        }
        String token = tokenByFeed.get(feed);
        Subscription current = token == null ? null : byToken.get(token);
        Instant now = Instant.now();
        if (current != null && current.hub.equals(links.hub()) && current.topic.equals(links.self())) {
            boolean live = current.state == State.VERIFIED && current.expiresAt.isAfter(now.plus(Duration.ofDays(1)));
            boolean waiting = current.state == State.PENDING && current.requestedAt.isAfter(now.minus(Duration.ofDays(1)));
            if (live || waiting) {
                return;
            }
        }
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        byte[] tokenBytes = new byte[16];
        random.nextBytes(tokenBytes);
        String newToken = HexFormat.of().formatHex(tokenBytes);
        // The secret is text on the wire (hub.secret); its UTF-8 bytes are the HMAC key on both sides.
        byte[] secret = HexFormat.of().formatHex(secretBytes).getBytes(StandardCharsets.US_ASCII);
        Subscription sub = new Subscription(feed, links.hub(), links.self(), secret);
        byToken.put(newToken, sub);
        String previousToken = tokenByFeed.put(feed, newToken);
        if (previousToken != null) {
            byToken.remove(previousToken);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hub.mode", "subscribe");
        form.put("hub.topic", links.self().toString());
        form.put("hub.callback", callbackBase + PATH + newToken);
        form.put("hub.secret", new String(secret, StandardCharsets.US_ASCII));
        form.put("hub.lease_seconds", Long.toString(lease.toSeconds()));
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(links.hub())
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("User-Agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                log.warn("hub {} refused the subscription to {}: HTTP {}", links.hub(), links.self(), response.statusCode());
                countEvent.accept("subscribe_refused");
                return;
            }
            countEvent.accept("subscribe_requested");
            log.info("asked hub {} for pushes of {}", links.hub(), links.self());
        } catch (IOException e) {
            countEvent.accept("subscribe_failed");
            log.warn("cannot reach hub {} for {}: {}; polling continues", links.hub(), links.self(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code feed} has a verified subscription; for tests and the status page. */
    public boolean subscribed(URI feed) {
        String token = tokenByFeed.get(feed);
        Subscription sub = token == null ? null : byToken.get(token);
        return sub != null && sub.state == State.VERIFIED;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Subscription sub = byToken.get(path.substring(Math.min(path.length(), PATH.length())));
            if (exchange.getRequestMethod().equals("GET")) {
                verify(exchange, sub);
            } else if (exchange.getRequestMethod().equals("POST")) {
                distribution(exchange, sub);
            } else {
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    /** Verification of intent: echo the challenge only for a subscription we asked for, about the same topic. */
    private void verify(HttpExchange exchange, Subscription sub) throws IOException {
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String mode = q.getOrDefault("hub.mode", "");
        if (sub == null || !sub.topic.toString().equals(q.get("hub.topic"))) {
            countEvent.accept("verification_refused");
            HttpEndpoint.respond(exchange, 404, "text/plain; charset=utf-8", "no such subscription\n");
            return;
        }
        if (mode.equals("denied")) {
            sub.state = State.DENIED;
            countEvent.accept("denied");
            log.warn("hub {} denied the subscription to {}: {}", sub.hub, sub.topic, q.get("hub.reason"));
            HttpEndpoint.respond(exchange, 200, "text/plain; charset=utf-8", "");
            return;
        }
        String challenge = q.get("hub.challenge");
        if (!mode.equals("subscribe") || challenge == null || challenge.isEmpty()) {
            // we never ask to unsubscribe: such a request is not ours
            countEvent.accept("verification_refused");
            HttpEndpoint.respond(exchange, 404, "text/plain; charset=utf-8", "not requested\n");
            return;
        }
        long leaseSeconds = lease.toSeconds();
        String given = q.get("hub.lease_seconds");
        if (given != null && given.matches("\\d{1,10}")) {
            leaseSeconds = Long.parseLong(given);
        }
        sub.expiresAt = Instant.now().plusSeconds(leaseSeconds);
        sub.state = State.VERIFIED;
        countEvent.accept("verified");
        log.info("subscription to {} at {} verified for {} s", sub.topic, sub.hub, leaseSeconds);
        HttpEndpoint.respond(exchange, 200, "text/plain; charset=utf-8", challenge);
    }

    private void distribution(HttpExchange exchange, Subscription sub) throws IOException {
        if (sub == null) {
            exchange.sendResponseHeaders(410, -1); // Gone: tells the hub to stop
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            countEvent.accept("rejected_too_large");
            listener.rejected(sub.feed, new byte[0], "pushed body exceeds " + maxBodyBytes + " bytes");
            exchange.sendResponseHeaders(413, -1);
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature");
        // Answered 2xx either way (WebSub 7.4): a forger learns nothing from the status.
        exchange.sendResponseHeaders(202, -1);
        if (!validSignature(sub.secret, body, signature)) {
            countEvent.accept("rejected_signature");
            log.warn("ignoring a push for {} with a missing or wrong signature", sub.topic);
            listener.rejected(sub.feed, body, "WebSub distribution with a missing or wrong X-Hub-Signature");
            return;
        }
        countEvent.accept("pushed");
        listener.pushed(sub.feed, body, exchange.getRequestHeaders().getFirst("Content-Type"));
    }

    static boolean validSignature(byte[] secret, byte[] body, String header) {
        if (header == null || !header.contains("=")) {
            return false;
        }
        String[] parts = header.strip().split("=", 2);
        String algorithm = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "sha1" -> "HmacSHA1";
            case "sha256" -> "HmacSHA256";
            case "sha384" -> "HmacSHA384";
            case "sha512" -> "HmacSHA512";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(parts[1].strip().toLowerCase(Locale.ROOT));
            return MessageDigest.isEqual(expected, given);
        } catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static String formEncode(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        form.forEach((k, v) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
