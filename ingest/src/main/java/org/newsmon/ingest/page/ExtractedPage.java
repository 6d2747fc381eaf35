package org.newsmon.ingest.page;

import java.time.Instant;

/**
 * What {@link PageExtractor} finds in an article page. Every field but {@code text} may be null when the page does not
 * say; {@code text} is the main text (lead and body, paragraphs separated by a blank line), empty when none was found.
 *
 * @param canonicalUrl the page's own canonical URL ({@code <link rel=canonical>}, {@code og:url}, else the page URL),
 *                     tracking parameters stripped
 * @param language     ISO 639 primary language subtag, lower case ("en", "vi")
 */
public record ExtractedPage(String title, String text, Instant publishedAt, String language, String canonicalUrl,
                            String author, String summary) {
}
