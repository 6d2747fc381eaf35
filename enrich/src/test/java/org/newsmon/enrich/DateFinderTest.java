package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.enrich.DateFinder.DateMention;
import org.newsmon.enrich.DateFinder.Precision;

class DateFinderTest {
    /** A Wednesday. */
    private static final LocalDate WED_MAY_7 = LocalDate.of(2025, 5, 7);

    private static DateMention only(String sentence, LocalDate published) {
        List<DateMention> found = DateFinder.find(sentence, 0, published);
        assertEquals(1, found.size(), () -> "in '" + sentence + "': " + found);
        DateMention d = found.get(0);
        assertTrue(sentence.substring(d.start(), d.end()).length() > 0);
        return d;
    }

    private static DateMention only(String sentence) {
        return only(sentence, WED_MAY_7);
    }

    @Test
    void weekdaysResolveToTheNearestSuchDay() {
        assertEquals(LocalDate.of(2025, 5, 8), only("He leaves on Thursday.").from());
        assertEquals(LocalDate.of(2025, 5, 5), only("They met on Monday.").from());
        assertEquals(WED_MAY_7, only("То Лам в среду прибыл в Баку.").from());
        assertEquals(LocalDate.of(2025, 5, 8), only("В четверг он завершит визит.").from());
    }

    @Test
    void azerbaijaniPutsTheYearFirst() {
        assertEquals(LocalDate.of(1923, 12, 18), only("1923-cü il dekabrın 18-də Ankarada imzalanan müqavilə").from());
        assertEquals(LocalDate.of(2024, 5, 5), only("2024-cü ilin mayın 5-də keçirilən görüş").from());
    }

    @Test
    void relativeDaysInEveryLanguage() {
        assertEquals(LocalDate.of(2025, 5, 6), only("The talks ended yesterday.").from());
        assertEquals(LocalDate.of(2025, 5, 6), only("Переговоры прошли вчера.").from());
        assertEquals(LocalDate.of(2025, 5, 6), only("Danışıqlar dünən keçirilib.").from());
        assertEquals(LocalDate.of(2025, 5, 6), only("Hôm qua hai bên đã hội đàm.").from());
        assertEquals(LocalDate.of(2025, 5, 8), only("He arrives tomorrow.").from());
    }

    @Test
    void englishMonthDayRangesTakeTheNearestYear() {
        DateMention d = only("The visit is planned for October 14-15.", LocalDate.of(2025, 9, 20));
        assertEquals(LocalDate.of(2025, 10, 14), d.from());
        assertEquals(LocalDate.of(2025, 10, 15), d.to());
        assertEquals(Precision.DAY, d.precision());
        DateMention dec = only("They met on December 30.", LocalDate.of(2026, 1, 3));
        assertEquals(LocalDate.of(2025, 12, 30), dec.from());
        assertEquals(LocalDate.of(2025, 5, 8), only("On May 7-8, 2025, he will visit.").to());
    }

    @Test
    void numericDayMonth() {
        assertEquals(LocalDate.of(2025, 10, 15), only("The forum opens on 15/10.", LocalDate.of(2025, 10, 1)).from());
        assertEquals(LocalDate.of(2025, 10, 15), only("Форум откроется 15.10.2025.").from());
        assertFalse(DateFinder.find("Trade grew 1.5 times to 223.93 million.", 0, WED_MAY_7).stream()
                .anyMatch(d -> d.precision() == Precision.DAY), "decimals are not dates");
    }

    @Test
    void aPagesPostingStampDatesNoEvent() {
        for (String sentence : List.of("Politics 06/05/2025 Chile's President will visit Peru",
                "Santiago 06.05.2025 14:20 Chile's President will visit Peru", "06/05/2025 Президент Чили посетит Перу")) {
            assertTrue(DateFinder.find(sentence, 0, WED_MAY_7).stream().noneMatch(d -> d.precision() == Precision.DAY),
                    sentence);
        }
        assertEquals(LocalDate.of(2025, 5, 8), only("Sáng 08/05/2025 Tổng thống Chile thăm Peru.").from());
        assertEquals(LocalDate.of(2025, 5, 8), only("The President arrives in Lima on 08.05.2025 for talks.")
                .from());
    }

    @Test
    void azerbaijaniDatesWithCaseEndings() {
        assertEquals(LocalDate.of(2025, 11, 13), only("Noyabrın 13-də sənədlər imzalanıb.", LocalDate.of(2025, 11, 14)).from());
        assertEquals(WED_MAY_7, only("To Lam mayın 7-də Azərbaycana gəlib.").from());
        DateMention until = only("Səfər mayın 8-dək davam edəcək.");
        assertTrue(until.until());
        assertEquals(LocalDate.of(2025, 5, 8), until.from());
        assertEquals(WED_MAY_7, only("Bakı, 7 may.").from());
    }

    @Test
    void russianDatesAndUntil() {
        assertEquals(WED_MAY_7, only("Баку, 7 мая.").from());
        DateMention until = only("Визит продлится до 8 мая.");
        assertTrue(until.until());
        assertEquals(LocalDate.of(2025, 5, 8), until.from());
    }

    @Test
    void vietnameseDates() {
        assertEquals(WED_MAY_7, only("Ngày 7/5, hai nhà lãnh đạo hội đàm.").from());
        DateMention range = only("Chuyến thăm diễn ra từ ngày 7 đến ngày 8/5.");
        assertEquals(WED_MAY_7, range.from());
        assertEquals(LocalDate.of(2025, 5, 8), range.to());
        assertEquals(LocalDate.of(2025, 5, 8), only("Chiều 8/5/2025, đoàn rời Baku.").from());
        DateMention headline = only("CHUYẾN THĂM DIỄN RA TỪ NGÀY 7 ĐẾN NGÀY 8/5");
        assertEquals(WED_MAY_7, headline.from());
        assertEquals(LocalDate.of(2025, 5, 8), headline.to());
        assertEquals(LocalDate.of(2025, 10, 15), only(".5 млн — форум откроется 15.10.2025").from());
    }

    @Test
    void yearsMonthsAndRelativePeriodsHaveTheirPrecision() {
        DateMention year = only("Ho Chi Minh visited Baku in 1959.");
        assertEquals(Precision.YEAR, year.precision());
        assertEquals(1959, year.from().getYear());
        assertEquals(Precision.YEAR, only("Ho Şi Min 1959-cu ildə Bakıda olub.").precision());
        DateMention may = only("The documents signed in May need a plan.", LocalDate.of(2025, 6, 10));
        assertEquals(Precision.MONTH, may.precision());
        assertEquals(LocalDate.of(2025, 5, 1), may.from());
        DateMention lastMonth = only("Last month's agreements read well.", LocalDate.of(2025, 6, 10));
        assertEquals(LocalDate.of(2025, 5, 31), lastMonth.to());
    }

    @Test
    void theVerbMayIsNotAMonth() {
        assertTrue(DateFinder.find("Trade may grow this year.", 0, WED_MAY_7).isEmpty());
        assertNull(DateFinder.find("No dates here at all.", 0, WED_MAY_7).stream().findFirst().orElse(null));
    }

    @Test
    void vietnameseMonthsAreNumbered() {
        DateMention april = only("Ông sẽ sang thăm vào tháng 4 năm sau.");
        assertEquals(LocalDate.of(2026, 4, 1), april.from());
        assertEquals(Precision.MONTH, april.precision());
        assertEquals(LocalDate.of(2017, 4, 1), only("Chuyến thăm diễn ra vào tháng 4/2017.").from());
        DateMention day = only("Lễ ký diễn ra ngày 5 tháng 3 năm 2024.");
        assertEquals(LocalDate.of(2024, 3, 5), day.from());
        assertEquals(Precision.DAY, day.precision());
    }

    @Test
    void aRangeFromOneDayToAnother() {
        DateMention june = only("Он посетит Ташкент с 23 по 26 июня.");
        assertEquals(LocalDate.of(2025, 6, 23), june.from());
        assertEquals(LocalDate.of(2025, 6, 26), june.to());
        DateMention across = only("The visit runs from 30 May to 2 June.");
        assertEquals(LocalDate.of(2025, 5, 30), across.from());
        assertEquals(LocalDate.of(2025, 6, 2), across.to());
    }

    /** Strings of the chars the year and numeric-date expressions turn on, so that edge cases come up often. */
    private static String numberSoup(java.util.Random random, int length) {
        String chars = "0123456789012./,- a";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(4) == 0 ? "19" : random.nextInt(5) == 0 ? "20" : String.valueOf(chars.charAt(random.nextInt(chars.length()))));
        }
        return s.toString();
    }

    @Test
    void yearsAreFoundWhereTheYearExpressionMatches() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            String s = numberSoup(random, 1 + random.nextInt(14));
            java.util.regex.Matcher m = DateFinder.YEAR.matcher(s);
            for (int i = 0; i + 4 <= s.length(); i++) {
                boolean expected = m.region(i, s.length()).useTransparentBounds(true).lookingAt() && m.end() == i + 4;
                assertEquals(expected, DateFinder.isYearAt(s, i), () -> "'" + s + "'");
            }
        }
    }

    @Test
    void theNumericDateTestPassesEverySentenceWithANumericDate() {
        java.util.Random random = new java.util.Random(11);
        java.util.regex.Pattern dotted = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d");
        for (int n = 0; n < 20_000; n++) {
            String s = numberSoup(random, 1 + random.nextInt(14));
            if (s.indexOf('/') >= 0 || dotted.matcher(s).find()) {
                assertTrue(DateFinder.mayBeNumericDate(s), () -> "'" + s + "'");
            }
        }
        assertFalse(DateFinder.mayBeNumericDate("Exports rose 12.5 percent to 3.2 million."));
        assertTrue(DateFinder.mayBeNumericDate("It was signed on 15.10.2025."));
    }
}
