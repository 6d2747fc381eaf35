package org.newsmon.ingest.article;

import java.util.List;
import org.newsmon.core.RawArticle;

/**
 * Whether ingest produces an article, the same for live polling and backfill: an article with neither title nor text
 * is refused, one the watch filter does not match is dropped, one whose id was produced before is skipped; a copy of
 * an earlier article's text is produced marked {@code duplicateOf} it. No I/O; thread-safe, as its
 * {@link DedupeIndex} is.
 */
public final class ArticleAdmission {
    /** What became of an article; {@link #metricName} is its name in ingest's item counts. */
    public enum Outcome {
        /** no title and no text: nothing to tag */
        EMPTY,
        /** the watch filter does not match */
        OFF_TOPIC,
        /** an article of this id was produced before */
        SAME_ID,
        /** admitted, marked a copy of an earlier article with the same text */
        DUPLICATE,
        /** admitted, marked a copy of an earlier article with nearly the same text */
        NEAR_DUPLICATE,
        /** admitted */
        NEW;

        public boolean admitted() {
            return this == DUPLICATE || this == NEAR_DUPLICATE || this == NEW;
        }

        public String metricName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param article     the article to produce (with {@code duplicateOf} set for a copy); the input as it was when
     *                    not admitted
     * @param fingerprint claimed in the dedupe index when admitted; null for EMPTY and OFF_TOPIC
     */
    public record Decision(Outcome outcome, RawArticle article, Fingerprint fingerprint) {
        public boolean admitted() {
            return outcome.admitted();
        }
    }

    private final WatchFilter watch;
    private final DedupeIndex dedupe;

    public ArticleAdmission(WatchFilter watch, DedupeIndex dedupe) {
        this.watch = watch;
        this.dedupe = dedupe;
    }

    /** @param watchTerms see {@link WatchFilter}; @param nearDuplicateBits see {@link DedupeIndex} */
    public ArticleAdmission(List<String> watchTerms, int nearDuplicateBits) {
        this(new WatchFilter(watchTerms), new DedupeIndex(nearDuplicateBits));
    }

    /** Judges the article; an admitted one is claimed in the dedupe index (see {@link #release}). */
    public Decision admit(RawArticle article) {
        if (article.text().isBlank() && (article.title() == null || article.title().isBlank())) {
            return new Decision(Outcome.EMPTY, article, null);
        }
        if (!watch.matches(article)) {
            return new Decision(Outcome.OFF_TOPIC, article, null);
        }
        Fingerprint fingerprint = fingerprint(article);
        DedupeIndex.Verdict verdict = dedupe.claim(fingerprint);
        Outcome outcome = switch (verdict.kind()) {
            case SAME_ID -> Outcome.SAME_ID;
            case DUPLICATE -> Outcome.DUPLICATE;
            case NEAR_DUPLICATE -> Outcome.NEAR_DUPLICATE;
            case NEW -> Outcome.NEW;
        };
        RawArticle admitted = outcome.admitted() && verdict.originalId() != null
                ? article.withDuplicateOf(verdict.originalId()) : article;
        return new Decision(outcome, admitted, fingerprint);
    }

    /** Forgets an admitted article that could not be produced, so that a later attempt is judged afresh. */
    public void release(Decision decision) {
        if (decision.admitted()) {
            dedupe.release(decision.fingerprint());
        }
    }

    /** Adds the fingerprint of an article produced before (read back from ingest's fingerprints topic). */
    public void remember(Fingerprint fingerprint) {
        dedupe.load(fingerprint);
    }

    /** The fingerprint ingest keeps of a produced article, seen at its fetch time. */
    public static Fingerprint fingerprint(RawArticle article) {
        return new Fingerprint(article.id(), article.contentHash(), TextFingerprint.simHash(article.text()),
                article.canonicalUrl(), article.fetchedAt());
    }
}
