package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {
    @Test
    void anEmptyLineIsNotProse() {
        assertFalse(MainText.isProse(""));
        assertFalse(MainText.isProse("   "));
        assertTrue(MainText.isProse("Tô Lâm thăm Baku hôm nay."));
    }

    @Test
    void aPageWithoutTextGivesEmptyText() {
        assertEquals("", MainText.trimFurnitureLines(""));
        assertEquals("", MainText.of(Jsoup.parse("<html><body><div><img src=a.png></div></body></html>")));
    }
}
