package org.newsmon.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.core.Event;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

/**
 * The ways outlets tell of a visit besides the word "visit" — a host receiving a guest, talks in one side's country,
 * an arrival "here" under a dateline, a visit at someone's invitation — and of a signing that is only planned. The
 * sentences are our own, after phrasings seen in real reports.
 */
class EventFramesTest {
    private static final Tagger TAGGER = Tagger.defaults();
    private static final String THU_MAY_8 = "2025-05-08T09:00:00Z";

    private static List<Event> news(String text) {
        return TAGGER.tag(Articles.of(text, THU_MAY_8)).events().stream().filter(e -> !e.historical()).toList();
    }

    private static Event visit(String text) {
        List<Event> visits = news(text).stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertEquals(1, visits.size(), () -> "one visit expected in " + text + ": " + visits);
        return visits.get(0);
    }

    @Test
    void theGuestOfAHostVisitsTheHostsCountry() {
        for (String text : List.of(
                "Vladimir Putin received Alexander Lukashenko in Moscow on Wednesday.",
                "Владимир Путин принял в Кремле Александра Лукашенко.",
                "Prezident İlham Əliyev dünən Kasım-Jomart Tokayevi qəbul edib.",
                "Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào tại Hà Nội chiều 7/5.")) {
            Event visit = visit(text);
            List<String> expected = text.contains("Лукашенко") || text.contains("Lukashenko") ? List.of("BY", "RU")
                    : text.contains("Tokayev") ? List.of("KZ", "AZ") : List.of("LA", "VN");
            assertEquals(expected, visit.parties(), text);
        }
    }

    @Test
    void aGuestReceivedByTheHostIsTheVisitor() {
        assertEquals(List.of("BY", "RU"), visit("Alexander Lukashenko was received by Vladimir Putin on Wednesday.").parties());
    }

    @Test
    void theOneNamedBesideTheVisitingGuestIsTheHost() {
        Event visit = visit("Chile's President Gabriel Boric arrived in Jakarta on Wednesday. Speaking with the visiting "
                + "guest, Indonesia's Foreign Minister Retno Marsudi praised trade with Chile.");
        assertEquals(List.of("CL", "ID"), visit.parties());
        assertEquals(List.of("ID", "CL"), visit("The visiting Indonesian Foreign Minister Retno Marsudi met Gabriel Boric "
                + "in Santiago.").parties());
    }

    @Test
    void theSpeakerNamedAgainByTheSurnameVisitsOnHisOwnTrip() {
        Event visit = visit("Lok Sabha Speaker Om Birla will lead a delegation to Chile next week. Birla will call on "
                + "President Gabriel Boric on his four-day official visit from May 12.");
        assertEquals(List.of("IN", "CL"), visit.parties());
        assertEquals(EventStatus.ANNOUNCED, visit.status());
    }

    @Test
    void talksInOneSidesCountryWithThatSideAreAVisit() {
        Event visit = visit("Xi Jinping held talks with Kassym-Jomart Tokayev in Astana on Wednesday.");
        assertEquals(List.of("CN", "KZ"), visit.parties());
        assertEquals("Astana", visit.location());
    }

    @Test
    void aMeetingInOneSidesCapitalWithTheOtherSidesLeaderIsAVisit() {
        assertEquals(List.of("CL", "ID"), visit("Прабово Субианто выступил на встрече с чилийским лидером в Джакарте.")
                .parties());
    }

    @Test
    void talksPlacedNowhereAreWhereTheArticlePlacesOneSide() {
        Event visit = visit("Форум инвесторов прошел в Джакарте. Вчера в ходе встречи с президентом Чили Прабово Субианто "
                + "обсудил торговлю.");
        assertEquals(List.of("CL", "ID"), visit.parties());
        assertEquals(List.of("CL", "ID"), visit("Prabowo Subianto wrote on Facebook after a meeting with his Chilean "
                + "counterpart at the Grand Hotel on Jalan Thamrin (Indonesia).").parties());
    }

    @Test
    void twoLeadersNamedWithATripButNoPlaceAreNoVisit() {
        assertTrue(news("Gabriel Boric expects to meet Prabowo Subianto at some point during the Asian trip.").isEmpty());
        assertTrue(news("Tổng thống Chile Gabriel Boric sẽ gặp Tổng thống Indonesia Prabowo Subianto trong chuyến công du "
                + "châu Á.").isEmpty());
    }

    @Test
    void aSigningCeremonyInOneSidesCityWithTheOtherSidesLeaderIsAVisit() {
        assertEquals(List.of("CL", "ID"), visit("The signing ceremony in Jakarta was attended by Indonesia's President "
                + "Prabowo Subianto and Chile's President Gabriel Boric.").parties());
    }

    @Test
    void talksInTheCapitalOfOneSideAreAVisitThere() {
        for (String text : List.of(
                "İndoneziya Prezidenti Prabovo Subianto Çili Prezidenti Qabriel Borik ilə İndoneziyanın paytaxtında görüşüb.",
                "Президент Индонезии Прабово Субианто провел переговоры с президентом Чили Габриэлем Боричем в столице "
                        + "Индонезии.")) {
            assertEquals(List.of("CL", "ID"), visit(text).parties(), text);
        }
    }

    @Test
    void talksOnTheSidelinesOrAwayFromBothSidesAreNoVisit() {
        assertTrue(news("Xi Jinping met Vladimir Putin on the sidelines of the summit in Astana.").isEmpty());
        assertTrue(news("Xi Jinping met Vladimir Putin in Astana on Wednesday.").isEmpty(),
                "neither side is at home in Kazakhstan");
    }

    @Test
    void theVisitWithoutOwnerOrDestinationIsTheOneToldBefore() {
        for (String text : List.of(
                "Chile's President Gabriel Boric arrived in Jakarta on Wednesday. \"During the visit I will talk with "
                        + "President Prabowo Subianto about Chile and Indonesia\", Boric said.",
                "Габриэль Борич прибыл в Джакарту в среду. \"Во время визита я обсужу с президентом Прабово Субианто "
                        + "отношения Чили и Индонезии\", – сказал Борич.",
                "Çili Prezidenti Qabriel Borik çərşənbə günü Cakartaya gəlib. \"Səfər zamanı Prabovo Subianto ilə Çilidəki "
                        + "son hadisələri müzakirə edəcəyik\", - deyə Borik bildirib.")) {
            assertEquals(List.of("CL", "ID"), visit(text).parties(), text);
        }
    }

    @Test
    void whatTheVisitToldBeforeWillHoldLeavesItUnderWay() {
        for (String text : List.of(
                "The official visit of Chile's President Gabriel Boric to Indonesia opens today, May 8. During the visit he "
                        + "will meet President Prabowo Subianto and open a trade fair.",
                "Официальный визит президента Чили Габриэля Борича в Индонезию начинается сегодня, 8 мая. В ходе визита "
                        + "состоится встреча президентов Чили и Индонезии.",
                "Çili Prezidenti Qabriel Borikin İndoneziyaya rəsmi səfəri bu gün, mayın 8-də başlayır. Səfər çərçivəsində "
                        + "Çili və İndoneziya prezidentlərinin görüşü planlaşdırılır.",
                "The state visit of Chile's President Gabriel Boric to Indonesia opens today, May 8. During his three-day "
                        + "state visit to Indonesia, Boric will hold talks with President Prabowo Subianto.")) {
            assertEquals(EventStatus.ONGOING, visit(text).status(), text);
        }
    }

    @Test
    void theResultsOfAVisitAndLeavingTheHostEndIt() {
        for (String text : List.of(
                "Gabriel Boric praised the results of his visit to Indonesia, speaking to reporters in Santiago.",
                "While departing Jakarta, Chile's President Gabriel Boric thanked President Prabowo Subianto for the visit.",
                "Çili Prezidenti Qabriel Borik İndoneziyaya səfərinin nəticələrini yüksək qiymətləndirib.")) {
            assertEquals(EventStatus.COMPLETED, visit(text).status(), text);
        }
    }

    @Test
    void aVisitPutOffToALaterDateIsCalledOff() {
        for (String text : List.of(
                "The visit of Chile's President Gabriel Boric to Indonesia, expected in June, will take place at a later date.",
                "Ожидаемый в июне визит президента Чили Габриэля Борича в Индонезию состоится позже.")) {
            assertEquals(EventStatus.CANCELLED, visit(text).status(), text);
        }
    }

    @Test
    void theOfficialsOfListedCountriesEachVisit() {
        for (String text : List.of("The presidents of Chile, Peru and Argentina will travel to Jakarta next week.",
                "Президенты Чили, Перу и Аргентины посетят Джакарту на следующей неделе.",
                "Çili, Peru və Argentina prezidentləri gələn həftə Cakartaya səfər edəcəklər.")) {
            List<Event> visits = news(text);
            assertEquals(java.util.Set.of(List.of("CL", "ID"), List.of("PE", "ID"), List.of("AR", "ID")),
                    visits.stream().map(Event::parties).collect(java.util.stream.Collectors.toSet()), text);
            assertTrue(visits.stream().allMatch(e -> e.status() == EventStatus.ANNOUNCED), () -> text + visits);
        }
        // a comma alone makes no list: France is where Chile's minister is
        assertEquals(List.of("CL", "FR"), visit("During an official visit to France, Chile's defence minister Maya "
                + "Fernández met ministers.").parties());
    }

    @Test
    void aJointPressConferenceInOneSidesCityIsAVisit() {
        for (String text : List.of(
                "Prabowo Subianto told a joint press conference in Jakarta with Chile's President Gabriel Boric that "
                        + "trade has doubled.",
                "Прабово Субианто заявил на совместном брифинге с президентом Чили Габриэлем Боричем в Джакарте, что "
                        + "торговля выросла вдвое.")) {
            Event visit = visit(text);
            assertEquals(List.of("CL", "ID"), visit.parties(), text);
            assertEquals(EventStatus.ONGOING, visit.status(), text);
        }
    }

    @Test
    void aHostReceivingHisCounterpartHostsAVisit() {
        Event visit = visit("Chiều 7/5, Bộ trưởng Ngoại giao Indonesia đã tiếp người đồng cấp Chile tại Jakarta.");
        assertEquals(List.of("CL", "ID"), visit.parties());
    }

    @Test
    void aHostReceivesACountrysDelegationAtHomeWhereverTheNewsWasWritten() {
        for (String text : List.of(
                "JAKARTA/ Agency/ - Chile's President Gabriel Boric received a delegation of the Republic of Peru led by "
                        + "a general.",
                "Президент Чили Габриэль Борич принял делегацию Республики Перу во главе с генералом.",
                "Çili Prezidenti Qabriel Borik Peru nümayəndə heyətini qəbul edib.")) {
            assertEquals(List.of("PE", "CL"), visit(text).parties(), text);
        }
    }

    @Test
    void aVisitTheNewsReturnsIsRecalled() {
        List<Event> found = TAGGER.tag(Articles.of("Chile's President Gabriel Boric arrived in Jakarta on Monday for a "
                + "state visit. The trip returns the visit Indonesian President Prabowo Subianto paid to Chile.", THU_MAY_8))
                .events();
        Event back = found.stream().filter(e -> e.parties().equals(List.of("ID", "CL"))).findFirst().orElseThrow(
                () -> new AssertionError(found.toString()));
        assertTrue(back.historical(), found::toString);
        List<Event> invited = news("Chile's President Gabriel Boric arrived in Jakarta on Monday for a state visit. "
                + "Indonesian President Prabowo Subianto will pay a return visit to Chile next year.");
        assertTrue(invited.stream().anyMatch(e -> e.parties().equals(List.of("ID", "CL")) && !e.historical()),
                invited::toString);
    }

    @Test
    void aMonthToldAsGoneIsNotTheNextOne() {
        // published in May: April is last month, though the sentence also plans
        List<Event> found = TAGGER.tag(Articles.of("Tổng thống Chile Gabriel Boric và Tổng thống Indonesia Prabowo "
                + "Subianto gặp nhau tại Jakarta hồi tháng 4 và sẽ tăng cường hợp tác.", THU_MAY_8)).events();
        assertTrue(found.stream().noneMatch(e -> e.status() == EventStatus.ANNOUNCED), found::toString);
    }

    @Test
    void anOutletsCorrespondentInACountryIsNoVisit() {
        for (String text : List.of(
                "Theo phóng viên TTXVN tại Chile, lễ ký kết diễn ra tại Santiago, dưới sự chứng kiến của Tổng thống nước "
                        + "chủ nhà Gabriel Boric và người đồng cấp Peru Dina Boluarte.",
                "According to AZERTAC, the signing ceremony took place in Santiago in the presence of the host, President "
                        + "Gabriel Boric, and his Peruvian counterpart Dina Boluarte.")) {
            assertEquals(List.of(List.of("PE", "CL")), news(text).stream().map(Event::parties).toList(), text);
        }
    }

    @Test
    void anAmbassadorPresentingCredentialsPaysNoVisit() {
        for (String text : List.of(
                "Chile's envoy Ana Torres presented diplomatic credentials to Indonesian President Prabowo Subianto at "
                        + "the Merdeka Palace in Jakarta on Tuesday, three days after she arrived in the country.",
                "Новый посол Чили Ана Торрес вручила верительные грамоты президенту Индонезии Прабово Субианто в Джакарте.")) {
            assertTrue(news(text).stream().noneMatch(e -> e.type() == EventType.VISIT), text);
        }
    }

    @Test
    void twoInvitersJoinedInviteTogether() {
        List<Event> visits = news("Tổng thống Chile Gabriel Boric lên đường thăm Peru và Argentina. Các chuyến thăm được "
                + "thực hiện theo lời mời của Tổng thống Peru Dina Boluarte và Tổng thống Argentina Javier Milei.");
        assertTrue(visits.stream().allMatch(e -> e.parties().get(0).equals("CL")), visits::toString);
    }

    @Test
    void aSigningCeremonyThatWillBeHeldIsPlanned() {
        for (String text : List.of("Çili ilə Peru arasında əməkdaşlıq haqqında Sazişin imzalanma mərasimi keçiriləcək.",
                "The signing ceremony of the agreement between Chile and Peru will be held in Lima.")) {
            List<Event> agreements = news(text).stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
            assertEquals(1, agreements.size(), text);
            assertEquals(EventStatus.PLANNED, agreements.get(0).status(), text);
        }
    }

    @Test
    void aCeremonyInOneSidesCityWithBothSidesIsAVisit() {
        assertEquals(List.of("CL", "ID"), visit("Indonesia's foreign minister Sugiono and Chile's foreign minister "
                + "Alberto van Klaveren signed a visa agreement during a ceremony in Jakarta.").parties());
    }

    @Test
    void visitsTheTravellerMadeBeforeArrivingAreOver() {
        List<Event> found = news("Chile's foreign minister Alberto van Klaveren arrived in Jakarta after visits to Peru "
                + "and Bolivia.");
        Event peru = found.stream().filter(e -> e.parties().equals(List.of("CL", "PE"))).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(EventStatus.COMPLETED, peru.status());
    }

    @Test
    void wherePartiesSignIsNoParty() {
        List<Event> agreements = news("Chile's President Gabriel Boric and Peru's President Dina Boluarte signed a border "
                + "agreement in Jakarta on Tuesday.").stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
        assertEquals(List.of(List.of("CL", "PE")), agreements.stream().map(Event::parties).toList());
    }

    @Test
    void anAgreementBetweenTwoCountriesBindsThemWhoeverElseIsNamed() {
        for (String text : List.of("Chile's President Gabriel Boric, Peru's President Dina Boluarte and Brazil's President "
                        + "Lula held up the texts at the signing of a border agreement between Chile and Peru in Brasília.",
                "Tổng thống Chile Gabriel Boric, Tổng thống Peru Dina Boluarte và Tổng thống Brazil Lula giơ cao văn bản "
                        + "trong lễ ký kết thỏa thuận biên giới giữa Chile và Peru tại Brasília.")) {
            List<Event> agreements = news(text).stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
            assertEquals(List.of(List.of("CL", "PE")), agreements.stream().map(Event::parties).toList(), text);
        }
    }

    @Test
    void aDelegationOfACountrysBodyComesFromThatCountry() {
        for (String text : List.of("A delegation of the National Congress (Parliament) of Chile visited the Peruvian "
                        + "Parliament on Tuesday.",
                "Делегация Национального конгресса Чили посетила Лиму во вторник.")) {
            assertEquals(List.of("CL", "PE"), visit(text).parties(), text);
        }
    }

    @Test
    void anAgreementBetweenManyCountriesBindsNoPair() {
        for (String text : List.of("An energy agreement between Chile, Peru, Argentina and Bolivia was signed in Lima.",
                "Çili, Peru, Argentina və Boliviya hökumətləri arasında enerji sazişi imzalanıb.")) {
            assertTrue(news(text).stream().noneMatch(e -> e.type() == EventType.AGREEMENT), text);
        }
    }

    @Test
    void documentsThatMayBeSignedArePlanned() {
        for (String text : List.of("Çili ilə İndoneziya arasında bir sıra sənədlər imzalana bilər.",
                "Between Chile and Indonesia several agreements could be signed.")) {
            List<Event> agreements = news(text).stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
            assertEquals(1, agreements.size(), text);
            assertEquals(EventStatus.PLANNED, agreements.get(0).status(), text);
        }
    }

    @Test
    void theTenseOfAQuotationIsTheSpeakers() {
        Event visit = visit("\"Our partnership will grow,\" Prabowo Subianto said at a joint press conference in Jakarta with "
                + "Chile's President Gabriel Boric.");
        assertEquals(EventStatus.ONGOING, visit.status());
    }

    @Test
    void anOfficialOfUnknownCountryIsOfTheOneOtherCountryNamedBefore() {
        for (String text : List.of(
                "The trade ministry of Chile said on Tuesday that Minister Ana Torres visited Jakarta at the invitation of "
                        + "the Indonesian government.",
                "Bộ Thương mại Chile cho biết Bộ trưởng Ana Torres ngày 6/5 đã tới thăm Jakarta theo lời mời của Chính phủ "
                        + "Indonesia.")) {
            assertEquals(List.of("CL", "ID"), visit(text).parties(), text);
        }
    }

    @Test
    void aVisitMovedToANewDayIsStillAnnounced() {
        for (String text : List.of(
                "The visit of Chile's President Gabriel Boric to Indonesia has been postponed from May 12 to May 15.",
                "Визит президента Чили Габриэля Борича в Индонезию перенесен на 15 мая.",
                "Chuyến thăm Indonesia của Tổng thống Chile Gabriel Boric được hoãn đến ngày 15/5.")) {
            Event visit = visit(text);
            assertEquals(EventStatus.ANNOUNCED, visit.status(), text);
        }
        for (String text : List.of(
                "The visit of Chile's President Gabriel Boric to Indonesia, planned for May 15, has been postponed.",
                "Визит президента Чили Габриэля Борича в Индонезию перенесен на неопределенный срок.")) {
            assertEquals(EventStatus.CANCELLED, visit(text).status(), text);
        }
    }

    @Test
    void whatWillFollowAVisitTellsOfOneNotYetOver() {
        for (String text : List.of(
                "A press conference will be held after the visit of Chile's President Gabriel Boric to Indonesia.",
                "По итогам визита президента Чили Габриэля Борича в Индонезию состоится пресс-конференция.")) {
            assertNotEquals(EventStatus.COMPLETED, visit(text).status(), text);
        }
        assertEquals(EventStatus.COMPLETED, visit("По итогам визита президента Чили Габриэля Борича в Индонезию "
                + "было подписано соглашение.").status());
    }

    @Test
    void theWelcomeAGuestReceivedMakesNoHost() {
        Event visit = visit("Chile's President Gabriel Boric thanked President Prabowo Subianto for the warm welcome he "
                + "received during his visit to Indonesia.");
        assertEquals(List.of("CL", "ID"), visit.parties());
    }

    @Test
    void theLegsATourWouldIncludeAreStillToCome() {
        List<Event> visits = news("Chile's President Gabriel Boric landed in Jakarta on Wednesday evening, on the first leg "
                + "of a tour that would include visits to Malaysia and Thailand as well.");
        for (String host : List.of("MY", "TH")) {
            Event leg = visits.stream().filter(e -> e.parties().equals(List.of("CL", host))).findFirst().orElseThrow(
                    () -> new AssertionError("no visit to " + host + " in " + visits));
            assertEquals(EventStatus.ANNOUNCED, leg.status(), host);
        }
    }

    @Test
    void leadingADelegationToCountriesVisitsEach() {
        List<Event> visits = news("Chile's President Gabriel Boric will lead a delegation to Indonesia, Malaysia and "
                + "Thailand on Sunday.");
        assertEquals(List.of(List.of("CL", "ID"), List.of("CL", "MY"), List.of("CL", "TH")),
                visits.stream().map(Event::parties).toList());
        assertTrue(visits.stream().allMatch(e -> e.status() == EventStatus.ANNOUNCED), visits::toString);
    }

    @Test
    void aNationalitysPressIsNoVisitor() {
        assertTrue(news("Malaysian and Thai media were in Jakarta to cover a state visit.").isEmpty());
    }

    @Test
    void thePlaceATravelWordLeadsStraightToIsTheHost() {
        Event visit = visit("После форума в Сантьяго индонезийский лидер отправится в Буэнос-Айрес, где ожидается его "
                + "встреча с президентом Чили.");
        assertEquals(List.of("ID", "AR"), visit.parties());
        assertEquals(EventStatus.ANNOUNCED, visit.status());
    }

    @Test
    void aVisitThatWillNotHappenIsCalledOff() {
        for (String text : List.of("Габриэль Борич не приедет сегодня в Джакарту.",
                "Chile's President Gabriel Boric will not travel to Jakarta this week.")) {
            assertEquals(EventStatus.CANCELLED, visit(text).status(), text);
        }
    }

    @Test
    void visitorsJoinedToTheVisitorEachVisit() {
        for (String text : List.of(
                "Chile's President Gabriel Boric and Argentina's President Javier Milei will visit Jakarta next week.",
                "Çilinin xarici işlər naziri ilə yanaşı, Argentina XİN başçısı da İndoneziyaya səfər edəcək.")) {
            List<Event> visits = news(text);
            assertEquals(java.util.Set.of(List.of("CL", "ID"), List.of("AR", "ID")),
                    visits.stream().map(Event::parties).collect(java.util.stream.Collectors.toSet()), text);
        }
        assertEquals(List.of("CL", "ID"), visit("Prabowo Subianto and Gabriel Boric met in Jakarta on Wednesday.").parties());
    }

    @Test
    void aVisitThatBeginsIsUnderWayUntilItsLastDayHasPassed() {
        for (String text : List.of(
                "Chile's President Gabriel Boric begins a state visit to Indonesia, where he will meet Prabowo Subianto.",
                "Tổng thống Chile Gabriel Boric bắt đầu chuyến thăm cấp Nhà nước Indonesia, sẽ gặp Tổng thống Prabowo "
                        + "Subianto.")) {
            assertEquals(EventStatus.ONGOING, visit(text).status(), text);
        }
        // written on 8 May of a visit from 5 to 6 May
        assertEquals(EventStatus.COMPLETED, visit("Chile's President Gabriel Boric arrived in Jakarta, beginning a state "
                + "visit to Indonesia from 5 to 6 May.").status());
    }

    @Test
    void arrivingFromAbroadEndsAVisitThere() {
        List<Event> visits = news("Chile's President Gabriel Boric landed in Jakarta from Kuala Lumpur on Wednesday.");
        Event before = visits.stream().filter(e -> e.parties().equals(List.of("CL", "MY"))).findFirst()
                .orElseThrow(() -> new AssertionError("no visit to Malaysia in " + visits));
        assertEquals(EventStatus.COMPLETED, before.status());
        assertTrue(news("Chile's President Gabriel Boric landed in Jakarta from Santiago on Wednesday.").stream()
                .noneMatch(e -> e.parties().contains("MY") || e.parties().equals(List.of("CL", "CL"))));
    }

    @Test
    void oneArrivesWhereOneIsNotComingFrom() {
        List<Event> visits = news("Chile's President Gabriel Boric landed at Soekarno-Hatta Airport from Kuala Lumpur, "
                + "Malaysia, for talks in Jakarta.");
        assertEquals(List.of(List.of("CL", "ID"), List.of("CL", "MY")), visits.stream().map(Event::parties).toList());
        assertEquals(EventStatus.COMPLETED, visits.get(1).status(), "Malaysia is left behind");
    }

    @Test
    void talksByVideoAndVisitsInGeneralAreNoVisit() {
        for (String text : List.of(
                "Gabriel Boric and Prabowo Subianto held a call on Monday about trade in Jakarta and Santiago.",
                "Габриэль Борич провел переговоры с Прабово Субианто по видеосвязи, обсудив визит в Джакарту.",
                "Both presidents praised the mutual visits of ministers between Chile and Indonesia.",
                "Nazirlər Çili ilə İndoneziya arasında qarşılıqlı səfərlərin əhəmiyyətini qeyd ediblər.")) {
            assertTrue(news(text).stream().noneMatch(e -> e.type() == EventType.VISIT), text + ": " + news(text));
        }
    }

    @Test
    void whoInvitedIsTheHostNotTheVisitor() {
        for (String text : List.of(
                "At the invitation of Kassym-Jomart Tokayev, Recep Tayyip Erdogan arrived on Wednesday.",
                "Recep Tayyip Erdogan arrived in Astana at the invitation of President Tokayev.",
                "По приглашению Касым-Жомарта Токаева Эрдоган прибыл с визитом в среду.",
                "Rəcəb Tayyib Ərdoğan Prezident Kasım-Jomart Tokayevin dəvəti ilə Astanaya gəlib.")) {
            Event visit = visit(text);
            assertEquals(List.of("TR", "KZ"), visit.parties(), text);
            assertEquals(EventStatus.ONGOING, visit.status(), text);
        }
    }

    @Test
    void arrivedHereIsInTheDatelinesCity() {
        Event visit = visit("Visit\nASTANA, May 7 — Xi Jinping arrived here on Wednesday for a state visit.");
        assertEquals(List.of("CN", "KZ"), visit.parties());
        assertEquals("Astana", visit.location());
    }

    @Test
    void aDatelinePlacesTalksThatNameNoPlace() {
        assertEquals(List.of("CN", "KZ"),
                visit("News\nASTANA, May 7 (Agency) — Kassym-Jomart Tokayev held talks with Xi Jinping on Wednesday.").parties());
    }

    @Test
    void leavingTheHostCountryEndsTheVisit() {
        Event visit = visit("Recep Tayyip Erdogan left Astana on Wednesday evening.");
        assertEquals(List.of("TR", "KZ"), visit.parties());
        assertEquals(EventStatus.COMPLETED, visit.status());
    }

    @Test
    void signingSomethingFarFromAnAgreementWordIsNoAgreement() {
        String text = "In Astana Recep Tayyip Erdogan signed the book of honour, while officials of Kazakhstan and Russia "
                + "spent the rest of the afternoon discussing customs rules for a protocol.";
        assertFalse(news(text).stream().anyMatch(e -> e.type() == EventType.AGREEMENT), () -> news(text).toString());
    }

    @Test
    void aSigningStillToComeIsPlanned() {
        for (String text : List.of(
                "По итогам переговоров России и Казахстана планируется подписание пакета документов.",
                "Hai bên Việt Nam và Lào sẽ chứng kiến lễ ký kết các văn kiện hợp tác.",
                "Səfər zamanı Azərbaycan və Qazaxıstan arasında sənədlərin imzalanması nəzərdə tutulur.",
                "The visit will include a state dinner hosted by the President of Kazakhstan on Sunday evening, talks with "
                        + "the Russian delegation and the signing of bilateral agreements.")) {
            Event agreement = news(text).stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst()
                    .orElseThrow(() -> new AssertionError("no agreement in " + text));
            assertEquals(EventStatus.PLANNED, agreement.status(), text);
        }
    }

    @Test
    void aCountryWhoseOfficialATitleNamesActsItIsNotTheDestination() {
        for (String text : List.of(
                "The Prime Minister of Kazakhstan will visit Tashkent next week.",
                "Премьер-министр Казахстана посетит Ташкент на следующей неделе.",
                "Qazaxıstanın Baş naziri gələn həftə Daşkəndə səfər edəcək.",
                "Thủ tướng Lào sẽ thăm chính thức Việt Nam vào tuần tới.")) {
            Event visit = visit(text);
            assertEquals(text.contains("Lào") ? List.of("LA", "VN") : List.of("KZ", "UZ"), visit.parties(), text);
            assertEquals(EventStatus.ANNOUNCED, visit.status(), text);
        }
    }

    @Test
    void theVisitOfANamedPersonIsTheirs() {
        Event visit = visit("Ilham Aliyev spoke about the ties with Kazakhstan on the eve of the state visit of President Tokayev.");
        assertEquals(List.of("KZ", "AZ"), visit.parties());
    }

    @Test
    void aGuestBookOrAnAgreementOfManyIsNoBilateralAgreement() {
        assertTrue(news("In Astana Recep Tayyip Erdogan signed the book of honour, and the ministers talked about an agreement.")
                .stream().noneMatch(e -> e.type() == EventType.AGREEMENT));
        assertTrue(news("The leaders adopted a joint statement between ASEAN and India on tourism.")
                .stream().noneMatch(e -> e.type() == EventType.AGREEMENT));
    }

    @Test
    void aTourListingCountriesIsAVisitToEach() {
        List<Event> visits = news("Xi Jinping will visit Kazakhstan, Uzbekistan and Turkmenistan next week.");
        assertEquals(List.of(List.of("CN", "KZ"), List.of("CN", "UZ"), List.of("CN", "TM")),
                visits.stream().map(Event::parties).toList());
        assertTrue(visits.stream().allMatch(v -> v.status() == EventStatus.ANNOUNCED), visits::toString);
    }

    @Test
    void aDayOfThePresentOutweighsAWordOfHistory() {
        Event visit = visit("On the 30th anniversary of relations, Sergey Lavrov arrived in Baku on May 7.");
        assertFalse(visit.historical());
        assertTrue(news("On the 30th anniversary of his visit, Sergey Lavrov recalled his trip to Baku.").isEmpty());
    }

    @Test
    void leavingForAPlaceSetsOutOnAVisit() {
        Event visit = visit("Recep Tayyip Erdogan left for Astana on Wednesday.");
        assertEquals(List.of("TR", "KZ"), visit.parties());
        assertEquals(EventStatus.ONGOING, visit.status());
    }

    @Test
    void aDepartureStillToComeLeavesTheVisitOngoing() {
        assertEquals(EventStatus.ONGOING, visit("Recep Tayyip Erdogan leaves Astana on Saturday.").status());
    }

    @Test
    void theMainVerbDecidesWhoVisits() {
        Event visit = visit("Kassym-Jomart Tokayev received Recep Tayyip Erdogan when he arrived at the airport on Wednesday.");
        assertEquals(List.of("TR", "KZ"), visit.parties());
    }

    @Test
    void theVisitBeforeATripIsOver() {
        List<Event> visits = news("Xi Jinping arrived in Tashkent on Wednesday after his visit to Kazakhstan.");
        Event kazakhstan = visits.stream().filter(v -> v.parties().equals(List.of("CN", "KZ"))).findFirst()
                .orElseThrow(() -> new AssertionError(visits.toString()));
        assertEquals(EventStatus.COMPLETED, kazakhstan.status());
    }

    @Test
    void beingReadyToSignIsAPlan() {
        Event agreement = news("Россия и Казахстан готовы подписать соглашение о сотрудничестве.").stream()
                .filter(e -> e.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertEquals(EventStatus.PLANNED, agreement.status());
    }

    @Test
    void theNextDestinationOfATourIsTheTravellersNextVisit() {
        List<Event> visits = news("Xi Jinping concluded his state visit to Kazakhstan on Wednesday. The next destination is "
                + "Uzbekistan, where he will pay a state visit.");
        assertTrue(visits.stream().anyMatch(v -> v.parties().equals(List.of("CN", "KZ")) && v.status() == EventStatus.COMPLETED),
                visits::toString);
        assertTrue(visits.stream().anyMatch(v -> v.parties().equals(List.of("CN", "UZ")) && v.status() == EventStatus.ANNOUNCED),
                visits::toString);
    }

    @Test
    void travellingToAPlaceIsAVisitThere() {
        assertEquals(List.of("TR", "KZ"), visit("Recep Tayyip Erdogan will travel to Astana next week.").parties());
    }

    @Test
    void someoneUnknownWhoLeavesAPlaceForAnotherComesFromTheFirst() {
        Event visit = visit("Minister Akosua Mensah will leave Tashkent on Monday for Astana.");
        assertEquals(List.of("UZ", "KZ"), visit.parties());
    }

    @Test
    void ourCountryIsTheCountryTheArticleIsAbout() {
        String text = "Узбекистан и Россия\nВ ходе визита российского лидера в нашу страну в Узбекистане обсудили торговлю.";
        assertTrue(news(text).stream().anyMatch(e -> e.type() == EventType.VISIT && e.parties().equals(List.of("RU", "UZ"))),
                () -> news(text).toString());
    }

    @Test
    void anAmbassadorAtTheirPostPaysNoVisit() {
        assertTrue(news("Ambassador of Kazakhstan Nurlan Sadykov met officials of Uzbekistan in Tashkent on Wednesday.").stream()
                .noneMatch(e -> e.type() == EventType.VISIT), () -> news("x").toString());
    }

    @Test
    void hisVisitIsTheSubjects() {
        Event visit = visit("Xi Jinping will call on Kassym-Jomart Tokayev during his visit.");
        assertEquals(List.of("CN", "KZ"), visit.parties());
    }

    @Test
    void leavingHomeOrAThirdCountrySetsOutOnTheVisit() {
        // published Thursday 8 May
        assertEquals(EventStatus.ONGOING, visit("Thủ tướng Việt Nam Nguyễn Văn An rời Hà Nội sáng 8/5, thăm chính thức Nhật Bản theo lời mời "
                + "của Thủ tướng Nhật Bản.").status());
        assertEquals(EventStatus.ONGOING, visit("Ghana's President John Mensah Boateng left Accra on Wednesday for Senegal, "
                + "where he will spend two days.").status());
        assertEquals(EventStatus.COMPLETED, visit("Ghana's President John Mensah Boateng left Dakar on Wednesday after a "
                + "two-day visit to Senegal.").status());
    }

    @Test
    void aVisitThatBeginsOnTheDayOfTheNewsIsUnderWay() {
        assertEquals(EventStatus.ONGOING, visit("Chile's foreign minister will arrive in Jakarta on Thursday for a "
                + "three-day official visit.").status());
        assertEquals(EventStatus.ANNOUNCED, visit("Chile's foreign minister will arrive in Jakarta on Friday for a "
                + "three-day official visit.").status());
    }

    @Test
    void aVisitWhoseDatesSpanTheDayOfTheNewsIsUnderWay() {
        assertEquals(EventStatus.ONGOING, visit("Peru's President Ana Lucía Torres paid a state visit to Kenya from "
                + "May 7 to May 9.").status());
    }

    @Test
    void everyCountryOfATourIsVisited() {
        List<List<String>> before = news("Çilinin Xarici işlər naziri gələn ay Tailand, Malayziya və İndoneziyaya səfər etməyə hazırlaşır.")
                .stream().filter(e -> e.type() == EventType.VISIT).map(Event::parties).toList();
        assertEquals(List.of(List.of("CL", "ID"), List.of("CL", "TH"), List.of("CL", "MY")), before);
        List<List<String>> goesOn = news("Kenya's President William Otieno arrived in Lima on Wednesday for a state visit. "
                + "He will also visit Chile and then Argentina before flying home.").stream()
                .filter(e -> e.type() == EventType.VISIT).map(Event::parties).toList();
        assertEquals(List.of(List.of("KE", "PE"), List.of("KE", "CL"), List.of("KE", "AR")), goesOn);
    }

    @Test
    void theNextLegsOfATourUnderWayAreToCome() {
        List<Event> visits = news("Tổng thống Pháp Emmanuel Macron hôm nay đã đến Hà Nội, bắt đầu chuyến công du tới Việt Nam, Indonesia và Singapore.");
        assertEquals(List.of(List.of("FR", "VN"), List.of("FR", "ID"), List.of("FR", "SG")),
                visits.stream().map(Event::parties).toList());
        assertEquals(List.of(EventStatus.ONGOING, EventStatus.ANNOUNCED, EventStatus.ANNOUNCED),
                visits.stream().map(Event::status).toList());
        assertEquals(List.of("FR", "ID"), visit("Sau Hà Nội, ông Emmanuel Macron sẽ đến Indonesia.").parties());
        // a place not known as one country is not a leg
        assertTrue(news("Emmanuel Macron sẽ đến Đông Nam Á.").isEmpty());
    }

    @Test
    void someoneInvitedByPronounIsWhomTheSentenceBeforeNamed() {
        Event visit = visit("Donald Trump spoke with Xi Jinping by phone on Monday. Xi invited him to visit Beijing in April.");
        assertEquals(List.of("US", "CN"), visit.parties());
        assertEquals(EventStatus.ANNOUNCED, visit.status());
        // "he" after a named subject is that subject: Xi going to Beijing is no visit
        assertTrue(news("Donald Trump spoke on Monday. Xi Jinping said he will visit Beijing in April.").isEmpty());
    }

    @Test
    void aMonthNamedInAPlanIsTheNextOne() {
        Event visit = visit("Narendra Modi will visit Tokyo in March.");
        assertFalse(visit.historical());
        assertEquals(EventStatus.ANNOUNCED, visit.status());
    }

    @Test
    void aMonthInsideANameIsNoDate() {
        Event visit = visit("British Prime Minister Theresa May has arrived in Nairobi for a state visit.");
        assertFalse(visit.historical());
        assertEquals(List.of("GB", "KE"), visit.parties());
    }

    @Test
    void theAgentOfAWelcomeHosts() {
        assertEquals(List.of("SG", "VN"), visit("Ngày mai, Thủ tướng Lý Hiển Long sẽ dự lễ đón chính thức tại Phủ Chủ tịch do Thủ tướng Phạm Minh Chính chủ trì.")
                .parties());
    }

    @Test
    void aCountryOneIsWithIsNoDestination() {
        List<Event> visits = news("Pakistanın Baş naziri Şahbaz Şərif sabah Azərbaycana səfərə gələcək. Səfər Hindistanla gərginlik fonunda baş tutur.");
        assertEquals(List.of(List.of("PK", "AZ")), visits.stream().map(Event::parties).toList());
    }

    @Test
    void whatIsSaidAcrossASemicolonIsAnotherVisits() {
        List<Event> visits = news("Thủ tướng Phạm Minh Chính nhắc lại chuyến thăm chính thức tới New Zealand (tháng 3/2024); "
                + "hoan nghênh Chủ tịch Quốc hội New Zealand sang thăm Việt Nam lần này.");
        assertEquals(List.of(List.of("NZ", "VN")), visits.stream().map(Event::parties).toList());
    }

    @Test
    void aVisitThatHadBeenDueIsCalledOff() {
        assertEquals(EventStatus.CANCELLED, visit("Hillary Clinton had been due to visit Canberra next week.").status());
    }

    @Test
    void aMinistryPortfolioTheTitlesDoNotListStillOwnsItsCountry() {
        Event visit = visit("Azərbaycanın müdafiə naziri Zakir Həsənov ölkəmizdə səfərdə olan İran İslam Respublikasının müdafiə və "
                + "silahlı qüvvələrə dəstək naziri briqada generalı Əziz Nəsirzadə ilə görüşüb.");
        assertEquals(List.of("IR", "AZ"), visit.parties());
    }

    @Test
    void aTripToSomewhereUnknownIsNoVisitToACountryNamedLater() {
        assertTrue(news("Antony Blinken cut short a trip to Asia to deal with the crisis in Haiti.").isEmpty());
    }

    @Test
    void aNationalityOfNoOfficialIsNoVisitor() {
        assertTrue(news("Anwar Ibrahim said an Indonesian conglomerate will visit Malaysia next month.").stream()
                .noneMatch(e -> e.parties().equals(List.of("ID", "MY"))));
    }

    @Test
    void theDatelinesDayIsNotTheVisitsDay() {
        Event visit = visit("Улан-Батор, 8 мая /Агентство/ -- Президент Монголии Ухнаагийн Хурэлсух посетит Узбекистан с 12 по 14 мая.");
        assertEquals(List.of("MN", "UZ"), visit.parties());
        assertEquals(java.time.LocalDate.of(2025, 5, 12), visit.date());
        assertEquals(EventStatus.ANNOUNCED, visit.status());
    }

    @Test
    void azerbaijaniGoingAndReceiving() {
        Event going = visit("Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan yaxın vaxtlarda Rusiyaya gedəcək.");
        assertEquals(List.of("TR", "RU"), going.parties());
        assertEquals(EventStatus.ANNOUNCED, going.status());
        Event received = visit("Prezident İlham Əliyev Bolqarıstan Respublikası Xalq Məclisinin sədri Petar Ivanovu qəbul edib.");
        assertEquals(List.of("BG", "AZ"), received.parties());
        assertTrue(received.actors().contains("Petar Ivanov"), received::toString);
    }
}
