package dev.flexkit.conformance.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.flexkit.conformance.report.CucumberJson;
import dev.flexkit.conformance.report.CucumberJson.Scenario;
import dev.flexkit.conformance.report.CucumberJson.Status;
import dev.flexkit.conformance.target.Targets;
import dev.flexkit.sandbox.FlexSandbox;
import dev.flexkit.sandbox.domain.rules.DocumentedRule;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A mutation test of the rules: the whole suite runs against a sandbox that breaks one documented rule, and must go
 * red on exactly the scenarios that prove that rule's refusal, and nowhere else. A refusal scenario that stays green
 * without its rule passes for another reason; a scenario of another rule that goes red depends on this one.
 * <p>
 * Breaking {@code letter-required} also breaks the refusals of {@code visit-type-scope} and {@code one-year-expiry}:
 * theirs are letter-required refusals for a letter out of scope or expired. The accepted side of each rule stays
 * green here (a rule that is not enforced refuses nothing); it is proven by the same scenarios against the sandbox
 * that enforces the rule, on its boundary (see conformance/README.md).
 */
class RuleMutationTest {

    private static final Path REPORTS = Path.of("target", "mutation");

    @ParameterizedTest(name = "without {0}")
    @EnumSource(DocumentedRule.class)
    void withoutTheRuleExactlyItsRefusalsGoRed(DocumentedRule rule) {
        assumeTrue(
                System.getProperty("flex.target", "sandbox").equals("sandbox"),
                "the mutation test runs the suite against embedded sandboxes: only with -Dflex.target=sandbox");
        assumeTrue(
                Stream.of("cucumber.filter.tags", "cucumber.filter.name", "cucumber.features")
                        .allMatch(p -> System.getProperty(p) == null),
                "the mutation test needs the whole suite: not with a filter or a feature chosen");
        Path report = REPORTS.resolve(rule.id() + ".json");

        try (FlexSandbox broken = FlexSandbox.start(0, null, OffSessionRules.without(rule))) {
            Targets.runAgainst(broken, () -> runTheSuite(report));
        }
        List<Scenario> scenarios = CucumberJson.read(report);

        List<String> red = scenarios.stream()
                .filter(s -> s.status() == Status.FAILED)
                .map(RuleMutationTest::describe)
                .toList();
        List<String> itsRefusals = scenarios.stream()
                .filter(s -> s.refused()
                        && s.status() != Status.SKIPPED
                        && s.rules().stream().anyMatch(brokenBy(rule)::contains))
                .map(RuleMutationTest::describe)
                .toList();
        assertThat(itsRefusals)
                .as("the scenarios that prove the refusals of " + rule.id())
                .isNotEmpty();
        assertThat(red)
                .as("the scenarios that went red without " + rule.id())
                .containsExactlyInAnyOrderElementsOf(itsRefusals);
    }

    private static Set<String> brokenBy(DocumentedRule rule) {
        return rule == DocumentedRule.LETTER_REQUIRED
                ? Set.of(rule.id(), DocumentedRule.VISIT_TYPE_SCOPE.id(), DocumentedRule.ONE_YEAR_EXPIRY.id())
                : Set.of(rule.id());
    }

    private static void runTheSuite(Path report) {
        LauncherFactory.create()
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectPackage("features"))
                        .filters(EngineFilter.includeEngines("cucumber"))
                        // Its own report only: the run's reports (and the rule coverage) are the real suite's.
                        .configurationParameter("cucumber.plugin", "json:" + report)
                        .build());
    }

    private static String describe(Scenario scenario) {
        return scenario.location() + " " + scenario.name();
    }
}
