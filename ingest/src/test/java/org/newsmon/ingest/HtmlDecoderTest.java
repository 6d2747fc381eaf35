package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    @Test
    void readsTheCharsetOfAMetaTag() {
        byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body>То Лам в Баку</body></html>"
                .getBytes(Charset.forName("windows-1251"));
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page, "text/html");
        assertTrue(d.text().contains("То Лам в Баку"), d.text());
        assertFalse(d.malformed());
    }

    @Test
    void theHttpHeaderWinsOverTheMetaTag() {
        byte[] page = "<meta charset=\"iso-8859-1\"><p>Tô Lâm</p>".getBytes(StandardCharsets.UTF_8);
        assertTrue(HtmlDecoder.decode(page, "text/html; charset=UTF-8").text().contains("Tô Lâm"));
    }

    @Test
    void readsWindows1252BytesDeclaredAsUtf8AndReportsThem() {
        byte[] page = "<p>Ilham \u0130lham caf\u00e9 \u201cquoted\u201d</p>".replace("\u0130lham ", "")
                .getBytes(Charset.forName("windows-1252"));
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page, "text/html; charset=utf-8");
        assertTrue(d.malformed());
        assertEquals("<p>Ilham café “quoted”</p>", d.text());
    }

    @Test
    void aByteOrderMarkDecidesAndIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "<p>Azərbaycan</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, page, 0, 3);
        System.arraycopy(text, 0, page, 3, text.length);
        assertEquals("<p>Azərbaycan</p>", HtmlDecoder.decode(page, "text/html; charset=iso-8859-1").text());
    }
}
