package org.newsmon.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

class AlertTitlesTest {
    private static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);

    @Test
    void visitSaysWhoVisitsWhereItsStatusAndItsDays() {
        assertEquals("Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025",
                AlertTitles.title(EventType.VISIT, EventStatus.COMPLETED, List.of("VN", "AZ"), "To Lam",
                        "General Secretary", List.of(), MAY_7, MAY_7.plusDays(1)));
        assertEquals("Azerbaijan's Ilham Aliyev visits Vietnam — announced",
                AlertTitles.title(EventType.VISIT, EventStatus.ANNOUNCED, List.of("AZ", "VN"), "Ilham Aliyev",
                        null, List.of(), null, null));
        assertEquals("Vietnam's delegation visits Azerbaijan — under way, 7 May 2025",
                AlertTitles.title(EventType.VISIT, EventStatus.ONGOING, List.of("VN", "AZ"), null, null, List.of(),
                        MAY_7, null));
    }

    @Test
    void agreementSaysWhoSignsWhatAndWhen() {
        assertEquals("Azerbaijan and Vietnam sign a joint statement and cooperation documents — 7 May 2025",
                AlertTitles.title(EventType.AGREEMENT, EventStatus.SIGNED, List.of("AZ", "VN"), null, null,
                        List.of("joint statement", "cooperation documents"), MAY_7, null));
        assertEquals("Azerbaijan and Vietnam sign an agreement — 7 May 2025",
                AlertTitles.title(EventType.AGREEMENT, EventStatus.SIGNED, List.of("AZ", "VN"), null, null,
                        List.of(), MAY_7, MAY_7));
    }

    @Test
    void spansAcrossMonthsAndYearsNameBothEnds() {
        assertEquals("30 April – 2 May 2025", AlertTitles.dates(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 2)));
        assertEquals("30 December 2025 – 2 January 2026",
                AlertTitles.dates(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2)));
        assertNull(AlertTitles.dates(null, MAY_7));
    }
}
