package org.newsmon.ingest.page;

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

    @Test
    void frameworkClassesOnTheArticleAreNotFurniture() {
        String teaser = "<p><a href=\"/x\">Bakıda keçirilən beynəlxalq forumda iştirakçılar enerji təhlükəsizliyi "
                + "və yaşıl keçid mövzularını geniş müzakirə ediblər</a></p>";
        String html = "<html><body><div>" + teaser.repeat(3) + "</div>"
                + "<div class=\"post tag-baku tag-vietnam category-news\"><div class=\"field field--label-hidden\">"
                + "<p>Azərbaycan və Vyetnam Bakıda birgə bəyanat imzalayıblar.</p>"
                + "<p>Sənədlər neft, qaz, təhsil sahələrini əhatə edir.</p></div></div></body></html>";
        assertEquals("Azərbaycan və Vyetnam Bakıda birgə bəyanat imzalayıblar.\n\n"
                + "Sənədlər neft, qaz, təhsil sahələrini əhatə edir.", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void theLeadBeforeTheBodysContainerOpensTheText() {
        String html = """
                <html><body><div class="story"><p class="article-lead">Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Ilham Aliyev tại Baku.</p>
                <div class="story-body"><p>Hai bên đã ký tuyên bố chung về đối tác chiến lược giữa Việt Nam và Azerbaijan.</p>
                <p>Các văn kiện hợp tác trong lĩnh vực dầu khí, giáo dục và văn hóa cũng đã được ký kết.</p></div></div></body></html>
                """;
        assertEquals("Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Ilham Aliyev tại Baku.\n\n"
                + "Hai bên đã ký tuyên bố chung về đối tác chiến lược giữa Việt Nam và Azerbaijan.\n\n"
                + "Các văn kiện hợp tác trong lĩnh vực dầu khí, giáo dục và văn hóa cũng đã được ký kết.",
                MainText.of(Jsoup.parse(html)));
    }

    @Test
    void aHeadingOverALinkListGoesWithIt() {
        String html = """
                <html><body><article><p>Ильхам Алиев и То Лам подписали в Баку совместное заявление о партнёрстве.</p>
                <p>Документы касаются нефти и газа, образования и культуры двух стран.</p>
                <h2>Читайте также</h2><ul><li><a href="/1">Погода в Баку</a></li><li><a href="/2">Курс маната</a></li></ul>
                <p>Визит продлится три дня, сообщает пресс-служба президента.</p></article></body></html>
                """;
        assertEquals("Ильхам Алиев и То Лам подписали в Баку совместное заявление о партнёрстве.\n\n"
                + "Документы касаются нефти и газа, образования и культуры двух стран.\n\n"
                + "Визит продлится три дня, сообщает пресс-служба президента.", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void aShortFragmentWidensToTheArticleItBelongsTo() {
        String html = """
                <html><body><div class="page">
                <section><div><p>Azerbaijan and Vietnam signed a joint statement in Baku on Wednesday morning.</p>
                <p>Documents on oil and gas, education and culture were signed as well by both sides.</p></div></section>
                <section><div><p>The visit ends on Friday with talks on a direct flight between Baku and Hanoi.</p></div></section>
                <section><div><p>Trade between the two countries grew by a third last year, officials said.</p></div></section>
                <section><div><p>A joint commission on economic cooperation will meet in Hanoi in the autumn.</p></div></section>
                </div></body></html>
                """;
        String text = MainText.of(Jsoup.parse(html));
        assertTrue(text.startsWith("Azerbaijan and Vietnam") && text.endsWith("in the autumn."), text);
    }

    @Test
    void aLongCommentSectionIsNotTheArticle() {
        String comment = "<li class=\"comment\"><p>Ich stimme dem Autor zu, aber die Frage der Finanzierung bleibt offen, "
                + "denn die Banken haben schon viele Versprechen gemacht und wenig gehalten.</p></li>";
        String html = "<html><body><div class=\"story\"><p>Der Konzern will seine Kohlegeschäfte bis 2030 beenden, "
                + "teilte er am Montag mit.</p><p>Umweltverbände halten den Zeitplan für zu langsam.</p></div>"
                + "<div id=\"forum\"><ol>" + comment.repeat(12) + "</ol></div></body></html>";
        assertEquals("Der Konzern will seine Kohlegeschäfte bis 2030 beenden, teilte er am Montag mit.\n\n"
                + "Umweltverbände halten den Zeitplan für zu langsam.", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void taxonomyAndPageFlagsAndContentClassesDoNotMakeTheArticleFurniture() {
        String html = """
                <html><body><div class="wrap has-sidebar"><div class="post category-comments">
                <div class="box article modal-enabled"><div class="entry-content entry-content-read-more">
                <p>Dee Dee Myers, a former White House press secretary, is leaving her role at the studio.</p>
                <p>Her last day is April 1, and no successor has been named yet.</p></div></div></div></div>
                <div class="sidebar"><p>Most read</p></div></body></html>
                """;
        assertEquals("Dee Dee Myers, a former White House press secretary, is leaving her role at the studio.\n\n"
                + "Her last day is April 1, and no successor has been named yet.", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void anArticleSplitOverSiblingSectionsIsReadWhole() {
        String section = "<div class=\"part\"><section class=\"article-section\"><p>%s</p><p>%s</p></section></div>";
        String html = "<html><body><div class=\"container\">"
                + section.formatted("When I moved to California five years ago, the fires were a distant story.",
                        "Then the smoke came every autumn, and the sky over the bay turned orange.")
                + section.formatted(("Fire seasons now start earlier and end later than they did two decades ago, "
                        + "and the acreage burned each year has grown several times over since the nineteen-seventies, "
                        + "researchers at the state university found. ").repeat(3), "Insurers have begun to leave the hills.")
                + section.formatted("What is happening in California has a name: climate change.",
                        "The state will have to adapt faster than its politics allow.")
                + "</div><div class=\"about\"><p>Example Corp is a provider of solutions.</p></div></body></html>";
        String text = MainText.of(Jsoup.parse(html));
        assertTrue(text.startsWith("When I moved to California") && text.endsWith("than its politics allow."), text);
    }

    @Test
    void aListOrHeadingAtTheEdgeOfTheTextIsKeptButLabelsAreNot() {
        String html = """
                <html><body><article><p>Tags</p><h2>Performance in Python</h2>
                <p>There are many ways to improve the performance of Python programs without rewriting them in C.</p>
                <p>Here is what the measurements showed on a laptop with eight cores.</p>
                <h3>Conclusions</h3><ul><li>Tuples save memory</li><li>Map and filter are sometimes faster</li></ul>
                <p>Share</p></article></body></html>
                """;
        assertEquals("""
                Performance in Python

                There are many ways to improve the performance of Python programs without rewriting them in C.

                Here is what the measurements showed on a laptop with eight cores.

                Conclusions

                Tuples save memory

                Map and filter are sometimes faster""", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void rubyReadingsDoNotSplitTheSentence() {
        String html = "<html><body><article><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt>"
                + "<rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p></article></body></html>";
        assertEquals("子どもへの虐待をなくすための法律ができました。", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void aLongListOfOtherStoriesIsNotTheArticleButAScriptHookIsNoMark() {
        String teaser = "<li><h3>Parlament stimmt dem Abkommen mit London zu</h3><p>Die Abgeordneten haben am Dienstag "
                + "mit großer Mehrheit für den Vertrag gestimmt, der den Handel nach dem Austritt regelt.</p></li>";
        String html = "<html><body><div class=\"body js-truncate-related-to-my-size\">"
                + "<p>Die Zustimmung des Parlaments öffnet eine neue Ära der Beziehungen, sagte die Kommissionschefin.</p>"
                + "<p>Kritiker nannten den Austritt einen historischen Fehler.</p></div>"
                + "<ul class=\"related-stories\">" + teaser.repeat(8) + "</ul></body></html>";
        assertEquals("Die Zustimmung des Parlaments öffnet eine neue Ära der Beziehungen, sagte die Kommissionschefin.\n\n"
                + "Kritiker nannten den Austritt einen historischen Fehler.", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void aLeadFarBeforeTheBodyAndNamedInCamelCaseOpensTheText() {
        String html = """
                <html><body><div class="mod_article"><div class="ce_articleIntro"><p>Erdöl bildet sich über Millionen von Jahren aus den Resten winziger Meereslebewesen.</p></div>
                <div class="wrap"><div class="inner"><div class="ce_text"><div class="text">
                <p>Abgestorbenes Plankton sinkt auf den Meeresgrund und wird dort von Sand und Schlamm bedeckt.</p>
                <p>Unter Druck und Hitze wandelt es sich langsam in Erdöl und Erdgas um.</p>
                <p class="legend">Abbildung: Bohrinsel in der Nordsee</p></div></div></div></div></div></body></html>
                """;
        assertEquals("Erdöl bildet sich über Millionen von Jahren aus den Resten winziger Meereslebewesen.\n\n"
                + "Abgestorbenes Plankton sinkt auf den Meeresgrund und wird dort von Sand und Schlamm bedeckt.\n\n"
                + "Unter Druck und Hitze wandelt es sich langsam in Erdöl und Erdgas um.", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void readMoreLabelsAndPictureCreditsAreNotText() {
        String html = """
                <html><body><article><p><span class="dateline">KOBE –</span> A total of 6,000 surgical masks have been lost at a hospital, officials said.</p>
                <p><strong>LE PUEDE INTERESAR: La ficha del expresidente en la corte de Nueva York</strong></p>
                <p>Foto: Agencia / Juan Pérez</p>
                <p>The room is usually locked, and the police are investigating the incident.</p>
                <p><a href="https://example.org/petition">https://example.org/petition</a></p>
                <p><a href="/other">Related coverage of the hospital</a></p>
                <p><strong>Lesen Sie auch:</strong></p><ul><li><a href="/1">Masken werden knapp</a></li></ul>
                <p>Related to the shortage, prices for masks have risen sharply this month.</p></article></body></html>
                """;
        assertEquals("""
                KOBE – A total of 6,000 surgical masks have been lost at a hospital, officials said.

                The room is usually locked, and the police are investigating the incident.

                https://example.org/petition

                Related to the shortage, prices for masks have risen sharply this month.""", MainText.of(Jsoup.parse(html)));
    }

    @Test
    void aTableInAFigureIsDataButCallsToActionDisclaimersAndPostMetadataAreNot() {
        String html = """
                <html><body><article><p>Die Gebühren der beiden Börsen unterscheiden sich deutlich, wie die Übersicht zeigt.</p>
                <figure><table><tr><td>Auszahlung</td><td>1 GBP withdrawal</td></tr></table></figure>
                <p class="post-meta">Der Beitrag wurde am Mittwoch veröffentlicht und gehört zur Kategorie Allgemein.</p>
                <div class="letters-cta"><p>We want to hear what you think about this article. Submit a letter.</p></div>
                <div class="editorial-disclaimer"><p>The advertising disclaimer below does not apply to this article.</p></div>
                <figure><img src="a.jpg"><figcaption>Die Zentrale der Börse in London</figcaption></figure>
                <p>Wer oft kleine Beträge abhebt, zahlt bei der zweiten Börse am Ende weniger Gebühren.</p></article></body></html>
                """;
        assertEquals("""
                Die Gebühren der beiden Börsen unterscheiden sich deutlich, wie die Übersicht zeigt.

                Auszahlung

                1 GBP withdrawal

                Wer oft kleine Beträge abhebt, zahlt bei der zweiten Börse am Ende weniger Gebühren.""",
                MainText.of(Jsoup.parse(html)));
    }

    @Test
    void aDeclaredArticleOfFullLengthBeatsADenserThreadBesideIt() {
        String paragraph = "<p>Der Konzern liefert Signaltechnik für eine Kohlemine, obwohl er sich Klimaziele gesetzt hat, "
                + "und Umweltverbände werfen ihm vor, seine eigenen Versprechen damit zu brechen.</p>";
        String posts = "<p>Ich glaube nicht, dass sich am Ende irgendetwas ändert, solange die Aktionäre nur auf die "
                + "Rendite schauen und die Politik zuschaut, wie immer.</p>"
                + "<p>Die Reichen sitzen in ihren Bunkern und der Rest schaut zu, wie die letzte Birne ausgeht.</p>";
        // the thread's posts sit in one box with no word of 'comment' on it: it is the densest block
        String html = "<html><body><div class=\"news\"><div class=\"sect\"><article class=\"sectbody\">"
                + paragraph.repeat(20) + "</article></div>"
                + "<div class=\"sect community\"><div class=\"thread\">" + posts.repeat(40) + "</div></div></div></body></html>";
        String text = MainText.of(Jsoup.parse(html));
        assertTrue(text.startsWith("Der Konzern liefert") && !text.contains("Bunkern"), text);
    }

    @Test
    void whatIsNotPrintedPageNumbersAndRatingsAreFurnitureButOtherNoFlagsMarkNothing() {
        String html = """
                <html><body><div class="no-sidebar"><div class="entry">
                <p>Die Fraktion hat eine neue Vizepräsidentin des Bundestages gewählt, teilte sie am Donnerstag mit.</p>
                <div class="no-print" id="contact"><p>Bei Fragen und Anregungen erreichen Sie uns montags bis freitags.</p></div>
                <p>Sie war zuvor Sprecherin der Arbeitsgruppe für Recht und Verbraucherschutz.</p>
                <div class="pagination"><p>Seite 1 von 3, weiter zur nächsten Seite mit den Reaktionen</p></div>
                <div class="article-rating"><p>Wie hat Ihnen dieser Artikel gefallen? Bewerten Sie ihn mit Sternen.</p></div>
                </div></div></body></html>
                """;
        assertEquals("Die Fraktion hat eine neue Vizepräsidentin des Bundestages gewählt, teilte sie am Donnerstag mit.\n\n"
                + "Sie war zuvor Sprecherin der Arbeitsgruppe für Recht und Verbraucherschutz.", MainText.of(Jsoup.parse(html)));
    }
}
