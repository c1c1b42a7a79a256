package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Java-level check takes the generator options and templates from. */
class GeneratorConfigTest {

    @Test
    void insideTheCheckoutItIsTheProjectsGeneratorConfig() {
        try (Workspace workspace = new Workspace()) {
            GeneratorConfig config =
                    GeneratorConfig.locate(List.of(TestSpecs.flexRoot().resolve("openapi")), workspace);

            assertThat(config.optionsFile())
                    .isEqualTo(TestSpecs.flexRoot()
                            .resolve("generator-config/flex-client.yaml")
                            .toAbsolutePath());
        }
    }

    @Test
    void outsideAnyCheckoutItIsThePackagedCopyOfTheSameFiles(@TempDir Path elsewhere) {
        try (Workspace workspace = new Workspace()) {
            GeneratorConfig config = GeneratorConfig.locate(List.of(elsewhere), workspace);

            assertThat(config.origin()).doesNotStartWith(TestSpecs.flexRoot().toString() + "/generator-config");
            assertThat(config.templateDir().resolve("additional_properties.mustache"))
                    .isRegularFile();
            assertThat(config.fingerprint())
                    .isEqualTo(TestSpecs.projectGeneratorConfig().fingerprint());
        }
    }
}
