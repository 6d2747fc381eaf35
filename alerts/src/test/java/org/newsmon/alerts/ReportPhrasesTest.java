package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPhrasesTest {
    @Test
    void documentsAreReadInEveryWatchedLanguage() {
        assertEquals(List.of("joint statement", "cooperation documents"), ReportPhrases.documents(List.of(
                "Prezident İlham Əliyev ilə To Lamın görüşündən sonra Birgə Bəyanat və əməkdaşlığa dair sənədlər imzalanıb.")));
        assertEquals(List.of("joint statement", "cooperation documents"), ReportPhrases.documents(List.of(
                "Tổng Bí thư Tô Lâm và Tổng thống Ilham Aliyev ký Tuyên bố chung; hai bên trao các văn kiện hợp tác.")));
        assertEquals(List.of("cooperation documents"), ReportPhrases.documents(List.of("То Лам прибыл в Баку, подписаны документы")));
        assertEquals(List.of("memorandum of understanding"), ReportPhrases.documents(List.of("They signed a memorandum of understanding on oil")));
    }

    @Test
    void anOfficeCountsOnlyRightBeforeTheName() {
        assertEquals(Optional.of("General Secretary"), ReportPhrases.office("To Lam",
                List.of("Tổng Bí thư Tô Lâm kết thúc chuyến thăm", "Vyetnam Kommunist Partiyası MK-nın Baş katibi To Lam Azərbaycana")));
        assertEquals(Optional.empty(), ReportPhrases.office("To Lam", List.of("President Ilham Aliyev received To Lam")));
        assertEquals(Optional.of("President"), ReportPhrases.office("Ilham Aliyev", List.of("President Ilham Aliyev received To Lam")));
    }
}
