package org.newsmon.enrich;

import java.util.List;
import org.newsmon.core.ConfigKey;

/** The settings the enrich service reads, each declared once (see {@link org.newsmon.core.Config}). */
public final class EnrichSettings {
    private EnrichSettings() {}

    public static final ConfigKey<List<String>> WATCH_COUNTRIES = new ConfigKey<>("watch.countries", List.of("AZ", "VN"),
            "the watched pair of countries, ISO 3166-1 alpha-2 codes (an article is relevant when it involves all of them)",
            text -> ConfigKey.list("watch.countries", List.of(), "").parser().apply(text).stream()
                    .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList(),
            codes -> codes.size() >= 2 && codes.stream().allMatch(c -> c.matches("[A-Z]{2}")),
            "must list at least two ISO 3166-1 alpha-2 codes, e.g. AZ,VN");
    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("enrich.application.id", "newsmon-enrich",
            "Kafka Streams application id of the enrich service (its consumer group and state directory)");
    public static final ConfigKey<String> GAZETTEER_FILE = ConfigKey.string("enrich.gazetteer.file", null,
            "a gazetteer file to use instead of the bundled ones, gazetteer.txt, people.txt and places.txt, all three "
                    + "(the countries, capitals and peoples stay; format: see gazetteer.txt in the enrich jar; "
                    + "an optional sixth column holds the Wikidata id, `Q…`)");

    public static final List<ConfigKey<?>> KEYS = List.of(WATCH_COUNTRIES, APPLICATION_ID, GAZETTEER_FILE);
}
