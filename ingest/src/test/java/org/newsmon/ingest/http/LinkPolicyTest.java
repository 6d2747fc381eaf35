package org.newsmon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {
    private static final URI FEED = URI.create("http://127.0.0.1:8080/feeds/az.xml");

    @Test
    void allowsTheFeedsOwnHostEvenOnLoopback() {
        assertTrue(LinkPolicy.allowed(URI.create("http://127.0.0.1:8080/pages/z1.html"), FEED));
    }

    @Test
    void refusesOtherPrivateLoopbackAndMetadataAddresses() {
        for (String url : new String[] {"http://localhost/", "http://10.1.2.3/", "http://192.168.0.1/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/", "http://100.64.0.1/",
                "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/"}) {
            assertFalse(LinkPolicy.allowed(URI.create(url), FEED), url);
        }
    }

    @Test
    void refusesNonHttpSchemes() {
        assertFalse(LinkPolicy.allowed(URI.create("file:///etc/passwd"), FEED));
        assertFalse(LinkPolicy.allowed(URI.create("ftp://93.184.216.34/x"), FEED));
    }

    @Test
    void allowsPublicAddresses() {
        assertTrue(LinkPolicy.allowed(URI.create("https://93.184.216.34/news"), FEED));
        assertTrue(LinkPolicy.allowed(URI.create("http://[2606:2800:220:1:248:1893:25c8:1946]/"), FEED));
    }
}
