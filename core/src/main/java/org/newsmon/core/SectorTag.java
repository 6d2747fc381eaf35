package org.newsmon.core;

import java.util.List;

/**
 * A sector an article is about.
 *
 * @param sector   one of {@link Sectors#ALL}
 * @param score    0–1, higher is more central to the article
 * @param evidence the sentences that earned the score
 */
public record SectorTag(String sector, double score, List<String> evidence) {
    public SectorTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
