package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of the gate is proven by at least one case of the mutation corpus, which MutationCorpusTest runs. */
class RuleCoverageTest {

    /*
     * No contract change makes the generated client source-incompatible only: japicmp 0.27 does not report the
     * generics of a List<String> that becomes a List<Integer>, and every other change it finds there (a removed or
     * retyped accessor) breaks binaries too. JavaChangeRuleTest proves the rule on japicmp's own verdict instead.
     */
    private static final Set<String> NO_CONTRACT_CHANGE_REACHES = Set.of(Rule.JAVA_SOURCE_INCOMPATIBLE.id());

    @Test
    void everyRuleHasACorpusCase() throws IOException {
        Set<String> covered = new HashSet<>();
        for (String name : MutationCorpusTest.Corpus.cases()) {
            covered.addAll(MutationCorpusTest.expectedRules(MutationCorpusTest.Corpus.expectations(name)));
        }

        assertThat(Arrays.stream(Rule.values())
                        .map(Rule::id)
                        .filter(id -> !covered.contains(id) && !NO_CONTRACT_CHANGE_REACHES.contains(id)))
                .as("rules without a case in src/test/resources/mutations (add a folder that makes the rule decide)")
                .isEmpty();
    }

    @Test
    void casesNameOnlyRulesThatExist() throws IOException {
        Set<String> rules =
                new HashSet<>(Arrays.stream(Rule.values()).map(Rule::id).toList());
        for (String name : MutationCorpusTest.Corpus.cases()) {
            assertThat(MutationCorpusTest.expectedRules(MutationCorpusTest.Corpus.expectations(name)))
                    .as("rules named by %s", name)
                    .allSatisfy(rule -> assertThat(rules).contains(rule));
        }
    }
}
