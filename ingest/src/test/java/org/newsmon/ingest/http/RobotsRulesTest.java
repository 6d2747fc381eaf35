package org.newsmon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
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
        RobotsRules rules = RobotsRules.parse(ROBOTS, "newsmon");
        assertTrue(rules.allows("/xeber/to-lam-bakida.html"));
        assertFalse(rules.allows("/private/notes.html"));
    }

    @Test
    void theLongestMatchWinsAndWildcardsWork() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "newsmon");
        assertTrue(rules.allows("/private/press-releases/2025-05-07.html"));
        assertFalse(rules.allows("/files/joint-statement.pdf"));
        assertTrue(rules.allows("/files/joint-statement.pdf?download=1"));
    }

    @Test
    void theStarGroupAppliesWhenWeAreNotNamed() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "someoneelse");
        assertFalse(rules.allows("/xeber/to-lam-bakida.html"));
        assertTrue(rules.allows("/private/notes.html"));
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "newsmon").allows("/anything"));
    }
}
