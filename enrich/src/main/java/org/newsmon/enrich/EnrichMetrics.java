package org.newsmon.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Entity;
import org.newsmon.core.EntityType;
import org.newsmon.core.Event;
import org.newsmon.core.SectorTag;

/**
 * What the enrich service counts, on the registry it is given: {@code newsmon.enrich.articles}, {@code newsmon.enrich.tag.time},
 * {@code newsmon.enrich.entities{type}}, {@code newsmon.enrich.sectors{sector}},
 * {@code newsmon.enrich.events{type,status,historical}} and {@code newsmon.enrich.dlq{reason}}. Thread-safe.
 */
public final class EnrichMetrics {
    private final MeterRegistry registry;
    private final Counter articles;
    private final Timer tagTime;
    private final Map<EntityType, Counter> entities = new EnumMap<>(EntityType.class);

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.articles = Counter.builder("newsmon.enrich.articles").description("articles enriched").register(registry);
        this.tagTime = Timer.builder("newsmon.enrich.tag.time").description("time to tag one article").register(registry);
        // Looked up once: an article has dozens of entities, and a registry lookup per entity showed in profiles.
        for (EntityType type : EntityType.values()) {
            entities.put(type, registry.counter("newsmon.enrich.entities", "type", type.name()));
        }
        // Registered at zero so dashboards and rate() see them before the first dead letter.
        for (String reason : new String[] {"unreadable", "invalid", "untaggable"}) {
            registry.counter("newsmon.enrich.dlq", "reason", reason);
        }
    }

    /** Counts nothing anyone reads: for topologies built without a registry. */
    public static EnrichMetrics none() {
        return new EnrichMetrics(new CompositeMeterRegistry());
    }

    void enriched(EnrichedArticle article, long tagNanos) {
        articles.increment();
        tagTime.record(tagNanos, TimeUnit.NANOSECONDS);
        for (Entity entity : article.entities()) {
            entities.get(entity.type()).increment();
        }
        for (SectorTag sector : article.sectors()) {
            registry.counter("newsmon.enrich.sectors", "sector", sector.sector()).increment();
        }
        for (Event event : article.events()) {
            registry.counter("newsmon.enrich.events", "type", event.type().name(), "status", event.status().name(),
                    "historical", Boolean.toString(event.historical())).increment();
        }
    }

    void deadLetter(String reason) {
        registry.counter("newsmon.enrich.dlq", "reason", reason).increment();
    }

    /** Articles enriched so far (for tests and the health endpoint). */
    public double articlesEnriched() {
        return articles.count();
    }

    /** Records sent to the dead-letter topic so far, for every reason. */
    public double deadLetters() {
        return registry.find("newsmon.enrich.dlq").counters().stream().mapToDouble(Counter::count).sum();
    }
}
