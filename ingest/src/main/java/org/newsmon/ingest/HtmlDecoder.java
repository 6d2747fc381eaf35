package org.newsmon.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to text: the charset comes from a BOM, else the HTTP Content-Type, else a {@code <meta>}
 * in the first 4 KiB, else UTF-8; bytes that do not decode become U+FFFD and are reported. Stateless.
 */
final class HtmlDecoder {
    private HtmlDecoder() {}

    /** @param malformed true when some bytes did not decode in the chosen charset */
    record Decoded(String text, Charset charset, boolean malformed) {}

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    static Decoded decode(byte[] body, String contentType) {
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
        if (charset == null && contentType != null) {
            charset = charset(HEADER_CHARSET.matcher(contentType));
        }
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            charset = charset(META_CHARSET.matcher(head));
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        ByteBuffer bytes = ByteBuffer.wrap(body, skip, body.length - skip);
        CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(bytes);
            return new Decoded(chars.toString(), charset, false);
        } catch (CharacterCodingException e) {
            // Declared UTF-8 but is not: windows-1252 is what such pages usually are.
            bytes.rewind();
            Charset fallback = charset.equals(StandardCharsets.UTF_8) ? Charset.forName("windows-1252") : charset;
            String text = fallback.decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
            return new Decoded(text, fallback, true);
        } catch (RuntimeException e) {
            return new Decoded(new String(body, skip, body.length - skip, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
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
