package org.newsmon.ingest.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of an article URL, so the same article reached through a campaign link, a share link or a mixed-case
 * host gets the same id: lower-case scheme and host, no default port, no fragment, no tracking parameters. Stateless.
 */
public final class CanonicalUrls {
    private CanonicalUrls() {}

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid",
            "ito", "ncid", "sr_share", "spm", "share", "from", "at_medium", "at_campaign", "s_cid");

    /** {@code url} canonicalised; a string that is not a URI comes back stripped but otherwise unchanged. */
    public static String canonicalize(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            if (host == null) {
                return trimmed;
            }
            int port = uri.getPort();
            if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = stripTracking(uri.getRawQuery());
            StringBuilder out = new StringBuilder(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                out.append(uri.getRawUserInfo()).append('@');
            }
            out.append(host);
            if (port != -1) {
                out.append(':').append(port);
            }
            out.append(path);
            if (query != null) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String stripTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || name.startsWith("pk_") || name.startsWith("hsa_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
