package org.newsmon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** robots.txt as {@link RobotsPolicy} reads it (crawler-commons' RFC 9309 parser). */
class RobotsRulesTest {
    private static final URI ROBOTS_URL = URI.create("https://example.az/robots.txt");

    /** The rules for {@code token}, with paths checked on the robots.txt's own host. */
    private record Rules(BaseRobotRules rules) {
        boolean allows(String pathAndQuery) {
            return rules.isAllowed(ROBOTS_URL.resolve(pathAndQuery).toString());
        }
    }

    private static Rules parse(String robotsTxt, String token) {
        return new Rules(RobotsPolicy.parse(ROBOTS_URL, robotsTxt.getBytes(StandardCharsets.UTF_8), "text/plain", token));
    }

    private static final String ROBOTS = """
            # news site
            User-agent: Googlebot
            Disallow: /

            User-agent: newsmon
            User-agent: otherbot
            Disallow: /private/
            Allow: /private/press-releases/
            Disallow: /*.pdf$

            User-agent: *
            Disallow: /xeber/
            """;

    @Test
    void ourGroupWinsOverTheStarGroup() {
        Rules rules = parse(ROBOTS, "newsmon");
        assertTrue(rules.allows("/xeber/to-lam-bakida.html"));
        assertFalse(rules.allows("/private/notes.html"));
    }

    @Test
    void theLongestMatchWinsAndWildcardsWork() {
        Rules rules = parse(ROBOTS, "newsmon");
        assertTrue(rules.allows("/private/press-releases/2025-05-07.html"));
        assertFalse(rules.allows("/files/joint-statement.pdf"));
        assertTrue(rules.allows("/files/joint-statement.pdf?download=1"));
    }

    @Test
    void theStarGroupAppliesWhenWeAreNotNamed() {
        Rules rules = parse(ROBOTS, "someoneelse");
        assertFalse(rules.allows("/xeber/to-lam-bakida.html"));
        assertTrue(rules.allows("/private/notes.html"));
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertTrue(parse("User-agent: *\nDisallow:\n", "newsmon").allows("/anything"));
    }
}
