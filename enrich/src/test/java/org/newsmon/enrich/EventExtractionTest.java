package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

class EventExtractionTest {
    private static final Tagger TAGGER = Tagger.defaults();
    /** Thursday 8 May 2025. */
    private static final String THU_MAY_8 = "2025-05-08T09:00:00Z";

    private static List<Event> events(String text, String published) {
        return TAGGER.tag(Articles.of(text, published)).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> ofType = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, ofType.size(), () -> "one " + type + " expected in " + events);
        return ofType.get(0);
    }

    @Test
    void announcedVisitWithDateRange() {
        Event visit = only(events("To Lam will pay a state visit to Azerbaijan on October 14-15.", "2025-10-01T08:00:00Z"), EventType.VISIT);
        assertEquals(EventStatus.ANNOUNCED, visit.status());
        assertEquals(List.of("VN", "AZ"), visit.parties());
        assertEquals(LocalDate.of(2025, 10, 14), visit.date());
        assertEquals(LocalDate.of(2025, 10, 15), visit.dateEnd());
        assertEquals(List.of("To Lam"), visit.actors());
        assertFalse(visit.historical());
        assertTrue(visit.confidence() > 0.5);
    }

    @Test
    void announcedVisitsInRussianAzerbaijaniAndVietnamese() {
        for (String text : List.of("Ильхам Алиев посетит Ханой 14-15 октября.",
                "İlham Əliyev oktyabrın 14-15-də Vyetnama dövlət səfəri edəcək.",
                "Tổng thống Ilham Aliyev sẽ thăm Việt Nam từ ngày 14 đến ngày 15/10.")) {
            Event visit = only(events(text, "2025-10-01T08:00:00Z"), EventType.VISIT);
            assertEquals(EventStatus.ANNOUNCED, visit.status(), text);
            assertEquals(List.of("AZ", "VN"), visit.parties(), text);
            assertEquals(LocalDate.of(2025, 10, 14), visit.date(), text);
            assertEquals(LocalDate.of(2025, 10, 15), visit.dateEnd(), text);
        }
    }

    @Test
    void arrivalYesterdayIsAnOngoingVisitInTheHostCity() {
        Event visit = only(events("Vietnamese leader To Lam arrived in Baku yesterday.", THU_MAY_8), EventType.VISIT);
        assertEquals(EventStatus.ONGOING, visit.status());
        assertEquals(LocalDate.of(2025, 5, 7), visit.date());
        assertEquals("Baku", visit.location());
        assertEquals("Vietnamese leader To Lam arrived in Baku yesterday.", visit.sentence());
    }

    @Test
    void visitThatEndedIsCompleted() {
        Event visit = only(events("То Лам завершил визит в Азербайджан и покинул Баку в четверг.", THU_MAY_8), EventType.VISIT);
        assertEquals(EventStatus.COMPLETED, visit.status());
        assertEquals(List.of("VN", "AZ"), visit.parties());
    }

    @Test
    void eachVisitOfATourTakesTheStatusOfItsOwnClause() {
        for (String text : List.of(
                "To Lam ended his visit to Kazakhstan and, after his talks in Baku, is scheduled to continue with a visit to Belarus.",
                "То Лам завершил визит в Казахстан, а затем посетит Беларусь.")) {
            List<Event> events = events(text, THU_MAY_8);
            Event kazakhstan = events.stream().filter(e -> e.parties().contains("KZ")).findFirst().orElseThrow(() -> new AssertionError(events));
            Event belarus = events.stream().filter(e -> e.parties().contains("BY")).findFirst().orElseThrow(() -> new AssertionError(events));
            assertEquals(EventStatus.COMPLETED, kazakhstan.status(), text);
            assertEquals(EventStatus.ANNOUNCED, belarus.status(), text);
        }
    }

    @Test
    void postponedVisitIsCancelled() {
        Event visit = only(events("Ilham Aliyev's visit to Hanoi, planned for October 14, has been postponed.", "2025-10-01T08:00:00Z"),
                EventType.VISIT);
        assertEquals(EventStatus.CANCELLED, visit.status());
        assertEquals(List.of("AZ", "VN"), visit.parties());
    }

    @Test
    void recalledVisitIsHistorical() {
        Event visit = only(events("In 2014 Ilham Aliyev paid a state visit to Vietnam.", THU_MAY_8), EventType.VISIT);
        assertTrue(visit.historical());
        assertEquals(EventStatus.COMPLETED, visit.status());
        assertEquals(List.of("AZ", "VN"), visit.parties());
        Event russian = only(events("В 1959 году Баку посетил Хо Ши Мин.", THU_MAY_8), EventType.VISIT);
        assertTrue(russian.historical());
        assertEquals(List.of("VN", "AZ"), russian.parties());
    }

    @Test
    void aPreviousOrAlreadyPaidVisitIsHistorical() {
        for (String text : List.of(
                "This builds on our previous visit to Jakarta, Gabriel Boric said.",
                "Gabriel Boric has already visited Indonesia and Malaysia as part of the first phase of his tour.",
                "Габриэль Борич вспомнил свой предыдущий визит в Джакарту.")) {
            List<Event> visits = events(text, THU_MAY_8).stream().filter(e -> e.type() == EventType.VISIT).toList();
            assertFalse(visits.isEmpty(), text);
            assertTrue(visits.stream().allMatch(Event::historical), text + ": " + visits);
        }
    }

    @Test
    void promiseToVisitAtAConvenientTimeIsNoAnnouncedVisit() {
        assertTrue(events("Tokayev accepted an invitation to visit Vietnam at a convenient time.", THU_MAY_8).isEmpty());
        assertTrue(events("Tổng thống Tokayev đã nhận lời mời thăm lại Việt Nam vào thời điểm thích hợp.", THU_MAY_8).isEmpty());
        assertTrue(events("Ilham Aliyev invited To Lam to visit Azerbaijan.", THU_MAY_8).isEmpty());
    }

    @Test
    void phoneCallIsNeitherVisitNorSigning() {
        List<Event> found = events("Ilham Aliyev and To Lam held a phone call and discussed the upcoming visit and documents to be signed.",
                THU_MAY_8);
        assertTrue(found.stream().noneMatch(e -> e.type() == EventType.VISIT), found::toString);
        assertTrue(found.stream().noneMatch(e -> e.status() == EventStatus.SIGNED), found::toString);
    }

    @Test
    void possibilityOrHopeOfSigningIsNoSigning() {
        List<Event> possibility = events("Azerbaijan and Vietnam discussed the possibility of signing an energy agreement.", THU_MAY_8);
        assertTrue(possibility.stream().noneMatch(e -> e.status() == EventStatus.SIGNED), possibility::toString);
        List<Event> hope = events("SOCAR and PetroVietnam hope to sign a gas deal next year.", THU_MAY_8);
        assertTrue(hope.stream().noneMatch(e -> e.status() == EventStatus.SIGNED), hope::toString);
        assertEquals(EventStatus.PLANNED, only(hope, EventType.AGREEMENT).status());
    }

    @Test
    void signingBetweenCompaniesCountsForTheirCountries() {
        Event deal = only(events("On Thursday SOCAR and PetroVietnam signed a memorandum on gas supplies.", "2025-05-09T09:00:00Z"),
                EventType.AGREEMENT);
        assertEquals(EventStatus.SIGNED, deal.status());
        assertEquals(List.of("AZ", "VN"), deal.parties());
        assertEquals(LocalDate.of(2025, 5, 8), deal.date());
    }

    @Test
    void signingsInRussianAzerbaijaniAndVietnamese() {
        Event ru = only(events("Вчера в Баку Ильхам Алиев и То Лам подписали совместное заявление.", THU_MAY_8), EventType.AGREEMENT);
        assertEquals(LocalDate.of(2025, 5, 7), ru.date());
        assertEquals(List.of("Ilham Aliyev", "To Lam"), ru.actors());
        assertEquals("Baku", ru.location());
        Event az = only(events("Noyabrın 13-də Bakıda Azərbaycan ilə Vyetnam arasında saziş imzalanıb.", "2025-11-14T09:00:00Z"),
                EventType.AGREEMENT);
        assertEquals(LocalDate.of(2025, 11, 13), az.date());
        assertEquals(List.of("AZ", "VN"), az.parties());
        Event vi = only(events("Ngày 7/5, Tổng Bí thư Tô Lâm và Tổng thống Ilham Aliyev đã ký Tuyên bố chung.", THU_MAY_8),
                EventType.AGREEMENT);
        assertEquals(LocalDate.of(2025, 5, 7), vi.date());
        assertEquals(EventStatus.SIGNED, vi.status());
    }

    @Test
    void signingSomethingOtherThanAnAgreementIsNoAgreement() {
        assertTrue(events("Ilham Aliyev signed a decree on the Days of Vietnam in Azerbaijan.", THU_MAY_8).isEmpty());
    }

    @Test
    void sessionIsNotASigningInVietnamese() {
        // "kỳ họp" (session) folds to the same letters as "ký" (sign); only the exact spelling signs
        assertTrue(events("Hai bên nhất trí tổ chức kỳ họp tiếp theo của Ủy ban liên Chính phủ Việt Nam – Azerbaijan.", THU_MAY_8)
                .isEmpty());
    }

    @Test
    void laterSentencesLeanOnTheVisitBeforeThem() {
        List<Event> found = events("To Lam arrived in Baku on Wednesday for an official visit. After the talks the leaders signed "
                + "a joint statement.", THU_MAY_8);
        Event agreement = only(found, EventType.AGREEMENT);
        assertEquals(List.of("AZ", "VN"), agreement.parties());
        assertEquals(LocalDate.of(2025, 5, 7), agreement.date());
    }
    @Test
    void eachVisitOfASentenceTakesActorsAndYearFromItsOwnClause() {
        for (String text : List.of(
                "Ilham Aliyev's state visit to Vietnam in 2014 and the visit of President Truong Tan Sang to Azerbaijan in 2015 "
                        + "opened a new chapter.",
                "Государственный визит Ильхама Алиева во Вьетнам в 2014 году и визит Чыонг Тан Шанга в Азербайджан в 2015 году "
                        + "открыли новую главу.")) {
            List<Event> found = events(text, THU_MAY_8);
            assertEquals(2, found.size(), found::toString);
            assertEquals(List.of("AZ", "VN"), found.get(0).parties(), text);
            assertEquals(List.of("Ilham Aliyev"), found.get(0).actors(), text);
            assertEquals(List.of("VN", "AZ"), found.get(1).parties(), text);
            assertEquals(List.of("Truong Tan Sang"), found.get(1).actors(), text);
            assertTrue(found.stream().allMatch(Event::historical), text);
        }
    }

    @Test
    void undatedVisitOfSomeoneWhoseLastVisitWasHistoryIsThatVisit() {
        for (String text : List.of(
                "In 2014 Ilham Aliyev paid a state visit to Vietnam. During his visit to Hanoi, President Aliyev met Vietnamese "
                        + "alumni of Azerbaijani universities.",
                "В 2014 году Ильхам Алиев посетил Вьетнам. Во время визита в Ханой Ильхам Алиев встретился с выпускниками "
                        + "азербайджанских вузов.")) {
            Event visit = only(events(text, THU_MAY_8), EventType.VISIT);
            assertTrue(visit.historical(), text);
            assertEquals(List.of("AZ", "VN"), visit.parties(), text);
            assertEquals(EventStatus.COMPLETED, visit.status(), text);
        }
    }

    @Test
    void datedOrAnnouncedVisitAfterARecalledOneIsNews() {
        List<Event> found = events("In 2014 Ilham Aliyev paid a state visit to Vietnam. Ilham Aliyev will visit Hanoi on May 20.",
                THU_MAY_8);
        List<Event> news = found.stream().filter(e -> !e.historical()).toList();
        assertEquals(1, news.size(), found::toString);
        assertEquals(EventStatus.ANNOUNCED, news.get(0).status());
        assertEquals(LocalDate.of(2025, 5, 20), news.get(0).date());
        List<Event> russian = events("В 2014 году Ильхам Алиев посетил Вьетнам. Сейчас Ильхам Алиев находится во Вьетнаме с визитом.",
                THU_MAY_8);
        assertEquals(1, russian.stream().filter(e -> !e.historical()).count(), russian::toString);
    }

    @Test
    void visitStatedAsPaidIsCompletedThoughAlsoMentionedAsAhead() {
        Event en = only(events("To Lam has paid an official visit to Azerbaijan on May 6-7. As Ilham Aliyev said ahead of "
                + "To Lam's visit, the two countries work closely together.", THU_MAY_8), EventType.VISIT);
        assertEquals(EventStatus.COMPLETED, en.status());
        assertEquals(List.of("VN", "AZ"), en.parties());
        assertEquals(LocalDate.of(2025, 5, 6), en.date());
        assertEquals(LocalDate.of(2025, 5, 7), en.dateEnd());
        Event ru = only(events("Накануне визита То Лама Ильхам Алиев дал интервью. То Лам совершил официальный визит в "
                + "Азербайджан 6-7 мая.", THU_MAY_8), EventType.VISIT);
        assertEquals(EventStatus.COMPLETED, ru.status());
        assertEquals(LocalDate.of(2025, 5, 6), ru.date());
        Event vi = only(events("Tổng Bí thư Tô Lâm đã có chuyến thăm chính thức Azerbaijan từ ngày 6 đến ngày 7/5.", THU_MAY_8),
                EventType.VISIT);
        assertEquals(EventStatus.COMPLETED, vi.status());
        assertEquals(LocalDate.of(2025, 5, 6), vi.date());
    }
}
