package org.newsmon.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class HttpEndpointTest {
    @Test
    void aTakenPortIsTheUsersErrorNamingThePortAndTheFlag() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            UserException e = assertThrows(UserException.class, () ->
                    HttpEndpoint.start("127.0.0.1", taken.getLocalPort(), HttpEndpoint.newRegistry(), () -> true));
            assertTrue(e.getMessage().contains("HTTP port " + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("--http-port"), e.getMessage());
        }
    }
}
