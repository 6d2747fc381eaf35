package org.newsmon.alerts.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmon.core.Alert;
import org.newsmon.core.Config;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;
import org.newsmon.core.Sectors;

/**
 * Which alerts a notifier wants: kinds, statuses and sectors, each empty for "any". An alert passes when it
 * matches every non-empty set (for sectors: when it has at least one of them). Immutable.
 */
record NotifierFilter(Set<EventType> kinds, Set<EventStatus> statuses, Set<String> sectors) {
    static final NotifierFilter ANY = new NotifierFilter(Set.of(), Set.of(), Set.of());

    NotifierFilter {
        kinds = Set.copyOf(kinds);
        statuses = Set.copyOf(statuses);
        sectors = Set.copyOf(sectors);
    }

    boolean accepts(Alert alert) {
        return (kinds.isEmpty() || kinds.contains(alert.kind()))
                && (statuses.isEmpty() || statuses.contains(alert.status()))
                && (sectors.isEmpty() || alert.sectors().stream().anyMatch(sectors::contains));
    }

    /**
     * Reads a notifier's {@code kinds}, {@code statuses} and {@code sectors}, e.g. {@code notifier.webhook.kinds=VISIT};
     * values that name no kind, status or sector are added to {@code problems}.
     */
    static NotifierFilter parse(NotifierSettings.Delivery keys, Config config, List<String> problems) {
        Set<EventType> kinds = parseEnums(keys.kinds().name(), config.get(keys.kinds()), EventType.class, problems);
        Set<EventStatus> statuses = parseEnums(keys.statuses().name(), config.get(keys.statuses()), EventStatus.class,
                problems);
        Set<String> sectors = config.get(keys.sectors()).stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>(sectors.stream().filter(s -> !Sectors.isKnown(s)).sorted().toList());
        if (!unknown.isEmpty()) {
            problems.add(keys.sectors().name() + ": unknown sector(s) " + unknown + ", expected some of " + Sectors.ALL);
        }
        return new NotifierFilter(kinds, statuses, sectors);
    }

    private static <E extends Enum<E>> Set<E> parseEnums(String key, List<String> names, Class<E> type,
                                                         List<String> problems) {
        Set<E> out = new java.util.HashSet<>();
        for (String name : names) {
            try {
                out.add(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": unknown value '" + name + "', expected some of "
                        + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }
}
