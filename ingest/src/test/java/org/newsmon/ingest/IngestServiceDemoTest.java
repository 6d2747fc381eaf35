package org.newsmon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;
import org.newsmon.core.FeedState;
import org.newsmon.core.RawArticle;
import org.newsmon.kafka.KafkaCluster;
import org.newsmon.kafka.KafkaExtension;

/** The whole ingest on a real broker against the bundled demo web (EXPECTED.md). */
@ExtendWith(KafkaExtension.class)
class IngestServiceDemoTest {

    /** page file → expected publishedAt and language (EXPECTED.md's table). */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "azertac-azerbaijan-kazakhstan-middle-corridor.html", List.of("2025-05-05T14:20:00+04:00", "en"),
            "azertac-aliyev-interview-vna-to-lam-visit.html", List.of("2025-05-06T09:45:00+04:00", "en"),
            "vna-tong-bi-thu-to-lam-tham-kazakhstan.html", List.of("2025-05-06T20:15:00+07:00", "vi"),
            "az-to-lam-azerbaycana-resmi-sefer.html", List.of("2025-05-07T17:05:00+04:00", "az"),
            "ru-to-lam-pribyl-v-baku.html", List.of("2025-05-07T18:40:00+03:00", "ru"),
            "newsaz-to-lam-ends-baku-visit.html", List.of("2025-05-08T16:10:00+04:00", "en"),
            "vna-tong-bi-thu-to-lam-ket-thuc-tham-azerbaijan.html", List.of("2025-05-08T19:30:00+07:00", "vi"),
            "analysis-news-azerbaijan-vietnam-sign-joint-statement.html", List.of("2025-05-08T18:05:00Z", "en"),
            "analysis-azerbaijan-vietnam-old-friendship-must-deliver.html", List.of("2025-06-10T07:30:00Z", "en"));

    static List<ConfigKey<?>> keys() {
        List<ConfigKey<?>> keys = new ArrayList<>(CommonSettings.KEYS);
        keys.addAll(IngestSettings.KEYS);
        return keys;
    }

    @Test
    void ingestsTheNineDemoArticlesAndDoesNotReEmitThemAfterARestart(KafkaCluster kafka) throws Exception {
        IngestTopics topics = IngestTopics.DEFAULT.suffixed("." + UUID.randomUUID());
        // default politeness, robots.txt included, as `newsmon run` has it
        Config config = Config.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "topic.partitions", "2"),
                keys());
        try (DemoWeb web = DemoWeb.start()) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            long start = System.nanoTime();
            try (IngestService ingest = new IngestService(config, web.feeds(), registry, null, topics)) {
                ingest.start();
                awaitPolls(ingest, 6);
            }
            System.out.printf("demo ingested in %.1f s (%d requests)%n", (System.nanoTime() - start) / 1e9,
                    web.requests.get());
            List<RawArticle> articles = KafkaRecords.values(
                    KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 9, Duration.ofSeconds(30)), topics.raw());
            assertEquals(9, articles.size(), () -> "articles: " + articles.stream().map(RawArticle::url).toList());
            Map<String, RawArticle> byPage = articles.stream()
                    .collect(Collectors.toMap(a -> a.url().substring(a.url().lastIndexOf('/') + 1), Function.identity()));
            assertEquals(EXPECTED.keySet(), byPage.keySet());

            for (var e : EXPECTED.entrySet()) {
                RawArticle a = byPage.get(e.getKey());
                assertEquals(Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(e.getValue().get(0))),
                        a.publishedAt(), e.getKey());
                assertEquals(e.getValue().get(1), a.language(), e.getKey());
                assertEquals(a.url(), a.canonicalUrl(), e.getKey());
                assertEquals(org.newsmon.core.ArticleIds.of(a.canonicalUrl()), a.id());
                assertTrue(a.feedUrl().startsWith(web.base() + "/feeds/"), a.feedUrl());
                assertNotNull(a.title());
                assertNotNull(a.fetchedAt());

                Document page = Jsoup.parse(Files.readString(DemoWeb.DIR.resolve("pages").resolve(e.getKey()),
                        StandardCharsets.UTF_8));
                String lead = page.selectFirst("p.lead").text();
                assertTrue(a.text().startsWith(lead), () -> e.getKey() + " text starts: " + a.text().substring(0, 200));
                String lastParagraph = page.select("article > p").last().text();
                assertTrue(a.text().contains(lastParagraph), e.getKey() + " misses its last paragraph");
                // furniture texts long enough not to occur by chance ("X", the share link, would)
                for (Element furniture : page.select("aside li, .share-bar, .cookie-banner p, nav.main, footer")) {
                    if (furniture.text().length() < 12) {
                        continue;
                    }
                    assertFalse(a.text().contains(furniture.text()),
                            () -> e.getKey() + " text holds boilerplate '" + furniture.text() + "'");
                }
                assertFalse(a.text().contains(a.title()), e.getKey() + ": the headline is the title, not text");
            }

            RawArticle n1 = byPage.get("newsaz-to-lam-ends-baku-visit.html");
            RawArticle s1 = byPage.get("analysis-news-azerbaijan-vietnam-sign-joint-statement.html");
            assertEquals(n1.contentHash(), s1.contentHash(), "S1 is a syndicated copy of N1");
            assertTrue(n1.id().equals(s1.duplicateOf()) ^ s1.id().equals(n1.duplicateOf()),
                    "exactly one of N1, S1 marks the other as its original");
            long duplicates = articles.stream().filter(a -> a.duplicateOf() != null).count();
            assertEquals(1, duplicates);
            assertEquals(9, registry.counter("newsmon.ingest.articles.produced").count());

            List<FeedState> states = KafkaRecords.values(
                    KafkaRecords.read(kafka.bootstrapServers(), topics.feedState(), 6, Duration.ofSeconds(10)),
                    topics.feedState());
            assertEquals(6, states.stream().map(FeedState::feedUrl).distinct().count());

            // Restart: the feed state in Kafka says every item is done.
            SimpleMeterRegistry second = new SimpleMeterRegistry();
            try (IngestService ingest = new IngestService(config, web.feeds(), second, null, topics)) {
                ingest.start();
                awaitPolls(ingest, 6);
            }
            assertEquals(9, KafkaRecords.read(kafka.bootstrapServers(), topics.raw(), 9, Duration.ofSeconds(10)).size());
            assertEquals(0, second.counter("newsmon.ingest.articles.produced").count());
            assertNull(second.find("newsmon.ingest.items").tag("outcome", "new").counter());
        }
    }

    static void awaitPolls(IngestService ingest, int polls) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (ingest.pollsDone() < polls) {
            assertTrue(System.nanoTime() < deadline, "only " + ingest.pollsDone() + " polls in 90 s");
            Thread.sleep(100);
        }
    }
}
