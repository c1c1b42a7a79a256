package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of src/test/resources/mutations is one contract change with the verdicts the gate must reach on it:
 * at spec level the exact set of decisions (rule and subject, nothing more, nothing less), at Java level the
 * verdict, the exact set of rules and one change japicmp must find.
 */
class MutationCorpusTest {

    private static final GeneratorConfig CONFIG = TestSpecs.projectGeneratorConfig();

    static Stream<String> cases() throws IOException {
        return Corpus.cases().stream();
    }

    @Test
    void corpusHoldsAtLeastTwentyMutations() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gateReachesTheExpectedVerdicts(String name) throws IOException {
        Properties expected = Corpus.expectations(name);
        Corpus.Sides sides = Corpus.sides(name);

        CompatResult result = CompatGate.run(
                sides.base(),
                sides.head(),
                sides.base().toString(),
                sides.head().toString(),
                CONFIG);
        String found = CompatReport.summary(result) + "found spec.decisions=" + decisions(result.decisions())
                + "\nfound java.rules=" + javaRules(result.javaChanges());

        assertThat(decisions(result.decisions()))
                .as("spec-level decisions of %s; %s", name, found)
                .isEqualTo(expected.getProperty("spec.decisions"));
        assertThat(result.specBreaking())
                .as("spec-level verdict of %s; found:%n%s", name, found)
                .isEqualTo(breaking(expected.getProperty("spec.verdict")));

        assertThat(result.javaBreaking())
                .as("Java-level verdict of %s; found:%n%s", name, found)
                .isEqualTo(breaking(expected.getProperty("java.verdict")));
        assertThat(javaRules(result.javaChanges()))
                .as("Java-level rules of %s; %s", name, found)
                .isEqualTo(expected.getProperty("java.rules", ""));
        String change = expected.getProperty("java.change");
        if (change != null) {
            assertThat(result.javaChanges())
                    .as("Java-level changes of %s", name)
                    .anySatisfy(javaChange -> {
                        assertThat(javaChange.change()).isEqualTo(change);
                        assertThat(javaChange.member()).contains(expected.getProperty("java.member"));
                    });
        }
    }

    private static boolean breaking(String verdict) {
        return switch (verdict) {
            case "breaking" -> true;
            case "compatible" -> false;
            default -> throw new IllegalArgumentException("verdict must be breaking or compatible: " + verdict);
        };
    }

    /* "rule: subject; rule: subject", sorted, as expected.properties writes spec.decisions. */
    static String decisions(List<Decision> decisions) {
        return decisions.stream()
                .map(decision -> decision.rule().id() + ": " + decision.subject())
                .sorted()
                .collect(Collectors.joining("; "));
    }

    static String javaRules(List<JavaChange> changes) {
        return changes.stream()
                .map(change -> change.rule().id())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** @return the rule ids a case's expectations name */
    static List<String> expectedRules(Properties expected) {
        Stream<String> spec = Arrays.stream(
                        expected.getProperty("spec.decisions", "").split(";"))
                .map(String::strip)
                .filter(decision -> !decision.isEmpty())
                .map(decision -> decision.substring(0, decision.indexOf(':')));
        Stream<String> java = Arrays.stream(
                        expected.getProperty("java.rules", "").split(","))
                .map(String::strip)
                .filter(rule -> !rule.isEmpty());
        return Stream.concat(spec, java).toList();
    }

    /** The corpus folders. */
    static final class Corpus {

        private Corpus() {}

        record Sides(Path base, Path head) {}

        static List<String> cases() throws IOException {
            try (Stream<Path> folders = Files.list(TestSpecs.mutations())) {
                return folders.filter(folder -> Files.isRegularFile(folder.resolve("expected.properties")))
                        .map(folder -> folder.getFileName().toString())
                        .sorted()
                        .toList();
            }
        }

        /* A case with its own base/ and head/ folders, or a head.yaml edit of the shared base.yaml. */
        static Sides sides(String name) {
            Path folder = TestSpecs.mutations().resolve(name);
            boolean own = Files.isDirectory(folder.resolve("head"));
            return new Sides(
                    own
                            ? folder.resolve("base/api.yaml")
                            : TestSpecs.mutations().resolve("base.yaml"),
                    own ? folder.resolve("head/api.yaml") : folder.resolve("head.yaml"));
        }

        static Properties expectations(String name) throws IOException {
            Properties expected = new Properties();
            try (Reader reader =
                    Files.newBufferedReader(TestSpecs.mutations().resolve(name).resolve("expected.properties"))) {
                expected.load(reader);
            }
            return expected;
        }
    }
}
