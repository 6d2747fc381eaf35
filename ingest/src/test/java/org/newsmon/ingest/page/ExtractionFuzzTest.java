package org.newsmon.ingest.page;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every page of both extraction corpora, mutated versions of them and synthetic hostile pages, from bytes through the
 * decoder and the extractor: each must give an answer (text, maybe empty), never an exception, within a bounded time.
 * Deterministic: one fixed seed.
 */
class ExtractionFuzzTest {
    private static final Path TESTDATA = Path.of("../../shared/testdata");
    private static final URI URL = URI.create("https://fuzz.example/news/1");
    /**
     * Time allowed per page: 5 s, and 1 s more per MB (the work is linear in the page's size), on a shared 2-core
     * machine where the corpora's slowest page takes well under a second.
     */
    private static long maxNanos(int bytes) {
        return 5_000_000_000L + bytes * 1_000L;
    }
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BODY = Pattern.compile("(?is)<body\\b.*");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");

    private final Random random = new Random(20_251_203L);
    private final List<String> slow = new ArrayList<>();

    @Test
    @Timeout(300)
    void everyCorpusPageAndItsMutationsGiveAnAnswerInBoundedTime() throws IOException {
        assumeTrue(Files.isDirectory(TESTDATA.resolve("extraction-dev2")), "../shared/testdata is absent");
        List<Path> files;
        try (Stream<Path> dev = Files.list(TESTDATA.resolve("extraction-dev/html"));
             Stream<Path> dev2 = Files.list(TESTDATA.resolve("extraction-dev2/html"))) {
            files = Stream.concat(dev, dev2).sorted().toList();
        }
        assertTrue(files.size() >= 1081, "both corpora: " + files.size());
        int n = 0;
        for (Path file : files) {
            byte[] page = gunzip(file);
            extract(file + " as it is", page);
            // every fourth page mutated too (all pages would double the run time), the kinds in rotation
            String name = file.getFileName().toString();
            if (n++ % 4 != 0) {
                continue;
            }
            switch (n / 4 % 4) {
                case 0 -> extract(name + " cut", java.util.Arrays.copyOf(page, random.nextInt(page.length + 1)));
                case 1 -> extract(name + " tags stripped", utf8(TAG.matcher(text(page)).replaceAll("")));
                case 2 -> extract(name + " empty body", utf8(BODY.matcher(text(page)).replaceFirst("<body></body></html>")));
                default -> extract(name + " only scripts and styles", utf8(onlyScriptsAndStyles(text(page))));
            }
        }
        assertTrue(slow.isEmpty(), "slower than 5 s + 1 s per MB: " + slow);
    }

    @Test
    @Timeout(120)
    void hostilePagesGiveAnAnswerInBoundedTime() {
        for (String tag : List.of("div", "li", "blockquote", "p", "span", "table", "a", "b", "section", "font")) {
            extract("10,000 nested " + tag, utf8("<html><body>" + ("<" + tag + ">Tô Lâm ").repeat(10_000)
                    + "Baku.".repeat(3) + ("</" + tag + ">").repeat(10_000) + "</body></html>"));
        }
        extract("10,000 nested, never closed", utf8("<html><body>" + "<div><ul><li><blockquote>".repeat(2_500)));
        StringBuilder big = new StringBuilder("<html><body><article>");
        while (big.length() < 20 * 1024 * 1024) {
            big.append("<p>Ильхам Алиев и То Лам подписали в Баку совместное заявление о стратегическом партнёрстве, "
                    + "номер ").append(big.length()).append(".</p>\n<div class=\"share\"><a href=\"#\">Telegram</a></div>\n");
        }
        extract("20 MB page", utf8(big.append("</article></body></html>").toString()));
        byte[] binary = new byte[2 * 1024 * 1024];
        random.nextBytes(binary);
        extract("binary data labelled HTML", binary);
        byte[] prefixed = utf8("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + new String(binary,
                StandardCharsets.ISO_8859_1));
        extract("binary body in an HTML page", prefixed);
        extract("nothing at all", new byte[0]);
        assertTrue(slow.isEmpty(), "slower than 5 s + 1 s per MB: " + slow);
    }

    /** Decodes and extracts as ingest does; an exception fails the test, naming the input. */
    private void extract(String what, byte[] bytes) {
        long start = System.nanoTime();
        ExtractedPage page;
        try {
            page = PageExtractor.extract(HtmlDecoder.decode(bytes, "text/html").text(), URL);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " threw " + e, e);
        }
        long took = System.nanoTime() - start;
        assertNotNull(page.text(), what);
        if (took > maxNanos(bytes.length)) {
            slow.add(what + " (" + bytes.length + " bytes) " + took / 1_000_000 + " ms");
        }
    }

    private static String onlyScriptsAndStyles(String html) {
        StringBuilder out = new StringBuilder("<html><head>");
        Matcher m = SCRIPT_OR_STYLE.matcher(html);
        while (m.find()) {
            out.append(m.group());
        }
        return out.append("</head><body></body></html>").toString();
    }

    private static String text(byte[] page) {
        return HtmlDecoder.decode(page, null).text();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
