package org.newsmon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlDepthTest {
    @Test
    void countsOpenElementsOnly() {
        String feed = "<?xml version=\"1.0\"?><!-- <a><b><c> --><rss><channel><title a=\"x>y\">Bakı</title>"
                + "<item><br/><![CDATA[<p><p><p>]]></item></channel></rss>";
        assertFalse(XmlDepth.exceeds(feed, 3), "rss, channel, item: comment, CDATA, empty tag and quoted > not counted");
        assertTrue(XmlDepth.exceeds(feed, 2));
    }

    @Test
    void closedSiblingsDoNotAddUp() {
        assertFalse(XmlDepth.exceeds("<rss>" + "<item>Hà Nội</item>".repeat(10_000) + "</rss>", 2));
    }

    @Test
    void toleratesTagSoup() {
        assertFalse(XmlDepth.exceeds("</x></y><a>1 < 2 <b attr='unterminated></a>", 5));
        assertFalse(XmlDepth.exceeds("", 0));
        assertFalse(XmlDepth.exceeds("<", 0));
    }
}
