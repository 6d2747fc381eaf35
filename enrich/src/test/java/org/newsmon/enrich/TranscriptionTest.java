package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptionTest {
    @Test
    void vietnameseNamesGetTheRussianPressSpelling() {
        assertEquals("Фам Минь Тинь", Transcription.russianForVietnamese("Phạm Minh Chính").get(0));
        assertEquals("Нгуен Фу Чонг", Transcription.russianForVietnamese("Nguyễn Phú Trọng").get(0));
        assertEquals("Лыонг Кыонг", Transcription.russianForVietnamese("Lương Cường").get(0));
        assertEquals("Чан Тхань Ман", Transcription.russianForVietnamese("Trần Thanh Mẫn").get(0));
        assertEquals("Буй Тхань Шон", Transcription.russianForVietnamese("Bùi Thanh Sơn").get(0));
        assertEquals("Нгуен Суан Фук", Transcription.russianForVietnamese("Nguyễn Xuân Phúc").get(0));
        assertEquals("Ле Хоай Чунг", Transcription.russianForVietnamese("Lê Hoài Trung").get(0));
        assertEquals("Во Тхи Ань Суан", Transcription.russianForVietnamese("Võ Thị Ánh Xuân").get(0));
    }

    @Test
    void dAndĐAreToldApartByTheirDiacritics() {
        assertEquals("Динь", Transcription.russianForVietnamese("Đình").get(0));
        assertEquals("Зиен", Transcription.russianForVietnamese("Diên").get(0));
    }

    @Test
    void spellingsThePressUsesSideBySideAreAllGiven() {
        assertEquals(List.of("Фан Ван Зянг", "Фан Ван Жанг"), Transcription.russianForVietnamese("Phan Văn Giang"));
        assertTrue(Transcription.russianForVietnamese("Vương Đình Huệ").contains("Выонг Динь Хюэ"));
    }

    @Test
    void azerbaijaniNamesInLatinAndCyrillicShareTheirSkeleton() {
        assertEquals(Transcription.skeleton("Ceyhun Bayramov"), Transcription.skeleton("Джейхун Байрамов"));
        assertEquals(Transcription.skeleton("Zakir Həsənov"), Transcription.skeleton("Закир Гасанов"));
        assertEquals(Transcription.skeleton("Hikmət Hacıyev"), Transcription.skeleton("Хикмет Гаджиев"));
        assertNotEquals(Transcription.skeleton("Zakir Həsənov"), Transcription.skeleton("Закир Мамедов"));
    }

    @Test
    void latinRomanizationsOfOneNameSoundAlike() {
        assertTrue(sharesAKey("Klaus Yohannis", "Klaus Iohannis"), "a first y is a front vowel");
        assertTrue(sharesAKey("İsxak Hersoq", "Isaac Herzog"), "z and s sound alike");
        assertTrue(sharesAKey("Aleksandr Lukaşenko", "Alexander Lukashenko"));
        assertTrue(sharesAKey("Li Qianq", "Li Qiang"), "the Azerbaijani nq is ng");
        assertTrue(sharesAKey("Li Çiang", "Li Qiang"), "the Pinyin q is heard as ç");
        assertFalse(sharesAKey("Elena Popova", "Alan Popov"), "a front first vowel is not a back one");
    }

    private static boolean sharesAKey(String a, String b) {
        return Transcription.soundKeys(a).stream().anyMatch(Transcription.soundKeys(b)::contains);
    }

    @Test
    void latinSpellingDropsDiacriticsAndTransliteratesCyrillic() {
        assertEquals("Tran Hong Ha", Transcription.latin("Trần Hồng Hà"));
        assertEquals("Dzheykhun", Transcription.latin("Джейхун"));
        assertEquals("Batmonkh Ukhnaa", Transcription.latin("Батмөнх Үхнаа")); // Mongolian letters
        assertEquals("Kasym-Zhomart Tokaev", Transcription.latin("Қасым-Жомарт Тоқаев")); // Kazakh letters
    }
}
