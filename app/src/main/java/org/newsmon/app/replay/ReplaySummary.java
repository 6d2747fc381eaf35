package org.newsmon.app.replay;

/**
 * What a replay or backfill did.
 *
 * @param articles      articles enriched and written by this run
 * @param alreadyDone   articles a previous, interrupted or finished, run had written (skipped)
 * @param events        events found in the articles written
 * @param deadLetters   records that could not be used (with the reason on the DLQ topic)
 * @param alertsNew     alerts raised (revision 1) on the target's alerts topic
 * @param alertsRevised revisions of alerts published on it
 * @param completed     false when the run was stopped (Ctrl-C) before the end: run it again to resume
 */
public record ReplaySummary(long articles, long alreadyDone, long events, long deadLetters, long alertsNew,
                            long alertsRevised, boolean completed) {

    /** One line for the console. */
    public String describe(String target) {
        return (completed ? "done" : "stopped (run the same command again to resume)") + ": " + articles
                + " articles written" + (alreadyDone > 0 ? " (" + alreadyDone + " done by an earlier run"
                + (articles == 0 ? "; --fresh replays them again" : "") + ")" : "")
                + ", " + events + " events, " + deadLetters + " dead letters; alerts on " + target + ": "
                + alertsNew + " new, " + alertsRevised + " revised";
    }
}
