package org.newsmon.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsmon.core.Alert;
import org.newsmon.core.CloudEvents;

/**
 * Matches each sighting against the events of its pair in the state store, and publishes a new alert or a new
 * revision when (and only when) the sighting changes what the alert says. Records arrive keyed by pair key, and
 * the store is keyed by event key, which starts with the pair key and the event's day, so one range scan finds the
 * candidates.
 */
final class ClusterProcessor implements Processor<String, Sighting, String, Alert> {
    /**
     * How far from a report's day its event's key day can be: the key is the first report's day, and an
     * announcement comes up to {@link EventClusterer#UNDATED_BEFORE_DAYS} before the event; generous on purpose.
     */
    static final int WINDOW_DAYS = 90;

    private final String storeName;
    private final EventClusterer clusterer = new EventClusterer();
    private final AlertsMetrics metrics;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, TrackedEvent> store;

    ClusterProcessor(String storeName, AlertsMetrics metrics) {
        this.storeName = storeName;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Sighting> record) {
        Sighting sighting = record.value();
        if (sighting == null) {
            return;
        }
        Instant at = Instant.ofEpochMilli(record.timestamp());
        List<TrackedEvent> candidates = candidates(sighting);
        var match = clusterer.match(candidates, sighting);
        if (match.isEmpty()) {
            TrackedEvent created = clusterer.start(newEventKey(sighting), sighting);
            store.put(created.eventKey(), created);
            metrics.raised(created.kind());
            metrics.published(at);
            publish(created, record.timestamp());
            return;
        }
        TrackedEvent known = match.get();
        TrackedEvent merged = clusterer.absorb(known, sighting);
        if (EventClusterer.changed(known, merged)) {
            TrackedEvent revision = EventClusterer.revised(merged, at);
            store.put(revision.eventKey(), revision);
            metrics.revised(revision.kind());
            metrics.published(at);
            publish(revision, record.timestamp());
        } else if (!merged.equals(known)) {
            store.put(merged.eventKey(), merged); // bookkeeping only (e.g. publication window): nothing to tell anyone
        }
    }

    /**
     * The tracked events of the sighting's pair whose key day lies within {@link #WINDOW_DAYS} of the sighting's
     * day. Keys sort by day (ISO dates sort as text), so this is one range scan, and its cost does not grow with
     * the years of history in the store.
     */
    private List<TrackedEvent> candidates(Sighting s) {
        LocalDate day = s.date() != null ? s.date() : s.referenceDay();
        List<TrackedEvent> out = new ArrayList<>();
        try (KeyValueIterator<String, TrackedEvent> it = day == null
                ? store.prefixScan(s.pairKey() + ":", new StringSerializer())
                : store.range(s.pairKey() + ":" + day.minusDays(WINDOW_DAYS),
                        s.pairKey() + ":" + day.plusDays(WINDOW_DAYS) + "~~~~")) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    /**
     * {@code visit:VN-AZ:2025-05-07}: readable, and the same on a replay in the same order. A second event of the
     * same pair on the same day gets {@code ~2}.
     */
    private String newEventKey(Sighting s) {
        var day = s.date() != null ? s.date() : s.referenceDay();
        String base = s.pairKey() + ":" + (day == null ? "undated" : day.toString());
        String key = base;
        for (int n = 2; store.get(key) != null; n++) {
            key = base + "~" + n;
        }
        return key;
    }

    private void publish(TrackedEvent event, long timestamp) {
        Alert alert = event.toAlert();
        context.forward(new Record<>(alert.eventKey(), alert, timestamp, CloudEvents.headers(alert)));
    }
}
