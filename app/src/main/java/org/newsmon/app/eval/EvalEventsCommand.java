package org.newsmon.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmon.app.ConfigOptions;
import org.newsmon.app.Taggers;
import org.newsmon.app.replay.ProgressBar;
import org.newsmon.core.EventType;
import org.newsmon.core.Json;
import org.newsmon.core.UserException;
import org.newsmon.enrich.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Scores the tagger on a labelled folder of real reports: recall, precision and status "
                + "accuracy of new visits and agreements per type and language, and person recall.",
                "DIR holds the texts (DIR/<lang>/<id>.txt, first line the headline); LABELS is a .jsonl file or a "
                        + "folder of them, one report a line (format: eval/events/README.md). Reports are split into a "
                        + "tuning and a held-out half by the hash of their URL; both are scored unless --half says."})
public final class EvalEventsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of report texts")
    Path texts;

    @Parameters(index = "1", paramLabel = "LABELS", description = "label file (.jsonl) or folder of label files")
    Path labels;

    @Option(names = "--half", paramLabel = "tune|held|all", description = "which reports to score (default: each "
            + "half, then all)")
    String half;

    @Option(names = "--language", paramLabel = "LANG", description = "only reports in this language (en, ru, az, vi)")
    String language;

    @Option(names = {"-v", "--verbose"}, description = "list every miss, false alarm and wrong status per report")
    boolean verbose;

    @Option(names = "--json", description = "print the scores as one JSON object per half instead of tables")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isDirectory(texts)) {
            throw new UserException("no folder of report texts at " + texts);
        }
        List<EventsEval.Label> all = EventsEval.readLabels(labels).stream()
                .filter(l -> language == null || language.equals(l.language())).toList();
        List<EventsEval.Half> halves = half == null ? List.of(EventsEval.Half.TUNE, EventsEval.Half.HELD, EventsEval.Half.ALL)
                : List.of(parseHalf(half));
        Tagger tagger = Taggers.fromSettings(options.load(Map.of()));
        for (EventsEval.Half h : halves) {
            long inHalf = all.stream().filter(l -> h == EventsEval.Half.ALL || l.half() == h).count();
            ProgressBar progress = ProgressBar.console("tagging (" + h.name().toLowerCase(Locale.ROOT) + ")", inHalf);
            EventsEval.Result result = EventsEval.run(tagger, texts, all, h, l -> progress.advance(1));
            progress.finish();
            if (json) {
                System.out.println(Json.write(Map.of("half", h.name().toLowerCase(Locale.ROOT), "result", summary(result))));
            } else {
                print(h, result);
            }
        }
        return 0;
    }

    private static EventsEval.Half parseHalf(String text) {
        return switch (text) {
            case "tune" -> EventsEval.Half.TUNE;
            case "held" -> EventsEval.Half.HELD;
            case "all" -> EventsEval.Half.ALL;
            default -> throw new UserException("--half takes tune, held or all, not '" + text + "'");
        };
    }

    private void print(EventsEval.Half h, EventsEval.Result r) {
        System.out.printf(Locale.ROOT, "%n== %s half: %d reports, %d country pairs labelled%n",
                h.name().toLowerCase(Locale.ROOT), r.reports(), r.pairs().size());
        System.out.println("lang  type        gold found  pred  right  recall precision status");
        List<String> languages = new ArrayList<>(r.peopleByLanguage().keySet());
        languages.add(null);
        for (String lang : languages) {
            for (EventType type : EventType.values()) {
                EventsEval.Counts c = r.events(lang, type);
                System.out.printf(Locale.ROOT, "%-5s %-10s %5d %5d %5d %6d  %6s %9s %6s%n", lang == null ? "all" : lang,
                        type.name().toLowerCase(Locale.ROOT), c.gold, c.found, c.predicted, c.correct,
                        figure(c.recall()), figure(c.precision()), figure(c.statusAccuracy()));
            }
        }
        System.out.println("lang  people  found  recall  wrong-country");
        for (String lang : languages) {
            EventsEval.PeopleCounts p = r.people(lang);
            System.out.printf(Locale.ROOT, "%-5s %6d %6d  %6s  %d%n", lang == null ? "all" : lang, p.gold, p.found,
                    figure(p.recall()), p.wrongCountry);
        }
        if (verbose) {
            for (EventsEval.ReportResult report : r.perReport()) {
                if (!report.misses().isEmpty()) {
                    System.out.println("-- " + report.label().file() + "  " + report.label().url());
                    report.misses().forEach(m -> System.out.println("   " + m));
                }
            }
        }
    }

    private static Map<String, Object> summary(EventsEval.Result r) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("reports", r.reports());
        out.put("pairs", r.pairs().size());
        List<String> languages = new ArrayList<>(r.peopleByLanguage().keySet());
        languages.add(null);
        for (String lang : languages) {
            Map<String, Object> perLang = new java.util.LinkedHashMap<>();
            for (EventType type : EventType.values()) {
                EventsEval.Counts c = r.events(lang, type);
                perLang.put(type.name().toLowerCase(Locale.ROOT), Map.of("gold", c.gold, "found", c.found,
                        "predicted", c.predicted, "correct", c.correct, "statusRight", c.statusRight));
            }
            EventsEval.PeopleCounts p = r.people(lang);
            perLang.put("people", Map.of("gold", p.gold, "found", p.found, "wrongCountry", p.wrongCountry));
            out.put(lang == null ? "all" : lang, perLang);
        }
        return out;
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
