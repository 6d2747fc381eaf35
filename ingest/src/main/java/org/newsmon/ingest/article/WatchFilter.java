package org.newsmon.ingest.article;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsmon.core.RawArticle;

/**
 * The cheap relevance pre-filter: an article passes when, for every term group, its title, summary or text contains
 * one of the group's terms (case-insensitive, Unicode-normalised substring). With no groups everything passes.
 * Immutable and thread-safe.
 */
public final class WatchFilter {
    private final List<List<String>> groups;

    /** @param groups each entry alternatives separated by '|', e.g. "azerbaijan|азербайджан|azərbaycan" */
    public WatchFilter(List<String> groups) {
        this.groups = groups.stream()
                .map(g -> Arrays.stream(g.split("\\|")).map(WatchFilter::normalize).filter(t -> !t.isBlank()).toList())
                .filter(g -> !g.isEmpty())
                .toList();
    }

    public boolean matches(RawArticle article) {
        if (groups.isEmpty()) {
            return true;
        }
        String haystack = normalize(String.join("\n", nonNull(article.title()), nonNull(article.summary()),
                nonNull(article.text())));
        return groups.stream().allMatch(g -> g.stream().anyMatch(haystack::contains));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }
}
