package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.Json;
import org.slf4j.LoggerFactory;

class FeedCommandTest {
    static {
        // Logging starts before stdout is captured: logback's first start prints its status (two logback-test.xml on
        // the classpath) to stdout, which would land among the JSON lines when this test runs first.
        LoggerFactory.getLogger(FeedCommandTest.class);
    }

    @Test
    void describesEveryInputInOrderAndExitsNonZeroWhenOneFailed(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("az.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Azərbaycan xəbərləri</title><link>https://az.example/</link>
                <item><title>Tô Lâm Bakıda</title><link>https://az.example/1</link></item></channel></rss>
                """);
        String missing = dir.resolve("gone.xml").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Newsmon.execute("feed", missing, feed.toString());
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, JsonNode.class)).toList();
        assertEquals(1, code);
        assertEquals(2, lines.size());
        assertEquals("no such file: " + missing, lines.get(0).get("error").asText());
        assertEquals("Azərbaycan xəbərləri", lines.get(1).get("title").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("newsmon feed: 1 of 2 inputs failed"));
    }
}
