package dev.flexkit.compat;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The base and head specs as the command line names them, shared by the check and the changelog. */
final class SpecPairOptions {

    private SpecPairOptions() {}

    static final class Base {
        @Option(
                names = "--base",
                paramLabel = "<spec file>",
                required = true,
                description = "The released spec to compare against; files it references are read from its folder.")
        Path file;

        @Option(
                names = "--base-ref",
                paramLabel = "<git ref>",
                required = true,
                description = "Compare against the head spec's folder as it is at this git ref.")
        String ref;
    }

    /**
     * @param base the base side, read from its own folder
     * @param head the head side
     * @param headFolder the head spec's folder
     */
    record Pair(CompatGate.SpecFile base, CompatGate.SpecFile head, Path headFolder) {}

    /**
     * @param base the base as given
     * @param head the head spec file
     * @param workspace where a git ref is materialised
     * @return both sides as files
     */
    static Pair resolve(Base base, Path head, Workspace workspace) {
        if (!Files.isRegularFile(head)) {
            // Checked first: with --base-ref, a mistyped head would otherwise read as missing from the ref.
            throw new GateException("cannot read spec " + head + ": no such readable file");
        }
        Path headFolder = head.toAbsolutePath().getParent();
        CompatGate.SpecFile headSide = CompatGate.SpecFile.of(head);
        if (base.ref == null) {
            return new Pair(CompatGate.SpecFile.of(base.file), headSide, headFolder);
        }
        Path folder = GitRepo.containing(headFolder).materialise(base.ref, headFolder, workspace.newFolder("base"));
        Path baseSpec = folder.resolve(head.getFileName());
        if (!Files.isRegularFile(baseSpec)) {
            throw new GateException(head + " does not exist at git ref '" + base.ref + "'");
        }
        // The base is the head's own file at the ref: its changes are located under the head's name.
        return new Pair(
                new CompatGate.SpecFile(baseSpec, head + " at " + base.ref, head.toString()), headSide, headFolder);
    }
}
