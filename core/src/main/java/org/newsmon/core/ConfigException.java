package org.newsmon.core;

import java.util.List;

/** Configuration that cannot be used; carries every problem found, one line each. A fatal error: fix and restart. */
public final class ConfigException extends UserException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
