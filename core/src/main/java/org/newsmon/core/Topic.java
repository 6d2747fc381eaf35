package org.newsmon.core;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic's name, its serdes and the settings it is created with, kept together so a reader and a writer of the
 * topic cannot disagree. Immutable.
 *
 * @param configs topic-level settings applied at creation (cleanup policy, retention, compression)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {
    public Topic {
        configs = Map.copyOf(configs);
    }

    /** The same topic under another name: replay writes to {@code NAME.enriched}, {@code NAME.alerts}. */
    public Topic<K, V> renamed(String newName) {
        return new Topic<>(newName, keySerde, valueSerde, configs);
    }
}
