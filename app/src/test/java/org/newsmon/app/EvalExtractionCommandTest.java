package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {
    private static final String PAGE = "<html><body><nav><a href=\"/\">Xəbərlər</a></nav><article>"
            + "<p>Azərbaycan və Vyetnam Bakıda birgə bəyanat imzalayıblar, hər iki tərəf bunu tarixi addım adlandırıb.</p>"
            + "</article><footer>Bütün hüquqlar qorunur</footer></body></html>";

    @Test
    void scoresEachCorpusByItsOwnMetric(@TempDir Path dir) throws Exception {
        Path shingles = dir.resolve("shingles");
        gzip(shingles.resolve("html/p1.html.gz"));
        Files.writeString(shingles.resolve("ground-truth.json"), "{\"p1\": {\"url\": \"https://az.example/1\", "
                + "\"articleBody\": \"Azərbaycan və Vyetnam Bakıda birgə bəyanat imzalayıblar, hər iki tərəf bunu "
                + "tarixi addım adlandırıb.\"}}");
        Path snippets = dir.resolve("snippets");
        gzip(snippets.resolve("html/p1.html.gz"));
        Files.writeString(snippets.resolve("expectations.jsonl"), "{\"id\": \"p1\", \"file\": \"html/p1.html.gz\", "
                + "\"url\": null, \"with\": [\"birgə bəyanat\"], \"without\": [\"Bütün hüquqlar\", \"Xəbərlər\"]}\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Newsmon.execute("eval", "extraction", "--corpus", shingles.toString(), "--corpus", snippets.toString());
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("shingles: 1 pages, shingle F1 1.0000"), printed);
        assertTrue(printed.contains("snippets: 1 pages, snippet F1 1.0000 (P 1.0000, R 1.0000), 0 failed"), printed);
    }

    @Test
    void refusesAFolderThatIsNoCorpus(@TempDir Path dir) {
        assertEquals(2, Newsmon.execute("eval", "extraction", "--corpus", dir.toString()));
    }

    private static void gzip(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
