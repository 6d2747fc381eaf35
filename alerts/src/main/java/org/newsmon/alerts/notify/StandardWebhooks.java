package org.newsmon.alerts.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The symmetric signature of the Standard Webhooks specification (https://www.standardwebhooks.com): the secret is
 * {@code whsec_} + base64 of the key bytes; the signature is {@code v1,} + base64 of HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}. Because the timestamp is signed, a receiver that refuses old
 * timestamps cannot be fed a captured delivery again. Stateless.
 */
public final class StandardWebhooks {
    public static final String SECRET_PREFIX = "whsec_";
    /** The specification's bounds on the key: at least 24 bytes, at most 64 (512 bits). */
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private StandardWebhooks() {}

    /**
     * The key bytes of a {@code whsec_...} secret.
     *
     * @throws IllegalArgumentException saying what a secret must look like, without echoing it
     */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("must be " + SECRET_PREFIX + " followed by base64 of " + MIN_KEY_BYTES
                    + " to " + MAX_KEY_BYTES + " random bytes (Standard Webhooks), e.g. "
                    + "whsec_$(openssl rand -base64 32)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the part after " + SECRET_PREFIX + " is not base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("the key after " + SECRET_PREFIX + " is " + key.length
                    + " bytes; Standard Webhooks needs " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES);
        }
        return key;
    }

    /** The {@code webhook-signature} value: {@code v1,} and base64 of HMAC-SHA256 of {@code id.timestamp.body}. */
    public static String sign(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e); // every JVM has it
        }
    }
}
