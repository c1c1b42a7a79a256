package dev.flexkit.compat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line of the gate: {@code java -jar flex-compat.jar --base|--base-ref ... --head ...}. */
@Command(
        name = "flex-compat",
        mixinStandardHelpOptions = true,
        subcommands = ChangelogCommand.class,
        description = {
            "Fails when a change of the Flex API contract breaks its consumers.",
            "Exit codes: 0 compatible, 1 breaking (or failing on warnings), 2 could not run."
        })
public final class CompatCommand implements Callable<Integer> {

    static final int COMPATIBLE = 0;
    static final int BREAKING = 1;
    static final int COULD_NOT_RUN = 2;

    @ArgGroup(multiplicity = "0..1")
    private SpecPairOptions.Base base;

    @Option(
            names = "--head",
            paramLabel = "<spec file>",
            description = "The spec as changed; files it references are read from its folder.")
    private Path head;

    @Option(
            names = "--report",
            paramLabel = "<file>",
            description = "Write a Markdown report there " + "(the same as --format markdown=<file>).")
    private Path report;

    @Option(
            names = "--format",
            paramLabel = "<format>[=<file>]",
            description = {
                "A report format, to the file or to stdout: text, markdown, json, junit, github. May be repeated.",
                "Default: text to stdout."
            })
    private List<String> formats = new ArrayList<>();

    @Option(
            names = "--fail-on",
            paramLabel = "<severity>",
            defaultValue = "breaking",
            description = "breaking (default) or warning: the lowest severity that fails the run.")
    private String failOn;

    @Option(
            names = "--accepted-changes",
            paramLabel = "<file>",
            description = "Reviewed exceptions (compat/accepted-changes.yaml): changes the gate lets through.")
    private Path acceptedChanges;

    @Option(
            names = "--generator-config",
            paramLabel = "<folder>",
            description = {
                "Folder with flex-client.yaml and templates/ to generate the Java client with.",
                "Default: generator-config/ at the root of the checkout, else the copy packaged in this jar."
            })
    private Path generatorConfig;

    @Option(
            names = "--cache-dir",
            paramLabel = "<folder>",
            description = "Where generated and compiled clients are kept. Default: $XDG_CACHE_HOME/flex-compat, "
                    + "else ~/.cache/flex-compat.")
    private Path cacheDir;

    @Option(names = "--no-cache", description = "Build every client afresh and keep none.")
    private boolean noCache;

    @Option(names = "--timings", description = "Print the time each phase took on stderr.")
    private boolean timings;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Runs the command line in this JVM, as the Maven plugin does.
     *
     * @param args the arguments, as on the command line
     * @param out where stdout goes
     * @param err where stderr goes
     * @return the exit code: 0 compatible, 1 breaking or failing on warnings, 2 could not run
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** @return the command line, with every failure to run mapped to exit code 2 and one line on stderr */
    static CommandLine commandLine() {
        return new CommandLine(new CompatCommand())
                .setParameterExceptionHandler((exception, args) -> {
                    exception
                            .getCommandLine()
                            .getErr()
                            .println("flex-compat: could not run: " + exception.getMessage() + " (see --help)");
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
        if (base == null || head == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Missing required options: (--base=<spec file> | --base-ref=<git ref>) and --head=<spec file>");
        }
        Severity threshold = severity(failOn);
        List<ReportFormat.Output> outputs = outputs();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace workspace = new Workspace()) {
            SpecPairOptions.Pair pair = SpecPairOptions.resolve(base, head, workspace);
            GeneratorConfig config = generatorConfig != null
                    ? GeneratorConfig.in(generatorConfig)
                    : GeneratorConfig.locate(
                            List.of(pair.headFolder(), Path.of("").toAbsolutePath()), workspace);
            AcceptedChanges accepted = acceptedChanges == null ? AcceptedChanges.none() : readAccepted(acceptedChanges);
            ClientCache cache =
                    new ClientCache(noCache ? null : cacheDir != null ? cacheDir : ClientCache.defaultFolder());
            CompatResult result = CompatGate.run(
                    pair.base(),
                    pair.head(),
                    config,
                    new CompatGate.Options(
                            cache, accepted, threshold, LocalDate.now(), timings ? Timings.to(err) : Timings.off()));
            Path firstFile = null;
            for (ReportFormat.Output output : outputs) {
                String text = output.format().render(result);
                if (output.file() == null) {
                    out.print(text);
                } else {
                    write(output.file(), text);
                    firstFile = firstFile == null ? output.file() : firstFile;
                }
            }
            out.flush();
            err.println(CompatReport.verdictLine(result, report != null ? report : firstFile));
            return result.fails() ? BREAKING : COMPATIBLE;
        }
    }

    private List<ReportFormat.Output> outputs() {
        List<ReportFormat.Output> outputs = new ArrayList<>();
        try {
            formats.forEach(format -> outputs.add(ReportFormat.Output.parse(format)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (outputs.isEmpty()) {
            outputs.add(new ReportFormat.Output(ReportFormat.TEXT, null));
        }
        if (report != null) {
            outputs.add(new ReportFormat.Output(ReportFormat.MARKDOWN, report));
        }
        return outputs;
    }

    private Severity severity(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "breaking" -> Severity.BREAKING;
            case "warning" -> Severity.WARNING;
            default ->
                throw new ParameterException(spec.commandLine(), "--fail-on must be breaking or warning: " + name);
        };
    }

    private static AcceptedChanges readAccepted(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GateException("cannot read the accepted changes " + file + ": no such readable file");
        }
        return AcceptedChanges.read(file, file.toString());
    }

    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GateException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }
}
