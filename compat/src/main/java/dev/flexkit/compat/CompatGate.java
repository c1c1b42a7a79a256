package dev.flexkit.compat;

import java.nio.file.Path;
import java.util.List;

/** Runs both levels of the check on a pair of spec files. */
final class CompatGate {

    private CompatGate() {
    }

    /**
     * @param baseSpec the entry file of the older spec
     * @param headSpec the entry file of the newer spec
     * @param baseLabel the base as the user named it
     * @param headLabel the head as the user named it
     * @param config the generator options and templates of the project
     * @return the findings
     * @throws GateException when a spec cannot be read or its client cannot be generated or compiled
     */
    static CompatResult run(Path baseSpec, Path headSpec, String baseLabel, String headLabel, GeneratorConfig config) {
        LoadedSpec base = SpecLoader.load(baseSpec);
        LoadedSpec head = SpecLoader.load(headSpec);
        List<Path> classpath = ClientClasspath.entries();
        List<JavaChange> javaChanges = JavaApiDiff.compare(
                GeneratedClients.jarOf(base, config), GeneratedClients.jarOf(head, config), classpath);
        List<Decision> decisions = ConsumerRules.decide(SpecDiff.changes(base, head));
        return new CompatResult(baseLabel, headLabel, config.origin(), decisions, javaChanges);
    }
}
