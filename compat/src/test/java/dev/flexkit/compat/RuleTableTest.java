package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** compat/README.md documents every rule the gate can apply, with the verdict and reason the code has. */
class RuleTableTest {

    @Test
    void readmeListsEveryRuleWithItsVerdictAndReason() throws IOException {
        List<String> rows = Files.readAllLines(readme()).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();

        assertThat(Arrays.stream(Rule.values()))
                .allSatisfy(rule -> assertThat(rows)
                        .as("README row of %s", rule.id())
                        .anySatisfy(row -> assertThat(row)
                                .startsWith("| `" + rule.id() + "` | " + (rule.breaking() ? "breaking" : "compatible")
                                        + " |")
                                .endsWith("| " + rule.reason() + " |")));
    }

    @Test
    void everyRuleHasADistinctId() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates();
    }

    @Test
    void breakingRulesNameWhoTheyBreak() {
        assertThat(Arrays.stream(Rule.values()).filter(Rule::breaking))
                .allSatisfy(rule -> assertThat(rule.breaks()).as(rule.id()).isNotEmpty());
    }

    private static Path readme() {
        return TestSpecs.flexRoot().resolve("compat/README.md");
    }
}
