package dev.flexkit.compat.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The check goal run by Maven in a separate consumer project (src/it/consumer, copied for each run), against the
 * installed plugin: its build fails on a breaking change, passes on a compatible one and on an accepted one.
 */
class CheckGoalIT {

    private static final Path MUTATIONS =
            Path.of(System.getProperty("flex.root")).resolve("compat/src/test/resources/mutations");

    @Test
    void breakingChangeFailsTheConsumersBuild() throws Exception {
        Path project = consumer("breaking", "removed-response-field", "accepted: []\n");

        Build build = mvn(project);

        assertThat(build.exitCode()).as(build.log()).isNotZero();
        assertThat(build.log())
                .contains(
                        "BREAKING [response-field-removed]",
                        "BUILD FAILURE",
                        "flex-compat: BREAKING: 1 breaking change(s) in the contract, 4 in the generated Java API");
        assertThat(Files.readString(project.resolve("target/compat.xml")))
                .contains("<testcase classname=\"flex-compat.http\" name=\"response-field-removed\"", "<failure");
    }

    @Test
    void compatibleChangePassesTheConsumersBuild() throws Exception {
        Path project = consumer("compatible", "new-response-field", "accepted: []\n");

        Build build = mvn(project);

        assertThat(build.exitCode()).as(build.log()).isZero();
        assertThat(build.log()).contains("flex-compat: compatible", "BUILD SUCCESS");
        assertThat(Files.readString(project.resolve("target/compat.json")))
                .contains("\"verdict\" : \"compatible\"", "\"rule\" : \"response-field-added\"");
    }

    @Test
    void acceptedBreakPassesTheConsumersBuild() throws Exception {
        Path project = consumer("accepted", "removed-response-field", """
                accepted:
                  - rule: response-field-removed
                    subject: Customer.name
                    reason: reviewed in the consumer's own build
                    accepted-by: qa
                  - rule: java-binary-incompatible
                    subject: dev.flexkit.client.model.Customer#*
                    reason: the accessors of Customer.name
                    accepted-by: qa
                """);

        Build build = mvn(project);

        assertThat(build.exitCode()).as(build.log()).isZero();
        assertThat(build.log())
                .contains("ACCEPTED [response-field-removed]", "reviewed in the consumer's own build")
                .as("openapi-generator's INFO lines stay out of the build log")
                .doesNotContain("writing file");
    }

    private record Build(int exitCode, String log) {}

    private static Path consumer(String name, String mutation, String accepted) throws IOException {
        Path project = Path.of(System.getProperty("it.work")).resolve(name);
        Files.createDirectories(project.resolve("released"));
        Files.createDirectories(project.resolve("openapi"));
        Files.copy(
                Path.of(System.getProperty("it.projects")).resolve("consumer/pom.xml"),
                project.resolve("pom.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                MUTATIONS.resolve("base.yaml"),
                project.resolve("released/flex-api.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                MUTATIONS.resolve(mutation).resolve("head.yaml"),
                project.resolve("openapi/flex-api.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(project.resolve("accepted-changes.yaml"), accepted);
        return project;
    }

    /* Offline, on the local repository this build installed the plugin into. */
    private static Build mvn(Path project) throws IOException, InterruptedException {
        Path log = project.resolve("build.log");
        Process process = new ProcessBuilder(List.of(
                        "mvn",
                        "-B",
                        "-o",
                        "-ntp",
                        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"),
                        "-Dflex-compat.version=" + System.getProperty("plugin.version"),
                        // One client cache for the three projects: the base spec is theirs in common.
                        "-Dflex-compat.cache="
                                + Path.of(System.getProperty("it.work")).resolve("client-cache"),
                        "verify"))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("mvn in %s finished", project)
                .isTrue();
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
