package org.newsmon.alerts.notify;

import java.util.List;
import java.util.stream.Collectors;
import org.newsmon.core.Alert;
import org.newsmon.core.AlertSource;
import org.newsmon.core.EventType;

/** Alerts as people read them. Stateless. */
public final class AlertFormat {
    private AlertFormat() {}

    /**
     * One line: kind and status, title, date, parties (visitor → host for a visit), actors, how many sources in
     * which languages, revision. E.g. {@code [VISIT COMPLETED] To Lam ends Baku visit | 2025-05-07 | VN → AZ |
     * To Lam, Ilham Aliyev | 6 sources (en, az, ru, vi) | revision 6}.
     */
    public static String human(Alert alert) {
        StringBuilder out = new StringBuilder();
        out.append('[').append(alert.kind()).append(' ').append(alert.status()).append("] ")
                .append(alert.title() == null ? "(untitled)" : alert.title().strip());
        out.append(" | ").append(alert.date() == null ? "date unknown" : alert.date().toString());
        out.append(" | ").append(parties(alert));
        if (!alert.actors().isEmpty()) {
            out.append(" | ").append(String.join(", ", alert.actors()));
        }
        out.append(" | ").append(sources(alert.sources()));
        out.append(" | revision ").append(alert.revision());
        return out.toString();
    }

    public static String parties(Alert alert) {
        return String.join(alert.kind() == EventType.VISIT ? " → " : " – ", alert.parties());
    }

    public static String sources(List<AlertSource> sources) {
        String languages = sources.stream().map(AlertSource::language).filter(l -> l != null && !l.isBlank())
                .distinct().collect(Collectors.joining(", "));
        String count = sources.size() + (sources.size() == 1 ? " source" : " sources");
        return languages.isEmpty() ? count : count + " (" + languages + ")";
    }
}
