package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generator the gate runs writes exactly the sources openapi-generator's own java generator writes. */
class GateJavaClientCodegenTest {

    @Test
    void writesTheSameSourcesAsTheJavaGeneratorOnTheProjectContract() {
        Path contract = TestSpecs.flexRoot().resolve("openapi/flex-api.yaml");
        GeneratorConfig config = TestSpecs.projectGeneratorConfig();
        try (Workspace workspace = new Workspace()) {
            Map<String, String> gates =
                    sources(ClientGenerator.generate(contract, config, workspace.newFolder("gate")));
            Map<String, String> javas =
                    sources(ClientGenerator.generate(contract, config, workspace.newFolder("java"), "java"));

            assertThat(gates).hasSizeGreaterThan(100);
            assertThat(gates).isEqualTo(javas);
        }
    }

    private static Map<String, String> sources(Path root) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sources.put(root.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
