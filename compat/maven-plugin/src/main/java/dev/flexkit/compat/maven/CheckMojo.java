package dev.flexkit.compat.maven;

import dev.flexkit.compat.CompatCommand;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code flex-compat:check}: the compatibility gate on a copy of the Flex contract, in the build's own JVM. It runs
 * the same command line as {@code flex-compat.jar}, so its verdicts, reports and exit codes are the jar's: a
 * breaking change (or, with failOn=warning, a warning) fails the build, a gate that cannot run is a build error.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {

    /** The released spec to compare against. Either this or baseRef. */
    @Parameter(property = "compat.base")
    private File baseSpec;

    /** Instead of baseSpec: the head spec's folder at this git ref (a tag, origin/main, a commit). */
    @Parameter(property = "compat.baseRef")
    private String baseRef;

    /** The spec as changed. */
    @Parameter(property = "compat.head", required = true)
    private File headSpec;

    /**
     * Report formats, each {@code <format>} or {@code <format>=<file>}: text, markdown, json, junit, github.
     * Without a file a report goes to the build log. Default: text to the log.
     */
    @Parameter
    private List<String> formats = new ArrayList<>();

    /** breaking or warning: the lowest severity that fails the build. */
    @Parameter(property = "compat.failOn", defaultValue = "breaking")
    private String failOn;

    /** Reviewed exceptions: changes the gate lets through (see compat/README.md). */
    @Parameter(property = "compat.acceptedChanges")
    private File acceptedChanges;

    /** Generator options and templates of the Java client; default: the project's generator-config/, or the packaged copy. */
    @Parameter(property = "compat.generatorConfig")
    private File generatorConfig;

    /** Where generated and compiled clients are kept across builds. */
    @Parameter(property = "compat.cacheDir")
    private File cacheDir;

    /** Skips the check. */
    @Parameter(property = "compat.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flex-compat: skipped");
            return;
        }
        if ((baseSpec == null) == (baseRef == null || baseRef.isBlank())) {
            throw new MojoExecutionException("flex-compat: set exactly one of baseSpec and baseRef");
        }
        List<String> args = new ArrayList<>();
        if (baseSpec != null) {
            args.addAll(List.of("--base", shown(baseSpec)));
        } else {
            args.addAll(List.of("--base-ref", baseRef));
        }
        args.addAll(List.of("--head", shown(headSpec), "--fail-on", failOn));
        formats.forEach(format -> args.addAll(List.of("--format", format)));
        if (acceptedChanges != null) {
            args.addAll(List.of("--accepted-changes", shown(acceptedChanges)));
        }
        if (generatorConfig != null) {
            args.addAll(List.of("--generator-config", generatorConfig.getAbsolutePath()));
        }
        if (cacheDir != null) {
            args.addAll(List.of("--cache-dir", cacheDir.getAbsolutePath()));
        }
        quietGenerator();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode =
                CompatCommand.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        out.toString().lines().forEach(getLog()::info);
        String verdict = err.toString().strip();
        switch (exitCode) {
            case 0 -> getLog().info(verdict);
            case 1 -> throw new MojoFailureException(verdict);
            default -> throw new MojoExecutionException(verdict);
        }
    }

    /*
     * openapi-generator logs every file it writes at INFO; the jar silences it with simplelogger.properties, in
     * Maven's JVM the same logger reads its level from this system property when the logger is first created.
     * A level the user set is kept.
     */
    private static void quietGenerator() {
        for (String logger : List.of("org.openapitools", "io.swagger")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    /*
     * Reports name files as they are given; relative to where Maven runs (the root of a checkout, as CI runs it),
     * GitHub annotations then land on the files of the pull request.
     */
    private static String shown(File file) {
        Path absolute = file.toPath().toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }
}
