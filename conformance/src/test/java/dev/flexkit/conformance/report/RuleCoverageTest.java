package dev.flexkit.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.conformance.report.RuleCoverageReporter.Outcome;
import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule coverage report lists, beside the documented rules, every flow the scenarios are tagged with. */
class RuleCoverageTest {

    private static final Pattern FLOW = Pattern.compile("@(flow|mode):[a-z-_]+");

    @Test
    void eachFlowHasARowWithHowItsScenariosEnded() {
        List<Outcome> outcomes = List.of(
                outcome("refund a session", List.of("flow:refund"), Status.PASSED),
                outcome("over-refund", List.of("flow:refund"), Status.FAILED),
                outcome("capture", List.of("flow:manual-capture"), Status.SKIPPED));

        String markdown = RuleCoverage.markdown(Map.of(), outcomes, "sandbox");

        assertThat(markdown)
                .contains("## Modes and flows")
                .contains("| `@flow:refund` | 2 | 1 | 1 | 0 |")
                .contains("| `@flow:manual-capture` | 1 | 0 | 0 | 1 |");
    }

    @Test
    void theFlowsOfThePaymentLifecycleAreTaggedInTheFeatures() throws IOException {
        Set<String> tags = new TreeSet<>();
        try (Stream<Path> features = Files.walk(Path.of("src/test/resources/features"))) {
            for (Path feature :
                    features.filter(p -> p.toString().endsWith(".feature")).toList()) {
                Matcher matcher = FLOW.matcher(Files.readString(feature));
                while (matcher.find()) {
                    tags.add(matcher.group());
                }
            }
        }

        assertThat(tags)
                .contains(
                        "@flow:manual-capture",
                        "@flow:refund",
                        "@flow:idempotency",
                        "@flow:confirm",
                        "@flow:hosted-page");
    }

    private static Outcome outcome(String name, List<String> flows, Status status) {
        return new Outcome(name, "x.feature:1", List.of(), flows, status, "");
    }
}
