package org.newsmon.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmon.core.SectorTag;
import org.newsmon.core.Sectors;
import org.newsmon.enrich.PhraseMatcher.Hit;

/**
 * Tags the sectors an article is about from weighted multilingual lexicons ({@code sectors.txt}), with the
 * sentences that earned each sector as evidence. Immutable and thread-safe.
 */
final class SectorTagger {
    /** Weight an article must gather for a sector to be tagged. */
    static final double THRESHOLD = 1.0;
    private static final int EVIDENCE_SENTENCES = 2;
    private static final int MAX_EVIDENCE_CHARS = 400;

    record Term(String sector, double weight) {}

    private final List<PhraseMatcher.Phrase<Term>> phrases;

    SectorTagger(List<PhraseMatcher.Phrase<Term>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    List<PhraseMatcher.Phrase<Term>> phrases() {
        return phrases;
    }

    static SectorTagger bundled() {
        List<PhraseMatcher.Phrase<Term>> phrases = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.read("sectors.txt")) {
            List<String> f = line.fields();
            if (f.size() != 3 || !Sectors.isKnown(f.get(0))) {
                throw new IllegalStateException("sectors.txt:" + line.number() + ": expected a known sector|weight|phrases");
            }
            Term term = new Term(f.get(0), Double.parseDouble(f.get(1)));
            DataFiles.phrases(f.get(2)).forEach(p -> phrases.add(new PhraseMatcher.Phrase<>(p, term)));
        }
        return new SectorTagger(phrases);
    }

    /** Sectors of {@code text} from the hits of {@link #phrases()} in it. */
    List<SectorTag> tag(String text, List<Hit<Term>> termHits, List<Sentences.Span> sentences) {
        List<Hit<Term>> hits = PhraseMatcher.longestNonOverlapping(termHits);
        Map<String, Weights> bySector = new LinkedHashMap<>(); // in order of first hit: ties in score keep it
        int s = 0;
        for (Hit<Term> hit : hits) {
            while (s < sentences.size() - 1 && sentences.get(s).end() <= hit.start()) {
                s++;
            }
            Weights w = bySector.get(hit.value().sector());
            if (w == null) {
                w = new Weights(new double[Math.max(1, sentences.size())]);
                bySector.put(hit.value().sector(), w);
            }
            w.perSentence[sentences.isEmpty() ? 0 : s] += hit.value().weight();
            w.total += hit.value().weight();
        }
        List<SectorTag> tags = new ArrayList<>();
        bySector.forEach((sector, w) -> {
            if (w.total >= THRESHOLD) {
                double score = Math.round(w.total / (w.total + 3.0) * 100) / 100.0;
                tags.add(new SectorTag(sector, score, evidence(text, sentences, w.perSentence)));
            }
        });
        tags.sort(Comparator.comparingDouble(SectorTag::score).reversed());
        return tags;
    }

    /** A sector's weight in the article and by sentence. */
    private static final class Weights {
        final double[] perSentence;
        double total;

        Weights(double[] perSentence) {
            this.perSentence = perSentence;
        }
    }

    /** The {@value #EVIDENCE_SENTENCES} sentences of most weight, heaviest first, the earlier first on a tie. */
    private static List<String> evidence(String text, List<Sentences.Span> sentences, double[] weights) {
        // a pass that keeps the best few rather than sorting every sentence with weight: this runs per sector
        int[] best = new int[EVIDENCE_SENTENCES];
        int kept = 0;
        for (int i = 0; i < weights.length && i < sentences.size(); i++) {
            if (!(weights[i] > 0)) {
                continue;
            }
            // sentences come in order, so one ties with those kept only after them
            int at = kept;
            while (at > 0 && weights[i] > weights[best[at - 1]]) {
                at--;
            }
            if (at == EVIDENCE_SENTENCES) {
                continue;
            }
            int last = Math.min(kept, EVIDENCE_SENTENCES - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            best[at] = i;
            kept = Math.min(kept + 1, EVIDENCE_SENTENCES);
        }
        List<String> out = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            String sentence = sentences.get(best[k]).of(text);
            out.add(sentence.length() > MAX_EVIDENCE_CHARS ? sentence.substring(0, MAX_EVIDENCE_CHARS) + "…" : sentence);
        }
        return out;
    }
}
