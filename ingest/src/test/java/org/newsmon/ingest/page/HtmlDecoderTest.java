package org.newsmon.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Article pages of our own in the four languages of the watch. */
    static final List<String> PAGES = List.of(
            "<html lang=\"en\"><body><p>Vietnam’s and Azerbaijan’s leaders signed a joint statement in Baku.</p></body></html>",
            "<html lang=\"ru\"><body><p>Вьетнам и Азербайджан подписали совместное заявление в Баку.</p></body></html>",
            "<html lang=\"az\"><body><p>Vyetnam və Azərbaycan Bakıda birgə bəyanat imzalayıblar.</p></body></html>",
            "<html lang=\"vi\"><body><p>Việt Nam và Azerbaijan ký tuyên bố chung tại Baku.</p></body></html>");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aUtf8PageWithAFewBadBytesStaysUtf8(int language) {
        String page = PAGES.get(language);
        byte[] good = page.getBytes(StandardCharsets.UTF_8);
        int cut = page.indexOf("<p>") + 3;
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, cut);
        bad[cut] = (byte) 0xFF;
        bad[cut + 1] = (byte) 0xC3; // a lead byte followed by ASCII: malformed too
        System.arraycopy(good, cut, bad, cut + 2, good.length - cut);
        for (String contentType : new String[] {null, "text/html; charset=utf-8"}) {
            HtmlDecoder.Decoded d = HtmlDecoder.decode(bad, contentType);
            assertEquals(page.substring(0, cut) + "\uFFFD\uFFFD" + page.substring(cut), d.text());
            assertEquals(StandardCharsets.UTF_8, d.charset());
            assertTrue(d.malformed());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aUtf16LabelOnAsciiCompatibleBytesIsNotBelieved(int language) {
        String page = PAGES.get(language).replace("<body>", "<head><meta charset=\"utf-16\"></head><body>");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        assertEquals(page, HtmlDecoder.decode(bytes, null).text());
        assertEquals(page, HtmlDecoder.decode(bytes, "text/html; charset=UTF-16LE").text());
    }

    @Test
    void aUtf16PageWithoutBomButWithItsNulsIsStillUtf16() {
        String page = PAGES.get(3).replace("<body>", "<head><meta charset=\"utf-16le\"></head><body>");
        assertEquals(page, HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_16LE), "text/html; charset=utf-16le").text());
    }

    @Test
    void aPageInWindows1251LabelledUtf8IsNotUtf8() {
        byte[] page = PAGES.get(1).getBytes(Charset.forName("windows-1251"));
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page, "text/html; charset=utf-8");
        assertTrue(d.malformed());
        assertEquals(Charset.forName("windows-1252"), d.charset(), "mostly bad as UTF-8: the usual fallback");
    }
}
