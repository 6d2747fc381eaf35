package org.newsmon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsmon.app.Newsmon;
import org.newsmon.core.Json;

/**
 * {@code newsmon bench --quick} end to end, on a broker of its own: it finishes and prints its JSON line with a
 * positive figure for everything it measures. Not a speed test: no figure is compared with a threshold.
 */
class BenchCommandTest {
    /** Where the extraction corpus sits seen from this module in a worktree checkout; absent in a plain clone. */
    private static final Path CORPUS = Path.of("../../shared/testdata/extraction-dev");
    private static final Path FEEDS = Path.of("../../shared/testdata/feedparser");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void quickBenchPrintsPositiveFiguresAsOneJsonLine() throws Exception {
        List<String> args = new ArrayList<>(List.of("bench", "--quick"));
        boolean corpus = Files.isDirectory(CORPUS);
        if (corpus) {
            args.addAll(List.of("--extraction-dev", CORPUS.toString()));
        }
        boolean feeds = Files.isDirectory(FEEDS);
        if (feeds) {
            args.addAll(List.of("--feedparser", FEEDS.toString()));
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Newsmon.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.println(output);
        assertEquals(0, exit, output);

        List<String> jsonLines = output.lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(1, jsonLines.size(), "one JSON line");
        JsonNode json = Json.MAPPER.readTree(jsonLines.get(0));
        assertEquals("quick", json.path("bench").asText());
        for (String field : List.of("baselineRecordsPerSecond", "pipelineArticlesPerSecond", "throughputRatio",
                "taggerMegabytesPerCoreSecond", "feedsPolledPerMinute", "pollingHeapUsedMb")) {
            assertTrue(json.path(field).asDouble() > 0, field + " in " + json);
        }
        for (String phase : List.of("latencyLow", "latencyHalfMax")) {
            for (String field : List.of("rate", "enrichedP50Ms", "enrichedP99Ms", "alertsP50Ms", "alertsP99Ms")) {
                assertTrue(json.path(phase).path(field).asDouble() > 0, phase + "." + field + " in " + json);
            }
        }
        for (String part : List.of("enrich", "alerts", "broker")) {
            assertTrue(json.path("pipelineCpuMsByPart").path(part).asDouble() > 0, "CPU of " + part + " in " + json);
        }
        if (feeds) {
            assertTrue(json.path("feedCorpusDocumentsRead").asInt() > 0, json.toString());
            assertTrue(json.path("feedCorpusCheckShare").asDouble() > 0, json.toString());
        }
        if (corpus) {
            assertTrue(json.path("extractionPagesPerSecond").asDouble() > 0, json.toString());
            assertTrue(json.path("extractionF1").asDouble() > 0, json.toString());
        }
        assertTrue(output.contains("| throughput ratio"), "the table");
    }
}
