package org.newsmon.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.newsmon.core.EventStatus;
import org.newsmon.core.EventType;

/**
 * The plain-English line an alert leads with, per kind and status: "Vietnam's General Secretary To Lam visits
 * Azerbaijan — completed, 7–8 May 2025", "Azerbaijan and Vietnam sign a joint statement and cooperation documents —
 * 7 May 2025". Two alerts of one story (the visit, the agreements signed during it) read differently, which the lead
 * report's headline they used to carry did not. Stateless and thread-safe.
 */
final class AlertTitles {
    private AlertTitles() {}

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /**
     * @param visitor  the visiting person (a visit), or null when no report names one
     * @param office   the visitor's office ("General Secretary"), or null
     * @param documents the documents an agreement's reports name, possibly empty
     */
    static String title(EventType kind, EventStatus status, List<String> parties, String visitor, String office,
                        List<String> documents, LocalDate start, LocalDate end) {
        String dates = dates(start, end);
        if (kind == EventType.VISIT) {
            String from = parties.isEmpty() ? "A" : possessive(country(parties.get(0)));
            String who = visitor == null ? "delegation" : (office == null ? "" : office + " ") + visitor;
            String to = parties.size() < 2 ? "abroad" : country(parties.get(1));
            return from + " " + who + " visits " + to + " — " + statusWord(status) + (dates == null ? "" : ", " + dates);
        }
        String who = and(parties.stream().map(AlertTitles::country).toList());
        String verb = status == EventStatus.PLANNED ? " plan to sign " : " sign ";
        return who + verb + and(documents.isEmpty() ? List.of("an agreement")
                : documents.stream().map(AlertTitles::withArticle).toList()) + (dates == null ? "" : " — " + dates);
    }

    /** "7 May 2025", "7–8 May 2025", "30 April – 2 May 2025", "30 December 2025 – 2 January 2026"; null undated. */
    static String dates(LocalDate start, LocalDate end) {
        if (start == null) {
            return null;
        }
        if (end == null || !end.isAfter(start)) {
            return DAY_MONTH_YEAR.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY_MONTH_YEAR.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        return start.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(end);
    }

    /** The English name of an ISO 3166-1 alpha-2 code ("VN" → "Vietnam"); the code itself when Java knows none. */
    static String country(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static String statusWord(EventStatus status) {
        return switch (status) {
            case ANNOUNCED -> "announced";
            case ONGOING -> "under way";
            case COMPLETED -> "completed";
            case CANCELLED -> "cancelled";
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String withArticle(String document) {
        if (document.endsWith("s")) {
            return document; // plural: "cooperation documents"
        }
        return ("aeiou".indexOf(document.charAt(0)) >= 0 ? "an " : "a ") + document;
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
