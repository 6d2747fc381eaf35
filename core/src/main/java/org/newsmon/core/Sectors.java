package org.newsmon.core;

import java.util.List;

/** The economic sectors of the contract (DESIGN.md), in their fixed spelling. */
public final class Sectors {
    private Sectors() {}

    public static final List<String> ALL = List.of(
            "politics", "oil-gas", "energy", "trade", "transport", "tourism", "education", "culture", "media",
            "finance", "ict", "health", "agriculture", "construction", "industry", "defense-security", "science",
            "environment");

    public static boolean isKnown(String sector) {
        return ALL.contains(sector);
    }
}
