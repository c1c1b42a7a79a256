package dev.flexkit.compat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs both levels of the check on a pair of spec files. */
final class CompatGate {

    private CompatGate() {}

    /**
     * One side of the comparison.
     *
     * @param file the entry file of the spec
     * @param label the spec as the user named it
     * @param fileLabel how to name its entry file where a change is located (with --base-ref: the head's path)
     */
    record SpecFile(Path file, String label, String fileLabel) {

        static SpecFile of(Path file) {
            return new SpecFile(file, file.toString(), file.toString());
        }
    }

    /**
     * What decides a run besides the two specs.
     *
     * @param cache where compiled clients are kept
     * @param accepted the reviewed exceptions
     * @param failOn the lowest severity that fails the run
     * @param today the day expiry dates are read against
     * @param timings where the time of each phase goes
     */
    record Options(ClientCache cache, AcceptedChanges accepted, Severity failOn, LocalDate today, Timings timings) {

        static Options defaults() {
            return new Options(
                    ClientCache.IN_MEMORY_ONLY,
                    AcceptedChanges.none(),
                    Severity.BREAKING,
                    LocalDate.now(),
                    Timings.off());
        }
    }

    static CompatResult run(Path baseSpec, Path headSpec, String baseLabel, String headLabel, GeneratorConfig config) {
        return run(
                new SpecFile(baseSpec, baseLabel, baseSpec.toString()),
                new SpecFile(headSpec, headLabel, headSpec.toString()),
                config,
                Options.defaults());
    }

    /**
     * @param base the older spec
     * @param head the newer spec
     * @param config the generator options and templates of the project
     * @param options cache, accepted changes, severity that fails
     * @return the findings
     * @throws GateException when a spec cannot be read or its client cannot be generated or compiled
     */
    static CompatResult run(SpecFile base, SpecFile head, GeneratorConfig config, Options options) {
        Findings findings = options.cache()
                .findings(
                        Findings.keyOf(base, head, config, options.cache()),
                        () -> findings(base, head, config, options));
        options.timings().lap("findings (read from the cache when no input changed)");
        Acceptance acceptance =
                Acceptance.of(options.accepted(), findings.decisions(), findings.javaChanges(), options.today());
        return new CompatResult(
                base.label(),
                head.label(),
                config.origin(),
                findings.decisions(),
                findings.javaChanges(),
                acceptance,
                options.failOn());
    }

    private static Findings findings(SpecFile base, SpecFile head, GeneratorConfig config, Options options) {
        Timings timings = options.timings();
        List<LoadedSpec> specs = SpecLoader.loadBoth(base.file(), head.file());
        LoadedSpec baseSpec = specs.get(0);
        LoadedSpec headSpec = specs.get(1);
        timings.lap("read both specs");
        List<JavaChange> javaChanges = javaChanges(baseSpec, headSpec, config, options.cache(), timings);
        timings.lap("Java-level check (generate, compile, japicmp)");
        SpecSource baseSource = new SpecSource("base", base.file(), base.fileLabel());
        SpecSource headSource = new SpecSource("head", head.file(), head.fileLabel());
        boolean sameFile = base.fileLabel().equals(head.fileLabel());
        List<Decision> decisions = ConsumerRules.decide(SpecDiff.changes(baseSpec, headSpec)).stream()
                .map(decision -> {
                    if (!decision.removal()) {
                        Location at = headSource.locate(decision.pointer());
                        return decision.locatedAt(at, at);
                    }
                    Location at = baseSource.locate(decision.pointer());
                    return decision.locatedAt(at, sameFile ? at : headSource.locate(decision.pointer()));
                })
                .toList();
        timings.lap("HTTP-level diff (openapi-diff, rules, locations)");
        return new Findings(decisions, javaChanges);
    }

    /* Specs whose generator-relevant parts are the same generate the same API: nothing to build or compare. */
    private static List<JavaChange> javaChanges(
            LoadedSpec base, LoadedSpec head, GeneratorConfig config, ClientCache cache, Timings timings) {
        if (base.clientHash().equals(head.clientHash())) {
            return List.of();
        }
        List<Path> classpath = ClientClasspath.entries();
        return cache.javaChanges(clientKey(base, config) + "-" + clientKey(head, config), () -> {
            byte[] baseJar = jarOf(base, config, cache, classpath, timings);
            byte[] headJar = jarOf(head, config, cache, classpath, timings);
            List<JavaChange> changes = JavaApiDiff.compare(baseJar, headJar, classpath);
            timings.lap("  japicmp");
            return changes;
        });
    }

    private static String clientKey(LoadedSpec spec, GeneratorConfig config) {
        return spec.clientHash().substring(0, 32) + "-" + config.fingerprint().substring(0, 16);
    }

    private static byte[] jarOf(
            LoadedSpec spec, GeneratorConfig config, ClientCache cache, List<Path> classpath, Timings timings) {
        return cache.jar(clientKey(spec, config), () -> {
            try (Workspace workspace = new Workspace()) {
                Path sources = ClientGenerator.generate(spec.file(), config, workspace.newFolder("generated"));
                timings.lap("  generate the client of " + spec.file().getFileName());
                byte[] jar = ClientCompiler.compile(sources, workspace.newFolder("classes"), classpath);
                timings.lap("  compile the client of " + spec.file().getFileName());
                return jar;
            }
        });
    }
}
