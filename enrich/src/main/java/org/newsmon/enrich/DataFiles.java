package org.newsmon.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tagger's bundled data files: '|'-separated lines, '#' comments. */
final class DataFiles {
    private DataFiles() {}

    /** A data line split into fields, with its line number for error messages. */
    record Line(int number, List<String> fields) {}

    static List<Line> read(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file " + resource + " missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    static List<Line> read(InputStream in) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(new Line(number, List.of(trimmed.split("\\|", -1)).stream().map(String::strip).toList()));
            }
        }
        return lines;
    }

    /** The ';'-separated phrases of a field, blanks dropped. */
    static List<String> phrases(String field) {
        return List.of(field.split(";")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
