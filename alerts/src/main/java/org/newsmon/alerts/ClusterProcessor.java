package org.newsmon.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsmon.core.Alert;

/**
 * Matches each sighting against the events of its pair in the state store, and publishes a new alert or a new
 * revision when (and only when) the sighting changes what the alert says. Records arrive keyed by pair key, and
 * the store is keyed by event key, which starts with the pair key, so one prefix scan finds all candidates.
 */
final class ClusterProcessor implements Processor<String, Sighting, String, Alert> {
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
        List<TrackedEvent> candidates = candidates(sighting.pairKey());
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

    private List<TrackedEvent> candidates(String pairKey) {
        List<TrackedEvent> out = new ArrayList<>();
        try (KeyValueIterator<String, TrackedEvent> it = store.prefixScan(pairKey + ":", new StringSerializer())) {
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
