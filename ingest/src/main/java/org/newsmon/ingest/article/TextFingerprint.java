package org.newsmon.ingest.article;

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

    /**
     * 64-bit FNV-1a over the UTF-16 chars, then MurmurHash3's finaliser: well mixed, which SimHash needs
     * (String.hashCode is not), and far cheaper than a cryptographic digest per shingle.
     */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
