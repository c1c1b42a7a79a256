package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * openapi/CHANGELOG.md describes the contract as it is: its flex-compat section records the fingerprints of the
 * baseline and of openapi/flex-api.yaml it was written from, so any change of either without a new changelog fails
 * here, with the one command that writes it.
 */
class ProjectChangelogTest {

    static final String REFRESH = "java -jar compat/target/flex-compat.jar changelog "
            + "--base compat/baseline/flex-api.yaml --head openapi/flex-api.yaml --update openapi/CHANGELOG.md";

    @Test
    void changelogDescribesTheCurrentContract() throws IOException {
        Path root = TestSpecs.flexRoot();
        Path changelog = root.resolve("openapi/CHANGELOG.md");
        assertThat(changelog)
                .as("openapi/CHANGELOG.md; write it with: %s", REFRESH)
                .exists();

        ChangelogFile.Recorded recorded = ChangelogFile.recorded(Files.readString(changelog))
                .orElseThrow(() -> new AssertionError(
                        "openapi/CHANGELOG.md has no flex-compat section; write it with: " + REFRESH));

        assertThat(recorded)
                .as(
                        "openapi/CHANGELOG.md was written for another version of the contract or its "
                                + "baseline; after the build, refresh it from the root of the checkout with:%n  %s",
                        REFRESH)
                .isEqualTo(new ChangelogFile.Recorded(
                        ChangelogCommand.fingerprint(SpecLoader.load(root.resolve("compat/baseline/flex-api.yaml"))),
                        ChangelogCommand.fingerprint(SpecLoader.load(root.resolve("openapi/flex-api.yaml")))));
    }
}
