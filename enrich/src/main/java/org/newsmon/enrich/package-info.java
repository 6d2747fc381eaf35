/**
 * The enrich stage: {@code news.raw} → {@code news.enriched}.
 *
 * <p>{@link org.newsmon.enrich.Tagger} is the pure core: one pass of a phrase trie over the folded text (lower case, no
 * diacritics, offsets kept) finds the names of the gazetteer, the event cue words, the sector terms, the time words
 * and the titles that introduce unknown people; sentences, dates and events are then read around those hits. What
 * it knows is data, in this package's resources:
 * <ul>
 *   <li>{@code gazetteer.txt}: people, organisations, places, countries and nationality adjectives with their aliases
 *       in en/ru/az/vi; {@code people.txt}: heads of state and government; {@code places.txt}: the cities and venues
 *       of visits and summits (the three replaced together by a file: {@code enrich.gazetteer.file});</li>
 *   <li>{@code countries.txt}: what the JDK's CLDR data lacks about the countries, their capitals and peoples;</li>
 *   <li>{@code event-cues.txt}: words of visits and signings, of their state (announced, ongoing, completed,
 *       cancelled; planned) and of what is not one (phone calls, invitations "at a convenient time", hopes);</li>
 *   <li>{@code sectors.txt}: weighted terms of the contract's eighteen sectors;</li>
 *   <li>{@code titles.txt}: titles before a person's name ("Deputy Foreign Minister", "Phó Thủ tướng").</li>
 * </ul>
 * {@link org.newsmon.enrich.EnrichTopology} is the Streams topology around it, {@link org.newsmon.enrich.EnrichService}
 * runs it, {@link org.newsmon.enrich.EnrichSettings} declares its settings.
 */
package org.newsmon.enrich;
