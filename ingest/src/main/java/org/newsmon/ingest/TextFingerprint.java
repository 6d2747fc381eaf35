package org.newsmon.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmon.core.ArticleIds;

/**
 * Fingerprints of an article's text, to recognise syndicated copies: an exact {@link #contentHash} of the normalised
 * words (case, accents' composition, punctuation and spacing do not count) and a 64-bit {@link #simHash} of word
 * 3-shingles, which differs in few bits when the texts differ in few words. Stateless.
 */
public final class TextFingerprint {
    private TextFingerprint() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Hex SHA-256 of the text's words, lower-cased and NFC-normalised, joined by single spaces. */
    public static String contentHash(String text) {
        return ArticleIds.sha256Hex(String.join(" ", words(text)));
    }

    /** 64-bit SimHash over word 3-shingles; 0 for an empty text. */
    public static long simHash(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        int[] weights = new int[64];
        int n = Math.max(1, words.size() - 2);
        for (int i = 0; i < n; i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + 3)));
            long h = hash64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** First 8 bytes of SHA-256: well mixed, which SimHash needs (String.hashCode is not). */
    private static long hash64(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
