package org.newsmon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpEndpointTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void aTakenPortIsTheUsersErrorNamingThePortAndTheFlag() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            UserException e = assertThrows(UserException.class, () ->
                    HttpEndpoint.start("127.0.0.1", taken.getLocalPort(), HttpEndpoint.newRegistry(), () -> true));
            assertTrue(e.getMessage().contains("HTTP port " + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("--http-port"), e.getMessage());
        }
    }

    private static HttpEndpoint start(Map<String, String> settings) {
        Map<String, String> values = new java.util.HashMap<>(settings);
        values.put(CommonSettings.HTTP_PORT.name(), "0");
        return HttpEndpoint.start(Config.of(values, CommonSettings.KEYS), HttpEndpoint.newRegistry(), () -> true);
    }

    private static int status(HttpEndpoint http, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void bindsOnlyLoopbackByDefault() throws Exception {
        try (HttpEndpoint http = start(Map.of())) {
            assertEquals(200, status(http, "/metrics", null));
            List<InetAddress> others = NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
            assertTrue(!others.isEmpty(), "this test needs a non-loopback IPv4 address to try");
            for (InetAddress other : others) {
                try (Socket s = new Socket()) {
                    assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(other, http.port()), 2000),
                            "reachable on " + other);
                }
            }
        }
    }

    @Test
    void withATokenEveryPathButHealthNeedsTheBearerToken() throws Exception {
        try (HttpEndpoint http = start(Map.of(CommonSettings.HTTP_AUTH_TOKEN.name(), "s3cr3t"))) {
            http.handle("/status.json", ex -> HttpEndpoint.respond(ex, 200, "application/json", "{}"));
            for (String path : List.of("/metrics", "/status.json", "/", "/no-such-path")) {
                assertEquals(401, status(http, path, null), path);
                assertEquals(401, status(http, path, "Bearer wrong"), path);
                assertEquals(401, status(http, path, "s3cr3t"), path);
            }
            assertEquals(200, status(http, "/metrics", "Bearer s3cr3t"));
            assertEquals(200, status(http, "/status.json", "Bearer s3cr3t"));
            assertEquals(200, status(http, "/health", null));
        }
    }

    @Test
    void readsTheTokenFromAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "from-a-file\n");
        try (HttpEndpoint http = start(Map.of(CommonSettings.HTTP_AUTH_TOKEN_FILE.name(), file.toString()))) {
            assertEquals(401, status(http, "/metrics", null));
            assertEquals(200, status(http, "/metrics", "Bearer from-a-file"));
        }
    }
}
