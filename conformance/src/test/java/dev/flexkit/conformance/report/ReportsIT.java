package dev.flexkit.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flexkit.conformance.report.CucumberJson.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the suite (failsafe): the reports are there, no API key leaked into them, and every documented
 * rule of the contract is proven on each side of it, on the sandbox; on live, as far as the live target can show.
 */
class ReportsIT {

    private static final Path REPORTS = Path.of("target", "cucumber-reports");
    private static final Pattern KEY = Pattern.compile("fsk_[A-Za-z0-9_\\-]{4,}");

    @Test
    void everyReportIsWritten() {
        assertThat(REPORTS.resolve("cucumber.html")).isNotEmptyFile();
        assertThat(REPORTS.resolve("cucumber.json")).isNotEmptyFile();
        assertThat(REPORTS.resolve("cucumber.xml")).isNotEmptyFile();
        assertThat(REPORTS.resolve("rule-coverage.md"))
                .content()
                .contains("# Rule coverage on the " + System.getProperty("flex.target", "sandbox"));
    }

    @Test
    void noApiKeyAppearsInAnyReport() throws IOException {
        String liveKey = System.getenv("FLEX_API_KEY");
        try (Stream<Path> files = Files.walk(Path.of("target"))
                .filter(Files::isRegularFile)
                .filter(f -> f.toString().endsWith(".html")
                        || f.toString().endsWith(".json")
                        || f.toString().endsWith(".xml")
                        || f.toString().endsWith(".md")
                        || f.toString().endsWith(".txt"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(KEY.matcher(text).find()).as("an API key in " + file).isFalse();
                if (liveKey != null && !liveKey.isBlank()) {
                    assertThat(text).as(file.toString()).doesNotContain(liveKey);
                }
            }
        }
    }

    @Test
    void onTheSandboxEveryDocumentedRuleIsProvenOnEachSideOfIt() {
        assumeTrue(onSandbox(), "the live target cannot prove every rule: see the next test");
        assumeTrue(wholeSuite(), "a filtered run proves only what it ran");
        List<Scenario> scenarios = CucumberJson.read(REPORTS.resolve("cucumber.json"));

        assertThat(provenRules(scenarios, true))
                .as("rules with a passing scenario where the checkout goes through")
                .containsAll(RuleCoverageReporter.documentedRules().keySet());
        assertThat(provenRules(scenarios, false))
                .as("rules with a passing scenario where the checkout is refused")
                .containsAll(RuleCoverageReporter.documentedRules().keySet());
    }

    @Test
    void theRuleCoverageListsTheModesAndFlowsTheScenariosGoThrough() throws IOException {
        assumeTrue(onSandbox(), "on live the @sandbox-only modes are all skipped");
        assumeTrue(wholeSuite(), "a filtered run lists only what it ran");

        assertThat(Files.readString(REPORTS.resolve("rule-coverage.md")))
                .contains("## Modes and flows")
                .contains("| `@mode:subscription` |", "| `@mode:setup` |", "| `@mode:reimbursement` |")
                .contains("| `@flow:off-session-setup` |", "| `@flow:hosted-page` |");
    }

    /**
     * Flex's API does not show letters: on live, a refusal that depends on a letter the fixtures only declare is not
     * proof of a rule. Such scenarios must end skipped with the reason, the rest must pass, and the rules each side of
     * which has a passing scenario are the ones the live target can prove.
     */
    @Test
    void onLiveNoRuleIsProvenByAScenarioThatCouldNotCheckItsPrecondition() {
        assumeTrue(!onSandbox(), "on the sandbox every precondition is checked through the control API");
        assumeTrue(wholeSuite(), "a filtered run proves only what it ran");
        List<Scenario> scenarios = CucumberJson.read(REPORTS.resolve("cucumber.json"));

        assertThat(scenarios)
                .filteredOn(s -> s.name().equals("An expired letter does not cover"))
                .singleElement()
                .satisfies(expired -> {
                    assertThat(expired.status()).isEqualTo(CucumberJson.Status.SKIPPED);
                    assertThat(expired.reason())
                            .contains("Not proven on the live target")
                            .contains("Eddie")
                            .contains("cannot be checked");
                });
        assertThat(scenarios)
                .filteredOn(s -> s.status() == CucumberJson.Status.SKIPPED)
                .allSatisfy(s -> assertThat(s.reason()).as(s.location()).containsAnyOf("Not proven", "@sandbox-only"));
        assertThat(provenRules(scenarios, false))
                .as("rules whose refusal the live target proves")
                .containsExactlyInAnyOrder("off-session-requirements", "letter-required", "no-split-cart");
        assertThat(provenRules(scenarios, true))
                .as("rules whose accepted side the live target proves")
                .containsExactlyInAnyOrder(
                        "off-session-requirements", "letter-required", "visit-type-scope", "no-split-cart");
    }

    private static Set<String> provenRules(List<Scenario> scenarios, boolean accepted) {
        return scenarios.stream()
                .filter(s -> s.status() == CucumberJson.Status.PASSED && (accepted ? s.accepts() : s.refused()))
                .flatMap(s -> s.rules().stream())
                .collect(Collectors.toSet());
    }

    private static boolean wholeSuite() {
        return Stream.of("cucumber.filter.tags", "cucumber.filter.name", "cucumber.features")
                .allMatch(p -> System.getProperty(p) == null);
    }

    private static boolean onSandbox() {
        return System.getProperty("flex.target", "sandbox").equals("sandbox");
    }
}
