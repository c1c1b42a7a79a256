package dev.flexkit.compat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The human-readable list of what changed between two versions of the contract, for release notes: breaking
 * changes first, then deprecations, additions and other changes, each with the rule that judged it. Only the
 * contract level: it reads like the API reference, not like the generated Java code.
 */
final class Changelog {

    static final String NO_CHANGE = "No change to the API: operations, parameters, bodies and schemas are the same.";
    private static final int OPERATIONS_LISTED = 3;
    private static final Set<ChangeKind> ADDITIONS = Set.of(
            ChangeKind.OPERATION_ADDED,
            ChangeKind.PARAMETER_ADDED_OPTIONAL,
            ChangeKind.FIELD_ADDED_OPTIONAL,
            ChangeKind.FIELD_ADDED_REQUIRED,
            ChangeKind.ENUM_VALUES_ADDED,
            ChangeKind.RESPONSE_STATUS_ADDED,
            ChangeKind.MEDIA_TYPE_ADDED);

    private Changelog() {}

    /**
     * @param title the heading of this version, e.g. {@code openapi/flex-api.yaml since compat/baseline/...}
     * @param decisions the spec-level decisions between the two versions
     * @return the section, in Markdown, starting with a level-2 heading
     */
    static String markdown(String title, List<Decision> decisions) {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n");
        if (decisions.isEmpty()) {
            return md.append("\n").append(NO_CHANGE).append("\n").toString();
        }
        section(md, "Breaking changes", decisions, Decision::breaking);
        section(
                md,
                "Deprecated",
                decisions,
                decision -> !decision.breaking() && decision.kind() == ChangeKind.DEPRECATED);
        section(md, "Added", decisions, decision -> !decision.breaking() && ADDITIONS.contains(decision.kind()));
        section(
                md,
                "Changed",
                decisions,
                decision -> !decision.breaking()
                        && !ADDITIONS.contains(decision.kind())
                        && decision.kind() != ChangeKind.DEPRECATED
                        && decision.kind() != ChangeKind.DOCUMENTATION_CHANGED);
        section(md, "Documentation", decisions, decision -> decision.kind() == ChangeKind.DOCUMENTATION_CHANGED);
        return md.toString();
    }

    private static void section(
            StringBuilder md, String heading, List<Decision> decisions, Predicate<Decision> belongs) {
        List<Decision> selected = decisions.stream().filter(belongs).toList();
        if (selected.isEmpty()) {
            return;
        }
        md.append("\n### ").append(heading).append("\n\n");
        for (Decision decision : selected) {
            md.append("- ").append(CompatReport.what(decision));
            List<String> operations = decision.occurrences();
            if (!operations.isEmpty() && !operations.equals(List.of(decision.subject()))) {
                md.append(" in ")
                        .append(operations.stream()
                                .limit(OPERATIONS_LISTED)
                                .map(op -> "`" + op + "`")
                                .collect(Collectors.joining(", ")));
                if (operations.size() > OPERATIONS_LISTED) {
                    md.append(" and ")
                            .append(operations.size() - OPERATIONS_LISTED)
                            .append(" more");
                }
            }
            md.append(" (`").append(decision.rule().id()).append("`)\n");
        }
    }
}
