package dev.flexkit.compat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generated and compiled client of a spec, built once per distinct spec content and generator config in this
 * JVM: generating and compiling is the slow part of the gate, and a spec compared several times (a baseline, an
 * unchanged side) needs building only once.
 */
final class GeneratedClients {

    private static final Map<String, byte[]> JARS = new ConcurrentHashMap<>();

    private GeneratedClients() {
    }

    /**
     * @param spec a spec
     * @param config the generator options and templates
     * @return the compiled client, as a jar
     */
    static byte[] jarOf(LoadedSpec spec, GeneratorConfig config) {
        return JARS.computeIfAbsent(spec.contentHash() + "/" + config.fingerprint(), key -> build(spec, config));
    }

    private static byte[] build(LoadedSpec spec, GeneratorConfig config) {
        try (Workspace workspace = new Workspace()) {
            return ClientCompiler.compile(
                    ClientGenerator.generate(spec.file(), config, workspace.newFolder("generated")),
                    workspace.newFolder("classes"),
                    ClientClasspath.entries());
        }
    }
}
