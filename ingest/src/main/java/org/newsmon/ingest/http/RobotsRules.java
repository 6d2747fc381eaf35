package org.newsmon.ingest.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) that apply to one product token: the group naming the token, else the
 * {@code *} group; the longest matching Allow/Disallow wins, Allow on a tie; {@code *} and {@code $} in paths.
 * Immutable and thread-safe.
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** @param token our product token, lower case ("newsmon") */
    static RobotsRules parse(String robotsTxt, String token) {
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean mineFound = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : (robotsTxt + "\nuser-agent: \u0000end").split("\\R")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    // a group ended: file its rules under its agents
                    for (String agent : agents) {
                        if (agent.equals("*")) {
                            star.addAll(current);
                        } else if (token.startsWith(agent) || agent.startsWith(token)) {
                            mine.addAll(current);
                            mineFound = true;
                        }
                    }
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.add(new Rule(field.equals("allow"), value));
                }
            }
        }
        return new RobotsRules(List.copyOf(mineFound ? mine : star));
    }

    /** Whether {@code pathAndQuery} (starting with '/') may be fetched. */
    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), pathAndQuery) && (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchFrom(p, 0, path, 0, anchored);
    }

    private static boolean matchFrom(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (matchFrom(p, pi + 1, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
