package org.newsmon.enrich;

import org.junit.jupiter.api.Test;

class DumpDemo {
    @Test
    void dump() throws Exception {
        Tagger tagger = Tagger.defaults();
        String only = System.getProperty("page", "");
        try (var files = java.nio.file.Files.list(DemoPages.DIR)) {
            for (var f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.contains(only)) continue;
                var a = tagger.tag(DemoPages.load(name, "x"));
                System.out.println("=== " + name + " countries=" + a.countries() + " relevant=" + a.relevant() + " " + a.relevance());
                a.entities().forEach(e -> System.out.println("  E " + e.type() + " " + e.id() + " " + e.name() + " " + e.country() + " " + e.mentions().stream().map(m -> m.text()).toList()));
                a.sectors().forEach(s -> System.out.println("  S " + s.sector() + " " + s.score() + " " + s.evidence()));
                a.events().forEach(e -> System.out.println("  V " + e.type() + " " + e.status() + " hist=" + e.historical() + " " + e.date() + ".." + e.dateEnd() + " " + e.parties() + " " + e.actors() + " @" + e.location() + " c=" + e.confidence() + " | " + e.sentence()));
            }
        }
    }
}
