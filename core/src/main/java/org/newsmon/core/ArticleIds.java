package org.newsmon.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids: the contract says "hex of SHA-256 of the canonical URL, first 32 chars". */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(String canonicalUrl) {
        return sha256Hex(canonicalUrl).substring(0, 32);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
