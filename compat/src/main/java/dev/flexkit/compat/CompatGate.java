package dev.flexkit.compat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        Timings timings = options.timings();
        String key = timings.time(
                "fingerprint of every input (the files, their $refs, the generator config)",
                () -> Findings.keyOf(base, head, config, options.cache()));
        Findings findings = timings.time(
                "findings (read back from the cache when no input changed)",
                () -> options.cache().findings(key, () -> findings(base, head, config, options)));
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

    /* The two levels run side by side: each needs only the specs, and a run that needs both has two cores' work. */
    private static Findings findings(SpecFile base, SpecFile head, GeneratorConfig config, Options options) {
        Timings timings = options.timings();
        List<LoadedSpec> specs = timings.time("  read both specs", () -> SpecLoader.loadBoth(base.file(), head.file()));
        LoadedSpec baseSpec = specs.get(0);
        LoadedSpec headSpec = specs.get(1);
        CompletableFuture<List<JavaChange>> javaLevel = CompletableFuture.supplyAsync(() -> timings.time(
                "  Java-level check (generate, compile, japicmp)",
                () -> javaChanges(baseSpec, headSpec, config, options.cache(), timings)));
        List<Decision> decisions;
        try {
            decisions = timings.time(
                    "  HTTP-level diff (openapi-diff, rules, locations)",
                    () -> decisions(base, head, baseSpec, headSpec));
        } catch (RuntimeException e) {
            javaLevel.cancel(false);
            throw e;
        }
        try {
            return new Findings(decisions, javaLevel.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static List<Decision> decisions(SpecFile base, SpecFile head, LoadedSpec baseSpec, LoadedSpec headSpec) {
        SpecSource baseSource = new SpecSource("base", base.file(), base.fileLabel());
        SpecSource headSource = new SpecSource("head", head.file(), head.fileLabel());
        boolean sameFile = base.fileLabel().equals(head.fileLabel());
        return ConsumerRules.decide(SpecDiff.changes(baseSpec, headSpec)).stream()
                .map(decision -> {
                    if (!decision.removal()) {
                        Location at = headSource.locate(decision.pointer());
                        return decision.locatedAt(at, at);
                    }
                    Location at = baseSource.locate(decision.pointer());
                    return decision.locatedAt(at, sameFile ? at : headSource.locate(decision.pointer()));
                })
                .toList();
    }

    /* Specs whose generator-relevant parts are the same generate the same API: nothing to build or compare. */
    private static List<JavaChange> javaChanges(
            LoadedSpec base, LoadedSpec head, GeneratorConfig config, ClientCache cache, Timings timings) {
        if (base.clientHash().equals(head.clientHash())) {
            return List.of();
        }
        List<Path> classpath = ClientClasspath.entries(cache);
        String baseKey = clientKey(base, config);
        String headKey = clientKey(head, config);
        return cache.javaChanges(baseKey + "-" + headKey, () -> {
            Warmup.startBeside(classpath);
            // A side not built yet is built as a change of the nearest kept client: the other side, or a recent one.
            Optional<ReferenceClient.Candidate> keptHead =
                    cache.jarIfKept(headKey).map(jar -> new ReferenceClient.Candidate(head.clientTree(), () -> jar));
            byte[] baseJar = jarOf(base, baseKey, keptHead, config, cache, classpath, timings);
            byte[] headJar = jarOf(
                    head,
                    headKey,
                    Optional.of(new ReferenceClient.Candidate(base.clientTree(), () -> baseJar)),
                    config,
                    cache,
                    classpath,
                    timings);
            return timings.time("    japicmp", () -> JavaApiDiff.compare(baseJar, headJar, classpath));
        });
    }

    private static String clientKey(LoadedSpec spec, GeneratorConfig config) {
        return spec.clientHash().substring(0, 32) + configSuffix(config);
    }

    /* The end of the key of every client generated with this config: only those are references for each other. */
    private static String configSuffix(GeneratorConfig config) {
        return "-" + config.fingerprint().substring(0, 16);
    }

    /*
     * The client of a spec, built as a change of the nearest kept client when there is one (ReferenceClient): only
     * the models the change reaches are generated (ModelSelection), only the sources it reaches compiled
     * (Recompilation).
     */
    private static byte[] jarOf(
            LoadedSpec spec,
            String key,
            Optional<ReferenceClient.Candidate> otherSide,
            GeneratorConfig config,
            ClientCache cache,
            List<Path> classpath,
            Timings timings) {
        byte[] jar = cache.jar(key, () -> {
            try (Workspace workspace = new Workspace()) {
                String client = "the client of " + spec.file().getFileName();
                Optional<ReferenceClient.Chosen> reference =
                        ReferenceClient.nearest(spec.clientTree(), otherSide, cache, configSuffix(config), key);
                Optional<ModelSelection.Selection> selection = reference.flatMap(ReferenceClient.Chosen::selection);
                Path generated = workspace.newFolder("generated");
                Path sources = selection.isPresent()
                        ? timings.time(
                                "    generate " + client + " (only " + selection.get() + "; the other sources reused)",
                                () -> ClientGenerator.generateOver(
                                        reference.get().client(), selection.get(), spec.file(), config, generated))
                        : timings.time(
                                "    generate " + client,
                                () -> ClientGenerator.generate(spec.file(), config, generated));
                long started = System.nanoTime();
                long cpuStarted = timings.threadCpuTime();
                ClientCompiler.Compiled compiled = ClientCompiler.compile(
                        sources,
                        workspace.newFolder("compiled"),
                        classpath,
                        reference.map(ReferenceClient.Chosen::client));
                timings.report(
                        "    compile " + client + " (" + compiled.compiledSources() + " of "
                                + compiled.client().sources().size() + " sources, the others reused)",
                        started,
                        cpuStarted);
                return compiled.client().bytes();
            }
        });
        cache.keepSpec(key, () -> SpecLoader.canonicalJson(spec.clientTree()));
        return jar;
    }
}
