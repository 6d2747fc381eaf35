package org.newsmon.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventType;
import org.newsmon.core.Sectors;
import org.newsmon.core.StatusChange;

/**
 * Turns what the alerts service knows of an event ({@link TrackedEvent}) into the {@link Alert} it publishes. Pure
 * and independent of the order reports arrived in, so a replay publishes the same alert. Stateless.
 */
final class AlertComposer {
    private AlertComposer() {}

    /** Reports in publication order (the order the world learnt things), arrival-independent. */
    private static final Comparator<TrackedEvent.Report> PUBLISHED = Comparator
            .comparing((TrackedEvent.Report r) -> reportedAt(r), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TrackedEvent.Report::articleId);

    static Alert compose(TrackedEvent e) {
        Map<String, TrackedEvent.Report> originalOf = copies(e.reports());
        List<TrackedEvent.Report> independent = e.reports().stream().filter(r -> !originalOf.containsKey(r.articleId())).toList();
        TrackedEvent.Report lead = lead(independent.isEmpty() ? e.reports() : independent);
        List<AlertSource> sources = e.reports().stream()
                .map(r -> originalOf.containsKey(r.articleId()) ? r.source().withCopyOf(originalOf.get(r.articleId()).source().url()) : r.source())
                .sorted(Comparator.comparing(AlertSource::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AlertSource::url, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<String> orderedSectors = e.sectors().stream()
                .sorted(Comparator.comparingInt(s -> Sectors.ALL.indexOf(s) < 0 ? Integer.MAX_VALUE : Sectors.ALL.indexOf(s)))
                .toList();
        List<String> texts = independent.stream().flatMap(r -> Stream.of(r.source().title(), r.sentence()))
                .filter(t -> t != null && !t.isBlank()).toList();
        String visitor = e.kind() == EventType.VISIT ? visitor(independent, e.actors()) : null;
        String office = visitor == null ? null : ReportPhrases.office(visitor, texts).orElse(null);
        List<String> documents = e.kind() == EventType.AGREEMENT ? ReportPhrases.documents(texts) : List.of();
        String title = AlertTitles.title(e.kind(), e.status(), e.parties(), visitor, office, documents, e.start(), e.end());
        return new Alert(e.eventKey(), e.kind(), e.status(), title, lead == null ? null : lead.sentence(), e.start(),
                e.parties(), e.actors(), orderedSectors, sources, e.revision(), e.firstSeenAt(), e.updatedAt(),
                lead == null ? null : lead.source().title(), e.end(), location(e, independent), documents,
                independent.size(), history(independent));
    }

    /**
     * Each copy's original: reports with the same text fingerprint, or that ingest marked copies of one another, form
     * a group whose earliest-published report is the original. Ingest marks whichever it happened to fetch second,
     * which need not be the later publication; and a copy whose original arrived later was never marked at all.
     */
    static Map<String, TrackedEvent.Report> copies(List<TrackedEvent.Report> reports) {
        Map<String, String> parent = new HashMap<>();
        Map<String, TrackedEvent.Report> byId = new LinkedHashMap<>();
        reports.forEach(r -> byId.put(r.articleId(), r));
        Map<String, String> firstWithHash = new HashMap<>();
        for (TrackedEvent.Report r : reports) {
            if (r.contentHash() != null) {
                String other = firstWithHash.putIfAbsent(r.contentHash(), r.articleId());
                if (other != null) {
                    join(parent, r.articleId(), other);
                }
            }
            String copied = r.copyOfArticle() != null ? r.copyOfArticle() : r.duplicateOf();
            if (copied != null && byId.containsKey(copied)) {
                join(parent, r.articleId(), copied);
            }
        }
        Map<String, TrackedEvent.Report> originalOfRoot = new HashMap<>();
        for (TrackedEvent.Report r : reports.stream().sorted(PUBLISHED).toList()) {
            originalOfRoot.putIfAbsent(root(parent, r.articleId()), r);
        }
        Map<String, TrackedEvent.Report> out = new HashMap<>();
        for (TrackedEvent.Report r : reports) {
            TrackedEvent.Report original = originalOfRoot.get(root(parent, r.articleId()));
            if (original != r) {
                out.put(r.articleId(), original);
            }
        }
        return out;
    }

    private static void join(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String at = id;
        while (parent.containsKey(at)) {
            at = parent.get(at);
        }
        return at;
    }

    /**
     * The report that speaks for the event: the most advanced, English before other languages (the reader most
     * likely shares it), then the earliest. Independent of arrival order.
     */
    private static TrackedEvent.Report lead(List<TrackedEvent.Report> reports) {
        return reports.stream().min(Comparator
                .comparingInt((TrackedEvent.Report r) -> -r.status().progress())
                .thenComparing(r -> !"en".equalsIgnoreCase(r.source().language()))
                .thenComparing(r -> r.source().publishedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TrackedEvent.Report::articleId)).orElse(null);
    }

    /** The person most reports name first (reports name a visit's visitor before the host), or null. */
    private static String visitor(List<TrackedEvent.Report> reports, List<String> actors) {
        Map<String, Integer> firsts = new HashMap<>();
        reports.stream().filter(r -> !r.actors().isEmpty()).forEach(r -> firsts.merge(r.actors().get(0), 1, Integer::sum));
        // Ties go to the earlier in the event's own actor order, then by name: independent of arrival order.
        Comparator<String> order = Comparator.comparingInt((String a) -> firsts.get(a))
                .thenComparingInt(a -> actors.contains(a) ? -actors.indexOf(a) : Integer.MIN_VALUE)
                .thenComparing(Comparator.reverseOrder());
        return firsts.keySet().stream().max(order).orElse(actors.isEmpty() ? null : actors.get(0));
    }

    /**
     * The place most reports give; for a visit with the host country added ("Baku, Azerbaijan"), as enriched events
     * name the place alone.
     */
    private static String location(TrackedEvent e, List<TrackedEvent.Report> reports) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        reports.stream().sorted(PUBLISHED).map(TrackedEvent.Report::location).filter(l -> l != null && !l.isBlank())
                .forEach(l -> counts.merge(l, 1, Integer::sum));
        String place = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (place == null || e.kind() != EventType.VISIT || e.parties().size() < 2) {
            return place;
        }
        String host = AlertTitles.country(e.parties().get(1));
        return place.contains(host) ? place : place + ", " + host;
    }

    /** Each step forward of the status, told by the first report (in publication order) that gave it. */
    private static List<StatusChange> history(List<TrackedEvent.Report> reports) {
        List<StatusChange> out = new ArrayList<>();
        int progress = -1;
        for (TrackedEvent.Report r : reports.stream().sorted(PUBLISHED).toList()) {
            if (r.status().progress() > progress) {
                progress = r.status().progress();
                out.add(new StatusChange(r.status(), reportedAt(r), r.source().url()));
            }
        }
        return out;
    }

    private static Instant reportedAt(TrackedEvent.Report r) {
        return r.source().publishedAt() != null ? r.source().publishedAt() : r.source().firstSeenAt();
    }
}
