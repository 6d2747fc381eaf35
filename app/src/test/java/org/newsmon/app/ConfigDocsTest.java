package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {
    @Test
    void docsListEverySettingAsTheCodeDeclaresIt() throws IOException {
        String documented = Files.readString(Path.of("..", "docs", "configuration.md"), StandardCharsets.UTF_8);
        assertEquals(ConfigCommand.markdown(ConfigOptions.ALL_KEYS), documented,
                "docs/configuration.md is stale: regenerate it with ./newsmon config --markdown > docs/configuration.md");
    }
}
