package dev.flexkit.conformance.report;

import dev.flexkit.conformance.report.RuleCoverageReporter.Outcome;
import io.cucumber.plugin.event.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rule coverage table, as Markdown for the report and as plain text for the console. */
final class RuleCoverage {

    private RuleCoverage() {}

    static String markdown(Map<String, String> rules, List<Outcome> outcomes, String target) {
        StringBuilder md = new StringBuilder("# Rule coverage on the ")
                .append(target)
                .append(" target\n\n")
                .append("| rule | scenarios | passed | failed | skipped |\n|---|---:|---:|---:|---:|\n");
        rules.forEach((id, name) -> {
            List<Outcome> proving = proving(id, outcomes);
            md.append("| `")
                    .append(id)
                    .append("` ")
                    .append(name)
                    .append(" | ")
                    .append(proving.size())
                    .append(" | ")
                    .append(count(proving, Status.PASSED))
                    .append(" | ")
                    .append(failed(proving))
                    .append(" | ")
                    .append(count(proving, Status.SKIPPED))
                    .append(" |\n");
        });
        md.append(
                "\nSkipped scenarios prove nothing on this target and are never counted as passed: `@sandbox-only` ones need the"
                        + " sandbox's control API; on live, a refusal that depends on a precondition Flex's API cannot show (a letter)"
                        + " is skipped with that reason.\n");
        rules.forEach((id, name) -> {
            md.append("\n## `").append(id).append("` ").append(name).append("\n\n");
            List<Outcome> proving = proving(id, outcomes);
            if (proving.isEmpty()) {
                md.append("No scenario proves this rule.\n");
            }
            proving.forEach(o -> md.append("- ")
                    .append(o.status().name().toLowerCase())
                    .append(": ")
                    .append(o.name())
                    .append(" (`")
                    .append(o.location())
                    .append("`)")
                    .append(o.reason().isEmpty() ? "" : " — " + o.reason())
                    .append('\n'));
        });
        md.append(flows(outcomes));
        List<String> unknown = outcomes.stream()
                .flatMap(o -> o.rules().stream())
                .filter(r -> !rules.containsKey(r))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            md.append("\nTags naming no rule of the contract: ").append(unknown).append('\n');
        }
        return md.toString();
    }

    static String summary(Map<String, String> rules, List<Outcome> outcomes, String target) {
        return rules.keySet().stream()
                .map(id -> {
                    List<Outcome> proving = proving(id, outcomes);
                    return String.format(
                            "  %-26s %2d scenarios: %2d passed, %2d failed, %2d skipped%s",
                            id,
                            proving.size(),
                            count(proving, Status.PASSED),
                            failed(proving),
                            count(proving, Status.SKIPPED),
                            count(proving, Status.PASSED) == 0 ? "   <- no passing scenario" : "");
                })
                .collect(Collectors.joining("\n", "Rule coverage on the " + target + " target:\n", ""));
    }

    /** The flows and modes the scenarios are tagged with, in the order first met, each with how its scenarios ended. */
    static String flows(List<Outcome> outcomes) {
        List<String> flows =
                outcomes.stream().flatMap(o -> o.flows().stream()).distinct().toList();
        StringBuilder md = new StringBuilder("\n## Flows\n\n");
        if (flows.isEmpty()) {
            return md.append("No scenario is tagged with a flow.\n").toString();
        }
        md.append("| flow | scenarios | passed | failed | skipped |\n|---|---:|---:|---:|---:|\n");
        for (String flow : flows) {
            List<Outcome> tagged =
                    outcomes.stream().filter(o -> o.flows().contains(flow)).toList();
            md.append("| `@")
                    .append(flow)
                    .append("` | ")
                    .append(tagged.size())
                    .append(" | ")
                    .append(count(tagged, Status.PASSED))
                    .append(" | ")
                    .append(failed(tagged))
                    .append(" | ")
                    .append(count(tagged, Status.SKIPPED))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static List<Outcome> proving(String rule, List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.rules().contains(rule)).toList();
    }

    // Failed, undefined, pending, ambiguous: whatever neither passed nor was skipped.
    private static int failed(List<Outcome> outcomes) {
        return outcomes.size() - count(outcomes, Status.PASSED) - count(outcomes, Status.SKIPPED);
    }

    private static int count(List<Outcome> outcomes, Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }
}
