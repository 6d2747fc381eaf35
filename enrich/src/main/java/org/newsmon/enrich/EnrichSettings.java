package org.newsmon.enrich;

import java.util.List;
import org.newsmon.core.CommonSettings;
import org.newsmon.core.Config;
import org.newsmon.core.ConfigKey;

/**
 * The settings the enrich service reads: each key declared once ({@link #KEYS}, see {@link Config}), and their
 * values read once at start-up by {@link #from}.
 */
public record EnrichSettings(List<String> watchCountries, String applicationId, String gazetteerFile) {

    /** Declared in core: enrich and alerts read the same key. */
    public static final ConfigKey<List<String>> WATCH_COUNTRIES = CommonSettings.WATCH_COUNTRIES;
    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("enrich.application.id", "newsmon-enrich",
            "Kafka Streams application id of the enrich service (its consumer group and state directory)");
    public static final ConfigKey<String> GAZETTEER_FILE = ConfigKey.string("enrich.gazetteer.file", null,
            "a gazetteer file to use instead of the bundled ones, gazetteer.txt, people.txt and places.txt, all three "
                    + "(the countries, capitals and peoples stay; format: see gazetteer.txt in the enrich jar; "
                    + "an optional sixth column holds the Wikidata id, `Q…`)");

    public static final List<ConfigKey<?>> KEYS = List.of(WATCH_COUNTRIES, APPLICATION_ID, GAZETTEER_FILE);

    /** The values in {@code config} (their defaults where it was loaded without them). */
    public static EnrichSettings from(Config config) {
        return new EnrichSettings(config.get(WATCH_COUNTRIES), config.get(APPLICATION_ID), config.get(GAZETTEER_FILE));
    }
}
