package org.newsmon.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.core.FetchedDocument;

class SavedHistoryTest {
    private static final String BASE = "http://demo.newsmon.test";

    @Test
    void opmlOutlinesNameTheFeedAndItsSavedCopy(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("saved/vna-2025-05.xml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, DemoDocuments.files(BASE).get("/feeds/vna.xml"), StandardCharsets.UTF_8);
        Instant savedAt = Instant.parse("2025-05-09T00:00:00Z");
        Files.setLastModifiedTime(copy, FileTime.from(savedAt));
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Saved feeds</title></head><body>
                  <outline text="TTXVN" type="rss" xmlUrl="https://vna.example/rss.xml" archiveUrl="saved/vna-2025-05.xml"/>
                  <outline text="Gone" type="rss" xmlUrl="https://gone.example/rss.xml" archiveUrl="saved/missing.xml"/>
                </body></opml>
                """, StandardCharsets.UTF_8);

        SavedHistory.Loaded loaded = SavedHistory.read(List.of(opml));

        assertEquals(1, loaded.documents().size());
        FetchedDocument feed = loaded.documents().get(0);
        assertEquals(FetchedDocument.Kind.FEED, feed.kind());
        assertEquals("https://vna.example/rss.xml", feed.url(), "stored as the feed it is a copy of");
        assertEquals(savedAt, feed.fetchedAt());
        assertTrue(feed.body().contains("Tô Lâm"), "decoded as UTF-8");
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).input().contains("missing.xml"), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).error().startsWith("no such file: "), loaded.problems().toString());
    }

    @Test
    void aDirectoryGivesFeedsAndPagesUnderTheirOwnUrls(@TempDir Path dir) throws IOException {
        DemoDocuments.writeDirectory(dir, BASE);
        Files.writeString(dir.resolve("notes.txt"), "not a document", StandardCharsets.UTF_8);

        SavedHistory.Loaded loaded = SavedHistory.read(List.of(dir));

        assertEquals(DemoDocuments.FEEDS.size(), loaded.documents().stream().filter(d -> d.kind() == FetchedDocument.Kind.FEED).count());
        assertTrue(loaded.documents().stream().filter(d -> d.kind() == FetchedDocument.Kind.PAGE)
                        .anyMatch(d -> d.url().equals(BASE + "/pages/ru-to-lam-pribyl-v-baku.html")),
                "a saved page is filed under its canonical URL");
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
    }

    @Test
    void warcResponsesAtTheirWarcDate(@TempDir Path dir) throws IOException {
        Instant at = Instant.parse("2025-05-08T20:00:00Z");
        Path warc = dir.resolve("demo.warc");
        DemoDocuments.writeWarc(warc, BASE, at);

        SavedHistory.Loaded loaded = SavedHistory.read(List.of(warc));

        assertEquals(DemoDocuments.FEEDS.size() + DemoDocuments.PAGES.size(), loaded.documents().size());
        assertTrue(loaded.documents().stream().allMatch(d -> d.fetchedAt().equals(at)));
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    }

    @Test
    void aPathThatDoesNotExistIsAProblemAndTheOthersAreStillRead(@TempDir Path dir) throws IOException {
        DemoDocuments.writeDirectory(dir, BASE);

        SavedHistory.Loaded loaded = SavedHistory.read(List.of(Path.of("/no/such/history"), dir));

        assertEquals(new SavedHistory.Problem("/no/such/history", "no such file or directory: /no/such/history"),
                loaded.problems().get(0));
        assertTrue(loaded.documents().size() >= DemoDocuments.FEEDS.size(), loaded.documents().toString());
    }
}
