package dev.flexkit.compat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of the gate: {@code java -jar flex-compat.jar --base|--base-ref ... --head ...}. */
@Command(name = "flex-compat", mixinStandardHelpOptions = true,
        description = {"Fails when a change of the Flex API contract breaks its consumers.",
            "Exit codes: 0 compatible, 1 breaking, 2 could not run."})
public final class CompatCommand implements Callable<Integer> {

    static final int COMPATIBLE = 0;
    static final int BREAKING = 1;
    static final int COULD_NOT_RUN = 2;

    @ArgGroup(multiplicity = "1")
    private Base base;

    static final class Base {
        @Option(names = "--base", paramLabel = "<spec file>", required = true,
                description = "The released spec to compare against; files it references are read from its folder.")
        private Path file;

        @Option(names = "--base-ref", paramLabel = "<git ref>", required = true,
                description = "Compare against the head spec's folder as it is at this git ref.")
        private String ref;
    }

    @Option(names = "--head", paramLabel = "<spec file>", required = true,
            description = "The spec as changed; files it references are read from its folder.")
    private Path head;

    @Option(names = "--report", paramLabel = "<file>", description = "Write a Markdown report there.")
    private Path report;

    @Option(names = "--generator-config", paramLabel = "<folder>",
            description = {"Folder with flex-client.yaml and templates/ to generate the Java client with.",
                "Default: generator-config/ at the root of the checkout, else the copy packaged in this jar."})
    private Path generatorConfig;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the command line, with every failure to run mapped to exit code 2 and one line on stderr */
    static CommandLine commandLine() {
        return new CommandLine(new CompatCommand())
                .setParameterExceptionHandler((exception, args) -> {
                    exception.getCommandLine().getErr().println(
                            "flex-compat: could not run: " + exception.getMessage() + " (see --help)");
                    return COULD_NOT_RUN;
                })
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    String message = exception instanceof GateException ? exception.getMessage() : exception.toString();
                    commandLine.getErr().println("flex-compat: could not run: " + message);
                    return COULD_NOT_RUN;
                });
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(head)) {
            // Checked first: with --base-ref, a mistyped head would otherwise read as missing from the ref.
            throw new GateException("cannot read spec " + head + ": no such readable file");
        }
        Path headFolder = head.toAbsolutePath().getParent();
        try (Workspace workspace = new Workspace()) {
            Path baseSpec;
            String baseLabel;
            if (base.ref != null) {
                Path folder = GitRepo.containing(headFolder).materialise(base.ref, headFolder,
                        workspace.newFolder("base"));
                baseSpec = folder.resolve(head.getFileName());
                baseLabel = head + " at " + base.ref;
                if (!Files.isRegularFile(baseSpec)) {
                    throw new GateException(head + " does not exist at git ref '" + base.ref + "'");
                }
            } else {
                baseSpec = base.file;
                baseLabel = base.file.toString();
            }
            GeneratorConfig config = generatorConfig != null ? GeneratorConfig.in(generatorConfig)
                    : GeneratorConfig.locate(List.of(headFolder, Path.of("").toAbsolutePath()), workspace);
            CompatResult result = CompatGate.run(baseSpec, head, baseLabel, head.toString(), config);
            if (report != null) {
                write(report, CompatReport.markdown(result));
            }
            out.print(CompatReport.summary(result));
            out.flush();
            err.println(CompatReport.verdictLine(result, report));
            return result.breaking() ? BREAKING : COMPATIBLE;
        }
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GateException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }
}
