package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate compiles the client of a changed spec as a change of a client it already has (only the sources the
 * change reaches), and hands japicmp only the classes that can differ: both must find exactly what compiling the
 * whole client and comparing every class finds.
 */
class IncrementalClientTest {

    private static final GeneratorConfig CONFIG = TestSpecs.projectGeneratorConfig();
    private static final List<Path> CLASSPATH = ClientClasspath.entries(ClientCache.IN_MEMORY_ONLY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "removed-response-field", // a model loses accessors
                "changed-type", // accessors change type
                "removed-operation", // an API class loses a method
                "removed-enum-value-in-response", // an enum type loses a constant
                "response-oneof-widened", // a oneOf wrapper gains an alternative
                "multi-file-response-field-removed", // a schema from another file
                "new-operation" // only additions: nothing incompatible
            })
    void compilingOnlyWhatTheChangeReachesFindsWhatAWholeCompilationFinds(String mutation) {
        MutationCorpusTest.Corpus.Sides sides = MutationCorpusTest.Corpus.sides(mutation);
        ClientJar base = compile(sides.base(), Optional.empty()).client();

        ClientJar wholeHead = compile(sides.head(), Optional.empty()).client();
        ClientCompiler.Compiled incrementalHead = compile(sides.head(), Optional.of(base));

        assertThat(incrementalHead.compiledSources())
                .as("sources compiled again")
                .isPositive()
                .isLessThan(incrementalHead.client().sources().size());
        assertThat(incrementalHead.client().classes().keySet())
                .isEqualTo(wholeHead.classes().keySet());
        List<JavaChange> whole = JavaApiDiff.compare(base.bytes(), wholeHead.bytes(), CLASSPATH);
        assertThat(JavaApiDiff.compare(base.bytes(), incrementalHead.client().bytes(), CLASSPATH))
                .isEqualTo(whole);
        assertThat(JavaApiDiff.compareEveryClass(base.bytes(), wholeHead.bytes(), CLASSPATH))
                .as("japicmp on every class")
                .isEqualTo(whole);
    }

    private static ClientCompiler.Compiled compile(Path spec, Optional<ClientJar> reference) {
        try (Workspace workspace = new Workspace()) {
            Path sources = ClientGenerator.generate(spec, CONFIG, workspace.newFolder("generated"));
            return ClientCompiler.compile(sources, workspace.newFolder("compiled"), CLASSPATH, reference);
        }
    }
}
