package org.newsmon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
    @TempDir
    Path dir;

    @Test
    void readsUrlsOpmlAndTextFilesInOrderWithoutRepeats() throws IOException {
        Path opml = Files.writeString(dir.resolve("feeds.opml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Кавказ</title></head><body>
                  <outline text="Azərbaycan">
                    <outline text="AZERTAC" type="rss" xmlUrl="https://azertag.az/rss?lang=en"/>
                    <outline text="VNA" type="rss" xmlUrl="https://vietnamplus.vn/rss/chinhtri.rss" htmlUrl="https://vietnamplus.vn"/>
                  </outline>
                </body></opml>
                """);
        Path text = Files.writeString(dir.resolve("feeds.txt"), """
                # outlets
                https://news.az/rss   # trailing comment
                
                https://azertag.az/rss?lang=en
                https://example.org/feed#frag
                """);
        List<URI> feeds = FeedList.parse(List.of(opml.toString(), "https://ria.ru/export/rss2/index.xml", text.toString()));
        assertEquals(List.of(URI.create("https://azertag.az/rss?lang=en"),
                URI.create("https://vietnamplus.vn/rss/chinhtri.rss"),
                URI.create("https://ria.ru/export/rss2/index.xml"),
                URI.create("https://news.az/rss"),
                URI.create("https://example.org/feed#frag")), feeds);
    }

    @Test
    void namesTheFileAndLineOfAnEntryThatIsNotAUrl() throws IOException {
        Path text = Files.writeString(dir.resolve("feeds.txt"), "https://news.az/rss\n/feeds/azertac.xml\n");
        IOException e = assertThrows(IOException.class, () -> FeedList.parse(List.of(text.toString())));
        assertTrue(e.getMessage().contains("feeds.txt:2"), e.getMessage());
    }

    @Test
    void refusesAnArgumentThatIsNeitherAFileNorAUrl() {
        IOException e = assertThrows(IOException.class, () -> FeedList.parse(List.of("no-such-file.opml")));
        assertTrue(e.getMessage().contains("no-such-file.opml"), e.getMessage());
    }

    @Test
    void opmlCannotPullInExternalEntities() throws IOException {
        Path opml = Files.writeString(dir.resolve("evil.opml"), """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <opml><body><outline text="&xxe;" xmlUrl="https://example.org/feed"/></body></opml>
                """);
        assertEquals(List.of(URI.create("https://example.org/feed")), FeedList.parse(List.of(opml.toString())));
    }
}
