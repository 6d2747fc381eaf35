package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;

class TagCommandTest {

    @Test
    void tagsAGzippedDemoPageAndATextFromStdinWithAGivenPublicationTime(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("n1.html.gz");
        try (InputStream in = TagCommandTest.class.getResourceAsStream("/demo/pages/newsaz-to-lam-ends-baku-visit.html");
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            in.transferTo(out);
        }
        String text = "Ильхам Алиев и То Лам подписали вчера в Баку совместное заявление.\n";
        List<EnrichedArticle> tagged = run(text, "--published", "2025-05-08", page.toString(), "-");

        assertEquals(2, tagged.size());
        assertTrue(tagged.get(0).entities().stream().anyMatch(e -> e.name().equals("To Lam")), "N1 names To Lam");
        Event signed = tagged.get(1).events().stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertEquals(EventStatus.SIGNED, signed.status());
        assertEquals(LocalDate.of(2025, 5, 7), signed.date(), "'вчера' resolved against --published");
    }

    @Test
    void tagsADirectoryRecursivelyAndGoesOnPastInputsItCannotRead(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("a.html"), "<html><body><p>Tô Lâm thăm chính thức Azerbaijan.</p></body></html>");
        Files.write(dir.resolve("b/broken.html.gz"), new byte[] {31, -117, 8, 0, 1, 2});
        Files.writeString(dir.resolve("b/c/d.txt"), "Ильхам Алиев встретился с То Ламом в Баку.");
        Files.writeString(dir.resolve("b/notes.md"), "# not a page");
        Files.writeString(dir.resolve(".hidden.html"), "<p>x</p>");
        String missing = dir.resolve("missing.html").toString();

        Result r = runTag(dir.toString(), missing);

        assertEquals(1, r.exitCode());
        List<JsonNode> lines = r.out().lines().map(l -> Json.read(l, JsonNode.class)).toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).get("text").asText().contains("Tô Lâm"), "a.html first, in name order");
        assertEquals(dir.resolve("b/broken.html.gz").toString(), lines.get(1).get("input").asText());
        assertTrue(lines.get(1).get("error").asText().contains("gzip"), lines.get(1).toString());
        assertTrue(lines.get(2).get("text").asText().contains("Алиев"), "b/c/d.txt");
        assertEquals("no such file: " + missing, lines.get(3).get("error").asText());
        assertTrue(r.err().contains("3 files to tag, 2 skipped (1 hidden, 1 not named"), r.err());
        assertTrue(r.err().contains("2 of 4 inputs failed"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result runTag(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "tag";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = Newsmon.execute(all);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private static List<EnrichedArticle> run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        InputStream savedIn = System.in;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            String[] all = new String[args.length + 1];
            all[0] = "tag";
            System.arraycopy(args, 0, all, 1, args.length);
            assertEquals(0, Newsmon.execute(all));
        } finally {
            System.setOut(savedOut);
            System.setIn(savedIn);
        }
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, EnrichedArticle.class)).toList();
    }
}
