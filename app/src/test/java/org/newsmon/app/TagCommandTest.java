package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
