package org.newsmon.ingest.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to text: the charset comes from a BOM, else the HTTP Content-Type, else a {@code <meta>}
 * in the first 4 KiB, else UTF-8. A declaration the bytes contradict is not believed: a UTF-16 or UTF-32 label on
 * bytes without a BOM and without NULs (ASCII-compatible, as every such page we have seen) is read as undeclared
 * (WHATWG does the same for a meta tag). Bytes that do not decode become U+FFFD and are reported, except that text
 * labelled (or taken for) UTF-8 with more bad sequences than good multi-byte ones is windows-1252, the usual truth of
 * such pages. Stateless.
 */
public final class HtmlDecoder {
    private HtmlDecoder() {}

    /** @param malformed true when some bytes did not decode in the chosen charset */
    public record Decoded(String text, Charset charset, boolean malformed) {}

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    public static Decoded decode(byte[] body, String contentType) {
        Charset charset = null;
        int skip = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        boolean bom = charset != null;
        if (charset == null && contentType != null) {
            charset = believable(charset(HEADER_CHARSET.matcher(contentType)), body);
        }
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            charset = believable(charset(META_CHARSET.matcher(head)), body);
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(body, skip, body.length - skip));
            return new Decoded(chars.toString(), charset, false);
        } catch (CharacterCodingException e) {
            Charset fallback = !bom && charset.equals(StandardCharsets.UTF_8) && !mostlyUtf8(body, skip)
                    ? Charset.forName("windows-1252") : charset;
            // the charset's own decode() puts U+FFFD in place of each bad sequence
            return new Decoded(fallback.decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString(), fallback, true);
        }
    }

    /** {@code declared}, or null when it needs NULs in the text (UTF-16/32) and the bytes have none near the start. */
    private static Charset believable(Charset declared, byte[] body) {
        if (declared == null || !declared.canEncode() || Arrays.equals("<".getBytes(declared), new byte[] {'<'})) {
            return declared;
        }
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            if (body[i] == 0) {
                return declared;
            }
        }
        return null;
    }

    /**
     * Whether bytes that are not valid UTF-8 throughout are still UTF-8 with a few bad bytes: some well-formed
     * multi-byte sequences, at least a quarter as many as malformed ones. Text in another single-byte charset
     * (windows-1252's "café", windows-1251's Cyrillic) is almost all malformed as UTF-8, with well-formed pairs only by
     * accident; a UTF-8 page with a stray byte is almost all well-formed. Pure ASCII with stray bytes says nothing
     * either way and stays with the windows-1252 fallback.
     */
    public static boolean mostlyUtf8(byte[] b, int from) {
        int good = 0;
        int bad = 0;
        int i = from;
        while (i < b.length) {
            int lead = b[i] & 0xff;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean ok = length > 0 && i + length <= b.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += length;
            } else {
                bad++;
                i++;
            }
        }
        return good > 0 && 4 * good >= bad;
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            // WHATWG: a page labelled latin-1 is decoded as windows-1252
            return Charset.forName(name.equals("iso-8859-1") || name.equals("latin1") ? "windows-1252" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
