package org.newsmon.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmon.app.Newsmon;
import org.newsmon.core.EventType;
import org.newsmon.core.UserException;
import org.newsmon.enrich.Tagger;

/** Scoring on a small corpus of our own sentences, labelled by hand. */
class EventsEvalTest {
    @TempDir
    Path dir;
    Path texts;
    Path labels;

    @BeforeEach
    void corpus() throws Exception {
        texts = dir.resolve("texts");
        Files.createDirectories(texts.resolve("en"));
        Files.createDirectories(texts.resolve("ru"));
        Files.writeString(texts.resolve("en/visit.txt"), "Kazakh leader in Ankara\nKassym-Jomart Tokayev arrived in "
                + "Ankara on Wednesday for a state visit. The two presidents signed five agreements.\n");
        Files.writeString(texts.resolve("ru/call.txt"), "Разговор\nВладимир Путин провёл телефонный разговор с "
                + "Касым-Жомартом Токаевым.\n");
        Files.writeString(texts.resolve("en/optional.txt"), "Trip\nXi Jinping will visit Moscow next week.\n");
        Files.writeString(texts.resolve("en/false.txt"), "Trip\nRecep Tayyip Erdogan arrived in Tashkent on Monday.\n");
        labels = dir.resolve("labels.jsonl");
        Files.writeString(labels, String.join("\n",
                "{\"file\":\"en/visit.txt\",\"url\":\"https://example.org/1\",\"published\":\"2025-05-08\",\"language\":\"en\","
                        + "\"events\":[{\"type\":\"VISIT\",\"status\":\"ONGOING\",\"parties\":[\"KZ\",\"TR\"],\"historical\":false},"
                        + "{\"type\":\"AGREEMENT\",\"status\":\"SIGNED\",\"parties\":[\"TR\",\"KZ\"],\"historical\":false},"
                        + "{\"type\":\"VISIT\",\"status\":\"COMPLETED\",\"parties\":[\"TR\",\"KZ\"],\"historical\":true}],"
                        + "\"people\":[{\"name\":\"Kassym Jomart Tokayev\",\"country\":\"KZ\"},{\"name\":\"Recep Tayyip Erdoğan\",\"country\":\"TR\"}]}",
                "{\"file\":\"ru/call.txt\",\"url\":\"https://example.org/2\",\"published\":\"2025-05-08\",\"language\":\"ru\","
                        + "\"events\":[],\"people\":[{\"name\":\"Vladimir Putin\",\"country\":\"RU\"},{\"name\":\"Kassym-Jomart Tokayev\",\"country\":\"KZ\"}]}",
                "{\"file\":\"en/optional.txt\",\"url\":\"https://example.org/3\",\"published\":\"2025-05-08\",\"language\":\"en\","
                        + "\"events\":[{\"type\":\"VISIT\",\"status\":\"ANNOUNCED\",\"parties\":[\"CN\",\"RU\"],\"historical\":false,\"optional\":true}]}",
                "{\"file\":\"en/false.txt\",\"url\":\"https://example.org/4\",\"published\":\"2025-05-08\",\"language\":\"en\",\"events\":[]}",
                ""));
    }

    @Test
    void countsHitsMissesFalseAlarmsAndPeople() {
        EventsEval.Result r = EventsEval.run(Tagger.defaults(), texts, EventsEval.readLabels(labels), EventsEval.Half.ALL, l -> {});
        assertEquals(4, r.reports());
        EventsEval.Counts visits = r.events(null, EventType.VISIT);
        assertEquals(1, visits.gold, "the historical visit is no gold, the optional one neither");
        assertEquals(1, visits.found);
        assertEquals(2, visits.predicted, "KZ→TR and the unlabelled TR→UZ; the optional CN→RU counts neither way");
        assertEquals(1, visits.correct);
        assertEquals(0.5, visits.precision());
        assertEquals(1, visits.statusRight);
        EventsEval.Counts agreements = r.events("en", EventType.AGREEMENT);
        assertEquals(1, agreements.gold);
        assertEquals(1, agreements.found, "agreement parties match in any order");
        assertEquals(4, r.people(null).gold);
        assertEquals(3, r.people(null).found, "Erdogan is not named in the text that labels him");
        assertEquals(0, r.people(null).wrongCountry);
        assertTrue(r.perReport().stream().anyMatch(rr -> rr.misses().stream().anyMatch(m -> m.startsWith("false VISIT TR→UZ"))));
    }

    @Test
    void theHalvesSplitTheReportsBetweenThem() {
        List<EventsEval.Label> all = EventsEval.readLabels(labels);
        int tune = EventsEval.run(Tagger.defaults(), texts, all, EventsEval.Half.TUNE, l -> {}).reports();
        int held = EventsEval.run(Tagger.defaults(), texts, all, EventsEval.Half.HELD, l -> {}).reports();
        assertEquals(4, tune + held);
    }

    @Test
    void namesMatchByTheirWordsWithoutCaseOrDiacritics() {
        assertTrue(EventsEval.sameName("Modi", "Narendra Modi"));
        assertTrue(EventsEval.sameName("Pham Minh Chinh", "Phạm Minh Chính"));
        assertTrue(EventsEval.sameName("Kassym-Jomart Tokayev", "Kassym Jomart Tokayev"));
        assertFalse(EventsEval.sameName("Heydar Aliyev", "Ilham Aliyev"));
        assertTrue(EventsEval.sameName("Dmitriy Peskov", "Dmitry Peskov"));
        assertTrue(EventsEval.sameName("Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assertFalse(EventsEval.sameName("Mehriban Aliyeva", "Ilham Aliyev"));
        assertFalse(EventsEval.sameName("Lee Jung-sik", "Lee Chang-yang"));
    }

    @Test
    void namesMatchAcrossRomanizationsButNotAcrossPeople() {
        assertTrue(EventsEval.sameName("Khasan Rukhani", "Hassan Rouhani"));
        assertTrue(EventsEval.sameName("Yuriy Ushakov", "Yuri Ushakov"));
        assertTrue(EventsEval.sameName("Abdul Razzaq Dawood", "Abdul Razak Dawood"));
        assertTrue(EventsEval.sameName("D. Tsogtbaatar", "Damdin Tsogtbaatar"));
        assertTrue(EventsEval.sameName("Ngyuen Van Nen", "Nguyen Van Nen"));
        assertFalse(EventsEval.sameName("Nguyen Van Nen", "Nguyen Van Hung"));
        assertFalse(EventsEval.sameName("Khasan Rukhani", "Hassan Nasrallah"));
        assertFalse(EventsEval.sameName("D. Tsogtbaatar", "Luvsannamsrain Oyun-Erdene"));
    }

    @Test
    void aBrokenLabelLineIsReportedWithItsFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        String good = "{\"file\":\"x\",\"published\":\"2025-05-07\",\"events\":[]}\n";
        Files.writeString(bad, good + "{not json\n");
        UserException e = assertThrows(UserException.class, () -> EventsEval.readLabels(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2: "), e.getMessage());
        // a line of another shape (a note with no file) is named too, not a crash later on
        Files.writeString(bad, good + good + "{\"url\":\"https://example.org/a\"}\n");
        UserException shape = assertThrows(UserException.class, () -> EventsEval.readLabels(bad));
        assertTrue(shape.getMessage().startsWith(bad + ":3: "), shape.getMessage());
    }

    @Test
    void theCommandPrintsATablePerHalf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Newsmon.execute("eval", "events", texts.toString(), labels.toString(), "--half", "all"));
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("== all half: 4 reports"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.matches("all\\s+visit\\s+1\\s+1\\s+2\\s+1\\s+1\\.000\\s+0\\.500\\s+1\\.000")), printed);
    }
}
