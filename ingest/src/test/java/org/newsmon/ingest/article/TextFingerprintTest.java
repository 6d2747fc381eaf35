package org.newsmon.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    @Test
    void contentHashIgnoresCaseSpacingAndPunctuationButNotWords() {
        assertEquals(TextFingerprint.contentHash("Tô Lâm đến Baku.\n\nHai bên ký Tuyên bố chung!"),
                TextFingerprint.contentHash("tô lâm  đến baku — hai bên ký tuyên bố chung"));
        assertNotEquals(TextFingerprint.contentHash("Tô Lâm đến Baku"), TextFingerprint.contentHash("Tô Lâm rời Baku"));
    }

    @Test
    void contentHashIsTheSameForComposedAndDecomposedAccents() {
        assertEquals(TextFingerprint.contentHash("Əliyev Hà Nội"),
                TextFingerprint.contentHash(java.text.Normalizer.normalize("Əliyev Hà Nội", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void simHashOfUnrelatedTextsDiffersInAboutHalfTheBits() {
        long a = TextFingerprint.simHash("Azerbaijan and Vietnam signed a joint statement in Baku on Wednesday, and "
                + "documents on oil and gas, education and culture.");
        long b = TextFingerprint.simHash("Central bank keeps the refinancing rate unchanged as inflation slows for "
                + "the third month running in the country.");
        int d = TextFingerprint.distance(a, b);
        assertTrue(d > 16 && d < 48, "distance " + d);
        assertEquals(0, TextFingerprint.distance(a, a));
    }
}
