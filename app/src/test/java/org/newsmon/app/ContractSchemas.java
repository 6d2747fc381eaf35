package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsmon.core.Json;

/**
 * The published JSON Schemas of the contracts ({@code docs/*.schema.json}), read from the repository itself, so a
 * test checks the very file readers are pointed to. Thread-safe once loaded.
 */
public final class ContractSchemas {
    public static final ContractSchemas ALERT = load("alert.schema.json");
    public static final ContractSchemas ENRICHED_ARTICLE = load("enriched-article.schema.json");

    private final String name;
    private final Schema schema;

    private ContractSchemas(String name, Schema schema) {
        this.name = name;
        this.schema = schema;
    }

    private static ContractSchemas load(String file) {
        Path path = Path.of("..", "docs", file);
        try (InputStream in = Files.newInputStream(path)) {
            return new ContractSchemas(file, SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    /** What is wrong with {@code json} by the schema; empty when it is valid. */
    public List<String> problems(String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return schema.validate(node).stream().map(Error::toString).toList();
    }

    /** Fails, naming the record and every problem, unless {@code json} is valid. */
    public void assertValid(String what, String json) {
        assertEquals(List.of(), problems(json), what + " against docs/" + name + ": " + json);
    }

    /**
     * Checks a record read from a pipeline topic: the value of an {@code *.alerts} topic against the Alert schema,
     * of an {@code *.enriched} topic against the EnrichedArticle schema; other topics and tombstones pass.
     */
    public static void assertValidRecord(String topic, byte[] value) {
        if (value == null) {
            return;
        }
        String json = new String(value, StandardCharsets.UTF_8);
        if (topic.endsWith("alerts")) {
            ALERT.assertValid("record of " + topic, json);
        } else if (topic.endsWith("enriched")) {
            ENRICHED_ARTICLE.assertValid("record of " + topic, json);
        }
    }
}
