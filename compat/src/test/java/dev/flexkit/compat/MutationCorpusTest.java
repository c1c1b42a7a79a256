package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of src/test/resources/mutations is one contract change with the verdicts the gate must reach on it,
 * at spec level (with the rule that decides) and at Java level (with japicmp's change).
 */
class MutationCorpusTest {

    private static final GeneratorConfig CONFIG = TestSpecs.projectGeneratorConfig();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(TestSpecs.mutations())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("expected.properties")))
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void corpusHoldsAtLeastTwentyMutations() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gateReachesTheExpectedVerdicts(String name) throws IOException {
        Path folder = TestSpecs.mutations().resolve(name);
        Properties expected = expectations(folder);
        boolean multiFile = Files.isDirectory(folder.resolve("head"));
        Path base = multiFile ? folder.resolve("base/api.yaml") : TestSpecs.mutations().resolve("base.yaml");
        Path head = multiFile ? folder.resolve("head/api.yaml") : folder.resolve("head.yaml");

        CompatResult result = CompatGate.run(base, head, base.toString(), head.toString(), CONFIG);
        String found = CompatReport.summary(result) + decisions(result.decisions());

        assertThat(result.specBreaking()).as("spec-level verdict of %s; found:%n%s", name, found)
                .isEqualTo(breaking(expected.getProperty("spec.verdict")));
        String rule = expected.getProperty("spec.rule");
        if (rule.isEmpty()) {
            assertThat(result.decisions()).as("spec-level changes of %s", name).isEmpty();
        } else {
            assertThat(result.decisions()).as("spec-level decisions of %s; found:%n%s", name, found)
                    .anySatisfy(decision -> {
                        assertThat(decision.rule().id()).isEqualTo(rule);
                        assertThat(decision.subject()).isEqualTo(expected.getProperty("spec.subject"));
                    });
        }

        assertThat(result.javaBreaking()).as("Java-level verdict of %s; found:%n%s", name, found)
                .isEqualTo(breaking(expected.getProperty("java.verdict")));
        String change = expected.getProperty("java.change");
        if (change != null) {
            assertThat(result.javaChanges()).as("Java-level changes of %s", name).anySatisfy(javaChange -> {
                assertThat(javaChange.change()).isEqualTo(change);
                assertThat(javaChange.member()).contains(expected.getProperty("java.member"));
            });
        }
    }

    private static Properties expectations(Path folder) throws IOException {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("expected.properties"))) {
            expected.load(reader);
        }
        return expected;
    }

    private static boolean breaking(String verdict) {
        return switch (verdict) {
            case "breaking" -> true;
            case "compatible" -> false;
            default -> throw new IllegalArgumentException("verdict must be breaking or compatible: " + verdict);
        };
    }

    private static String decisions(List<Decision> decisions) {
        StringBuilder text = new StringBuilder();
        decisions.forEach(decision -> text.append("  ").append(decision.rule().id()).append(" ")
                .append(decision.subject()).append(" ").append(decision.detail()).append(" ")
                .append(decision.occurrences()).append("\n"));
        return text.toString();
    }
}
