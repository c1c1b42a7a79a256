package dev.flexkit.compat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flex-compat changelog}: the release notes of a contract change, in Markdown. */
@Command(
        name = "changelog",
        mixinStandardHelpOptions = true,
        description = {
            "Writes what changed between two versions of the contract, breaking changes first, in "
                    + "Markdown, for release notes.",
            "Exit codes: 0 written, 2 could not run."
        })
final class ChangelogCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    private SpecPairOptions.Base base;

    @Option(
            names = "--head",
            paramLabel = "<spec file>",
            required = true,
            description = "The newer version of the contract.")
    private Path head;

    @Option(
            names = "--title",
            paramLabel = "<text>",
            description = "The heading of the section. Default: \"<head> since <base>\".")
    private String title;

    @Option(names = "--output", paramLabel = "<file>", description = "Write the section there instead of stdout.")
    private Path output;

    @Option(
            names = "--update",
            paramLabel = "<CHANGELOG.md>",
            description = {
                "Put the section into this changelog file, between its flex-compat:changelog markers (created if missing),",
                "with the fingerprints of both versions, which the project's tests compare with the contract."
            })
    private Path update;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = new Workspace()) {
            SpecPairOptions.Pair pair = SpecPairOptions.resolve(base, head, workspace);
            LoadedSpec baseSpec = SpecLoader.load(pair.base().file());
            LoadedSpec headSpec = SpecLoader.load(pair.head().file());
            String baseFingerprint = fingerprint(baseSpec);
            String headFingerprint = fingerprint(headSpec);
            List<Decision> decisions = ConsumerRules.decide(SpecDiff.changes(baseSpec, headSpec));
            String section = Changelog.markdown(
                    title != null
                            ? title
                            : "`" + pair.head().label() + "` since `"
                                    + pair.base().label() + "`",
                    decisions);
            PrintWriter out = spec.commandLine().getOut();
            if (update != null) {
                String existing = Files.isRegularFile(update) ? Files.readString(update, StandardCharsets.UTF_8) : null;
                CompatCommand.write(update, ChangelogFile.update(existing, baseFingerprint, headFingerprint, section));
                spec.commandLine().getErr().println("flex-compat: changelog updated: " + update);
            } else if (output != null) {
                CompatCommand.write(output, section);
            } else {
                out.print(section);
                out.flush();
            }
            return CompatCommand.COMPATIBLE;
        } catch (IOException e) {
            throw new GateException("cannot read " + update + ": " + e.getMessage(), e);
        }
    }

    /** @return the fingerprint a changelog records of a contract version: a digest of everything it says */
    static String fingerprint(LoadedSpec spec) {
        return "sha256:" + spec.contentHash().substring(0, 16);
    }
}
