package dev.flexkit.compat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders the gate's findings: a Markdown report for a CI comment, a console summary and a verdict line. */
final class CompatReport {

    private static final int OCCURRENCES_IN_SUMMARY = 3;

    private CompatReport() {}

    /**
     * @param result the findings
     * @return the report, in GitHub-flavoured Markdown
     */
    static String markdown(CompatResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# Flex API compatibility: ")
                .append(result.breaking() ? "BREAKING" : "compatible")
                .append("\n\n");
        md.append("- Base: `").append(result.base()).append("`\n");
        md.append("- Head: `").append(result.head()).append("`\n");
        md.append("- Generated client: generator options and templates from `")
                .append(result.generatorConfig())
                .append("`\n\n");
        md.append(headline(result)).append("\n");

        List<Decision> breaking = result.breakingDecisions();
        if (!breaking.isEmpty()) {
            md.append("\n## Breaking changes in the contract\n");
            for (int i = 0; i < breaking.size(); i++) {
                breakingDecision(md, i + 1, breaking.get(i));
            }
        }
        if (result.javaBreaking()) {
            javaChanges(md, result.breakingJavaChanges());
        }
        accepted(md, result);
        List<Decision> compatible = result.compatibleDecisions();
        if (!compatible.isEmpty()) {
            md.append("\n## Compatible changes\n\n| Change | Where | Line | Rule | Severity |\n"
                    + "| --- | --- | --- | --- | --- |\n");
            for (Decision decision : compatible) {
                md.append("| ")
                        .append(cell(what(decision)))
                        .append(" | ")
                        .append(cell(where(decision)))
                        .append(" | ")
                        .append(at(decision.location()))
                        .append(" | `")
                        .append(decision.rule().id())
                        .append("` | ")
                        .append(decision.severity().id())
                        .append(" |\n");
            }
        }
        rulesApplied(md, result);
        return md.toString();
    }

    private static String headline(CompatResult result) {
        int specBreaking = result.breakingDecisions().size();
        int javaBreaking = result.breakingJavaChanges().size();
        int compatible = result.compatibleDecisions().size();
        String accepted =
                result.acceptedDecisions().size() + result.acceptedJavaChanges().size() == 0
                        ? ""
                        : " "
                                + plural(
                                        result.acceptedDecisions().size()
                                                + result.acceptedJavaChanges().size(),
                                        "accepted change")
                                + ".";
        if (!result.breaking()) {
            return "No breaking change. " + plural(compatible, "compatible change") + "." + accepted;
        }
        return "**" + plural(specBreaking + javaBreaking, "breaking change") + "**: " + specBreaking
                + " in the contract, " + javaBreaking + " in the generated Java API. "
                + plural(compatible, "compatible change") + "." + accepted;
    }

    private static void breakingDecision(StringBuilder md, int number, Decision decision) {
        md.append("\n### ").append(number).append(". ").append(what(decision)).append("\n\n");
        md.append("- **Where:**");
        if (decision.occurrences().isEmpty()) {
            md.append(" the whole spec\n");
        } else {
            md.append("\n");
            decision.occurrences()
                    .forEach(occurrence -> md.append("  - `").append(occurrence).append("`\n"));
        }
        md.append("- **At:** ")
                .append(at(decision.location()))
                .append(", `")
                .append(decision.pointer())
                .append("` in the ")
                .append(decision.removal() ? "base" : "head")
                .append(" spec\n");
        md.append("- **Breaks:** ").append(breaks(decision.rule())).append("\n");
        md.append("- **Why:** rule `")
                .append(decision.rule().id())
                .append("`: ")
                .append(decision.rule().reason())
                .append("\n");
        md.append("- **openapi-diff:** ")
                .append(decision.openApiDiff().getValue())
                .append(decision.overridesOpenApiDiff() ? " (overridden by the rule above)" : "")
                .append("\n");
    }

    private static void javaChanges(StringBuilder md, List<JavaChange> changes) {
        md.append("\n## Breaking changes in the generated Java API\n\n");
        md.append("japicmp, comparing the client generated from each side with the project's generator options.\n");
        md.append("**Breaks:** ").append(Consumer.JAVA.label()).append(".\n\n");
        md.append("| Class | Member | Change | Binary | Source | Rule |\n| --- | --- | --- | --- | --- | --- |\n");
        for (JavaChange change : changes) {
            md.append("| `")
                    .append(change.className())
                    .append("` | ")
                    .append(change.member().isEmpty() ? "" : "`" + cell(change.member()) + "`")
                    .append(" | ")
                    .append(change.change())
                    .append(" | ")
                    .append(change.binaryIncompatible() ? "incompatible" : "compatible")
                    .append(" | ")
                    .append(change.sourceIncompatible() ? "incompatible" : "compatible")
                    .append(" | `")
                    .append(change.rule().id())
                    .append("` |\n");
        }
    }

    private static void accepted(StringBuilder md, CompatResult result) {
        List<Decision> decisions = result.acceptedDecisions();
        List<JavaChange> javaChanges = result.acceptedJavaChanges();
        if (!decisions.isEmpty() || !javaChanges.isEmpty()) {
            md.append("\n## Accepted changes\n\nLet through by `")
                    .append(result.acceptance().file())
                    .append(
                            "`.\n\n| Change | Rule | Reason | Accepted by | Expires |\n| --- | --- | --- | --- | --- |\n");
            decisions.forEach(decision -> acceptedRow(
                    md,
                    what(decision) + " at " + at(decision.location()),
                    decision.rule(),
                    result.acceptance().of(decision).orElseThrow()));
            javaChanges.forEach(change -> acceptedRow(
                    md,
                    "`" + change.subject() + "`: " + change.change(),
                    change.rule(),
                    result.acceptance().of(change).orElseThrow()));
        }
        Acceptance acceptance = result.acceptance();
        if (acceptance.rotting()) {
            md.append("\n## Entries of `").append(acceptance.file()).append("` to clean up\n\n");
            acceptance
                    .expired()
                    .forEach(entry -> md.append("- line ")
                            .append(entry.line())
                            .append(": `")
                            .append(entry.selector())
                            .append("` expired on ")
                            .append(entry.expires())
                            .append(": it accepts nothing any more\n"));
            acceptance
                    .unused()
                    .forEach(entry -> md.append("- line ")
                            .append(entry.line())
                            .append(": `")
                            .append(entry.selector())
                            .append("` matches no change of this run\n"));
        }
    }

    private static void acceptedRow(StringBuilder md, String change, Rule rule, AcceptedChange entry) {
        md.append("| ")
                .append(cell(change))
                .append(" | `")
                .append(rule.id())
                .append("` | ")
                .append(cell(entry.reason()))
                .append(" | ")
                .append(cell(entry.acceptedBy()))
                .append(" | ")
                .append(entry.expires() == null ? "never" : entry.expires())
                .append(" |\n");
    }

    static String at(Location location) {
        return location == null ? "" : "`" + location.file() + ":" + location.line() + ":" + location.column() + "`";
    }

    private static void rulesApplied(StringBuilder md, CompatResult result) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Stream.concat(
                        result.decisions().stream().map(Decision::rule),
                        result.javaChanges().stream().map(JavaChange::rule))
                .forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        if (rules.isEmpty()) {
            return;
        }
        md.append("\n<details><summary>Rules applied</summary>\n\n");
        rules.values()
                .forEach(rule -> md.append("- `")
                        .append(rule.id())
                        .append("` (")
                        .append(rule.breaking() ? "breaking" : "compatible")
                        .append("): ")
                        .append(rule.reason())
                        .append("\n"));
        md.append("\n</details>\n");
    }

    /**
     * @param result the findings
     * @return a few lines for the console: the counts, then each breaking change on a line
     */
    static String summary(CompatResult result) {
        StringBuilder out = new StringBuilder();
        out.append("flex-compat: ")
                .append(result.base())
                .append(" -> ")
                .append(result.head())
                .append("\n");
        out.append("  contract: ")
                .append(result.breakingDecisions().size())
                .append(" breaking, ")
                .append(result.compatibleDecisions().size())
                .append(" compatible\n");
        out.append("  generated Java API: ")
                .append(result.breakingJavaChanges().size())
                .append(" incompatible\n");
        for (Decision decision : result.breakingDecisions()) {
            out.append("  BREAKING [")
                    .append(decision.rule().id())
                    .append("] ")
                    .append(plainAt(decision.location()))
                    .append(what(decision));
            List<String> occurrences = decision.occurrences();
            if (!occurrences.isEmpty() && !occurrences.equals(List.of(decision.subject()))) {
                out.append(" -- ")
                        .append(occurrences.stream()
                                .limit(OCCURRENCES_IN_SUMMARY)
                                .collect(Collectors.joining("; ")));
                if (occurrences.size() > OCCURRENCES_IN_SUMMARY) {
                    out.append("; and ")
                            .append(occurrences.size() - OCCURRENCES_IN_SUMMARY)
                            .append(" more");
                }
            }
            out.append("\n");
        }
        for (JavaChange change : result.breakingJavaChanges()) {
            out.append("  BREAKING [")
                    .append(change.rule().id())
                    .append("] ")
                    .append(change.className())
                    .append(change.member().isEmpty() ? "" : " " + change.member())
                    .append(": ")
                    .append(change.change())
                    .append("\n");
        }
        if (result.failOn() == Severity.WARNING) {
            for (Decision decision : result.warnings()) {
                out.append("  WARNING [")
                        .append(decision.rule().id())
                        .append("] ")
                        .append(plainAt(decision.location()))
                        .append(what(decision))
                        .append("\n");
            }
        }
        result.acceptedDecisions()
                .forEach(decision -> out.append("  ACCEPTED [")
                        .append(decision.rule().id())
                        .append("] ")
                        .append(what(decision))
                        .append(": ")
                        .append(result.acceptance().of(decision).orElseThrow().reason())
                        .append("\n"));
        result.acceptedJavaChanges()
                .forEach(change -> out.append("  ACCEPTED [")
                        .append(change.rule().id())
                        .append("] ")
                        .append(change.subject())
                        .append(": ")
                        .append(result.acceptance().of(change).orElseThrow().reason())
                        .append("\n"));
        Acceptance acceptance = result.acceptance();
        acceptance
                .expired()
                .forEach(entry -> out.append("  EXPIRED ")
                        .append(acceptance.file())
                        .append(":")
                        .append(entry.line())
                        .append(" ")
                        .append(entry.selector())
                        .append(" (expired on ")
                        .append(entry.expires())
                        .append(")\n"));
        acceptance
                .unused()
                .forEach(entry -> out.append("  UNUSED ")
                        .append(acceptance.file())
                        .append(":")
                        .append(entry.line())
                        .append(" ")
                        .append(entry.selector())
                        .append(" (matches no change)\n"));
        return out.toString();
    }

    /**
     * @param result the findings
     * @param report where the Markdown report was written, or null
     * @return the one line that says it all
     */
    static String verdictLine(CompatResult result, Path report) {
        String where = report == null ? "" : "; report: " + report;
        if (result.breaking()) {
            return "flex-compat: BREAKING: " + result.breakingDecisions().size()
                    + " breaking change(s) in the contract, "
                    + result.breakingJavaChanges().size()
                    + " in the generated Java API" + where;
        }
        if (result.fails()) {
            return "flex-compat: FAILED on warnings (--fail-on warning): "
                    + plural(result.warnings().size(), "warning")
                    + ", "
                    + (result.acceptance().expired().size()
                            + result.acceptance().unused().size())
                    + " expired or unused accepted change(s)" + where;
        }
        int accepted =
                result.acceptedDecisions().size() + result.acceptedJavaChanges().size();
        return "flex-compat: compatible: no breaking change ("
                + plural(result.compatibleDecisions().size(), "compatible change")
                + (accepted == 0 ? "" : ", " + plural(accepted, "accepted change")) + ")" + where;
    }

    private static String plainAt(Location location) {
        return location == null ? "" : location.file() + ":" + location.line() + ":" + location.column() + ": ";
    }

    static String what(Decision decision) {
        StringBuilder what = new StringBuilder("`")
                .append(decision.subject())
                .append("`: ")
                .append(decision.kind().label());
        if (!decision.detail().isEmpty()) {
            what.append(" (").append(decision.detail()).append(")");
        }
        if (decision.side() != Side.NONE) {
            what.append(", in ").append(decision.side().label()).append("s");
        }
        return what.toString();
    }

    private static String where(Decision decision) {
        List<String> occurrences = decision.occurrences();
        if (occurrences.isEmpty()) {
            return "the whole spec";
        }
        return occurrences.size() == 1 ? "`" + occurrences.get(0) + "`" : plural(occurrences.size(), "place");
    }

    static String breaks(Rule rule) {
        return rule.breaks().stream().map(Consumer::label).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
