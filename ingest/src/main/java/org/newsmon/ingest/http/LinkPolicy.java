package org.newsmon.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which article links ingest may fetch (DESIGN.md "Trust boundaries"): feed URLs are the operator's and trusted; a
 * link inside a feed is fetched only when it is http(s) and it is on the feed's own origin (same scheme, host and
 * port) or its host resolves only to public addresses, so a feed cannot make ingest probe the internal network.
 * The origin, not the host alone: a feed served from 127.0.0.1 must not reach another port there (newsmon's own HTTP
 * port, a Kafka listener). Hosts are compared as written, so another spelling of the same address (2130706433,
 * 0x7f000001, a trailing dot, an IPv6 form) is not the feed's origin and is judged by where it resolves. (The check
 * is made on resolution; a host that re-resolves to another address between check and connect is not caught.)
 * Stateless.
 */
public final class LinkPolicy {
    private LinkPolicy() {}

    public static boolean allowed(URI link, URI feed) {
        if (link == null || link.getHost() == null) {
            return false;
        }
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        if (sameOrigin(link, feed)) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(link.getHost());
            for (InetAddress a : addresses) {
                if (!isPublic(a)) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** RFC 6454 origin: scheme, host and port, the port defaulted from the scheme. */
    static boolean sameOrigin(URI link, URI feed) {
        if (feed == null || feed.getHost() == null || feed.getScheme() == null) {
            return false;
        }
        return link.getScheme().equalsIgnoreCase(feed.getScheme())
                && link.getHost().equalsIgnoreCase(feed.getHost())
                && port(link) == port(feed);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                     // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))    // benchmarking
                    && first < 224;                                   // multicast and reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            // IPv4-mapped ::ffff:a.b.c.d: judge the IPv4 address
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
