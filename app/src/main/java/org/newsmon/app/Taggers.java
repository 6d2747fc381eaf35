package org.newsmon.app;

import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.newsmon.core.Config;
import org.newsmon.core.UserException;
import org.newsmon.enrich.EnrichSettings;
import org.newsmon.enrich.Tagger;

/** Builds what reads the user's gazetteer file, so that a file that does not load is the user's error, not a bug. */
public final class Taggers {
    private Taggers() {}

    /**
     * {@link Tagger#fromSettings}.
     *
     * @throws UserException when {@link EnrichSettings#GAZETTEER_FILE} cannot be read or is malformed
     */
    public static Tagger fromSettings(Config config) {
        return readingGazetteer(config, () -> Tagger.fromSettings(config));
    }

    /**
     * Runs {@code build}, which loads {@link EnrichSettings#GAZETTEER_FILE}; enrich reports a bad file as an
     * {@link IllegalArgumentException} (every bad line listed) or an {@link UncheckedIOException}.
     *
     * @throws UserException when the file is set and does not load
     */
    public static <T> T readingGazetteer(Config config, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String file = config.get(EnrichSettings.GAZETTEER_FILE);
            if (file == null || file.isBlank()) {
                throw e; // the bundled gazetteer failed: that is a bug, not the user's
            }
            throw new UserException(EnrichSettings.GAZETTEER_FILE.name() + " " + file + ": " + e.getMessage()
                    + " (fix the file, or unset " + EnrichSettings.GAZETTEER_FILE.name() + " for the bundled gazetteer)", e);
        }
    }
}
