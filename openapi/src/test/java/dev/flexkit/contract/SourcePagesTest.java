package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** openapi/sources/ keeps the JSON examples of Flex's pages with their URLs, and nothing else. */
class SourcePagesTest {

    @Test
    void theFolderHoldsOnlyPagesOfExamplesAndItsReadme() throws IOException {
        try (Stream<Path> files = Files.list(SeedPages.folder())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".yaml") || name.equals("README.md"));
        }
        assertThat(SeedPages.pages()).hasSizeGreaterThan(10);
    }

    @Test
    void everyPageIsOneOfTheSourcesOfTheContractReadme() {
        assertThat(SeedPages.pages())
                .allSatisfy(page -> assertThat(SourceTable.urls()).as(page).contains(SeedPages.url(page)));
    }

    @Test
    void everyExampleThatNamesAModelIsJson() {
        ObjectMapper json = new ObjectMapper();
        assertThat(SeedPages.all()).allSatisfy(example -> {
            assertThat(example.name()).isNotBlank();
            assertThat(example.what()).isNotBlank();
            if (example.model() != null) {
                // The guides abbreviate nested objects as { ... }.
                assertThat(json.readTree(example.json().replace("{ ... }", "{}")))
                        .as(example.page() + " " + example.name())
                        .isNotNull();
            }
        });
    }
}
