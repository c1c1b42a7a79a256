package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot's cache entries are named after the gate's own classes, so another build of the gate names others. */
class GateVersionTest {

    @TempDir
    Path folder;

    @Test
    void theDigestChangesWithTheGatesClassesAndWithNothingElse() throws IOException {
        String gate = "dev/flexkit/compat/CompatGate.class";
        String library = "org/openapitools/codegen/DefaultGenerator.class";
        Path built = jar("built.jar", Map.of(gate, "gate", library, "generator"));
        Path rebuilt = jar("rebuilt.jar", Map.of(gate, "gate", library, "generator"));
        Path otherLibrary = jar("other-library.jar", Map.of(gate, "gate", library, "another generator"));
        Path changedGate = jar("changed.jar", Map.of(gate, "a changed gate", library, "generator"));

        assertThat(GateVersion.digestOfOwnClasses(built))
                .isPresent()
                .isEqualTo(GateVersion.digestOfOwnClasses(rebuilt));
        assertThat(GateVersion.digestOfOwnClasses(otherLibrary)).isEqualTo(GateVersion.digestOfOwnClasses(built));
        assertThat(GateVersion.digestOfOwnClasses(changedGate)).isNotEqualTo(GateVersion.digestOfOwnClasses(built));
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                jarOut.putNextEntry(new JarEntry(entry.getKey()));
                jarOut.write(entry.getValue().getBytes());
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
