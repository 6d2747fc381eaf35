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
}
