package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base-ref}: the base side is the head spec's whole folder at a git ref, in a repository of its own. */
class BaseRefTest {

    private static final Path CASE = TestSpecs.mutations().resolve("multi-file-response-field-removed");

    @TempDir
    Path repo;

    private Path spec;

    @BeforeEach
    void commitTheBaseSideOfAMultiFileSpec() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(repo.resolve("openapi"));
        Files.copy(CASE.resolve("base/api.yaml"), folder.resolve("api.yaml"));
        Files.copy(CASE.resolve("base/schemas.yaml"), folder.resolve("schemas.yaml"));
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=compat", "-c", "user.email=compat@example.com", "commit", "-q", "-m", "base");
        spec = folder.resolve("api.yaml");
    }

    @Test
    void unchangedWorkingTreeIsCompatible() {
        GateRun run = GateRun.of("--base-ref", "HEAD", "--head", spec.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
    }

    @Test
    void fieldRemovedInAReferencedFileSinceTheRefIsBreaking() throws IOException {
        Files.copy(
                CASE.resolve("head/schemas.yaml"),
                spec.resolveSibling("schemas.yaml"),
                StandardCopyOption.REPLACE_EXISTING);

        GateRun run = GateRun.of("--base-ref", "HEAD", "--head", spec.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.BREAKING);
        // Located in the base's schemas.yaml, named as the head's: the same file of the checkout at the ref.
        assertThat(run.out())
                .contains(
                        "[response-field-removed] " + spec.resolveSibling("schemas.yaml") + ":7:5: "
                                + "`Customer.name`",
                        "at HEAD");
    }

    @Test
    void aSecondRunAgainstTheSameRefReadsItsFindingsBack() throws IOException {
        Files.copy(
                CASE.resolve("head/schemas.yaml"),
                spec.resolveSibling("schemas.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path cache = repo.resolve("cache");
        String[] args = {"--base-ref", "HEAD", "--head", spec.toString(), "--cache-dir", cache.toString()};

        GateRun first = GateRun.of(args);
        GateRun second = GateRun.of(args);

        assertThat(second).isEqualTo(first);
        // The ref is materialised in a new temporary folder each run: that folder must not be part of the key.
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".findings")))
                    .hasSize(1);
        }
    }

    @Test
    void missingRefExitsTwo() {
        GateRun run = GateRun.of("--base-ref", "no-such-branch", "--head", spec.toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err().strip())
                .isEqualTo("flex-compat: could not run: git ref 'no-such-branch' not found in " + realPath(repo));
    }

    @Test
    void specNotInTheRefExitsTwo() throws IOException {
        Path added = Files.copy(spec, spec.resolveSibling("new-api.yaml"));

        GateRun run = GateRun.of("--base-ref", "HEAD", "--head", added.toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).contains("new-api.yaml does not exist at git ref 'HEAD'");
    }

    @Test
    void mistypedHeadExitsTwoNamingIt() {
        GateRun run = GateRun.of(
                "--base-ref", "HEAD", "--head", spec.resolveSibling("apy.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).contains("could not run: cannot read spec").contains("apy.yaml");
    }

    @Test
    void headOutsideAGitRepositoryExitsTwo(@TempDir Path elsewhere) throws IOException {
        Path lonely = Files.copy(CASE.resolve("base/api.yaml"), elsewhere.resolve("api.yaml"));

        GateRun run = GateRun.of("--base-ref", "HEAD", "--head", lonely.toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).contains("could not run: not a git repository");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("git %s: %s", command, output).isZero();
    }
}
