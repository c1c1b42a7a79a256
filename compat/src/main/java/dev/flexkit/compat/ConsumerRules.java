package dev.flexkit.compat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Decides whether each spec change breaks a consumer, from what the generated Java client tolerates and what the
 * contract promises; where no rule knows better, openapi-diff's own verdict stands. The rules are listed, with
 * their reasons, in {@link Rule} and compat/README.md.
 */
final class ConsumerRules {

    private ConsumerRules() {}

    /**
     * @param changes the changes openapi-diff found
     * @return one decision per distinct change, breaking ones first, each with all the operations it shows up in
     */
    static List<Decision> decide(List<SpecChange> changes) {
        Map<List<Object>, Builder> grouped = new LinkedHashMap<>();
        for (SpecChange change : changes) {
            Rule rule = ruleFor(change);
            List<Object> key = List.of(rule, change.kind(), change.side(), change.subject(), change.detail());
            grouped.computeIfAbsent(key, k -> new Builder(rule, change)).add(change);
        }
        List<Decision> decisions =
                new ArrayList<>(grouped.values().stream().map(Builder::build).toList());
        decisions.sort(Comparator.comparing(decision -> !decision.breaking()));
        return decisions;
    }

    /**
     * @param change one change
     * @return the rule that decides it
     */
    private static Rule ruleFor(SpecChange change) {
        boolean request = change.side() == Side.REQUEST;
        return switch (change.kind()) {
            case OPERATION_REMOVED -> Rule.OPERATION_REMOVED;
            case OPERATION_ADDED -> Rule.OPERATION_ADDED;
            case DEPRECATED -> Rule.DEPRECATED;
            case PARAMETER_REMOVED -> Rule.REQUEST_PARAMETER_REMOVED;
            case PARAMETER_ADDED_REQUIRED, PARAMETER_MADE_REQUIRED -> Rule.REQUEST_PARAMETER_NEWLY_REQUIRED;
            case PARAMETER_ADDED_OPTIONAL -> Rule.REQUEST_PARAMETER_ADDED_OPTIONAL;
            case PARAMETER_MADE_OPTIONAL, REQUEST_BODY_MADE_OPTIONAL -> Rule.REQUEST_REQUIREMENT_RELAXED;
            case PATH_PARAMETER_RENAMED -> Rule.PATH_PARAMETER_RENAMED;
            case PARAMETER_SERIALIZATION_CHANGED -> Rule.PARAMETER_SERIALIZATION_CHANGED;
            case REQUEST_BODY_MADE_REQUIRED -> Rule.REQUEST_BODY_NEWLY_REQUIRED;
            case MEDIA_TYPE_REMOVED -> Rule.MEDIA_TYPE_REMOVED;
            case MEDIA_TYPE_ADDED -> Rule.MEDIA_TYPE_ADDED;
            case RESPONSE_STATUS_REMOVED -> Rule.RESPONSE_STATUS_REMOVED;
            case RESPONSE_STATUS_ADDED -> Rule.RESPONSE_STATUS_ADDED;
            case FIELD_REMOVED -> request ? Rule.REQUEST_FIELD_REMOVED : Rule.RESPONSE_FIELD_REMOVED;
            case FIELD_ADDED_REQUIRED -> request ? Rule.REQUEST_FIELD_NEWLY_REQUIRED : Rule.RESPONSE_FIELD_ADDED;
            case FIELD_ADDED_OPTIONAL -> request ? Rule.REQUEST_FIELD_ADDED_OPTIONAL : Rule.RESPONSE_FIELD_ADDED;
            case FIELD_MADE_REQUIRED -> request ? Rule.REQUEST_FIELD_NEWLY_REQUIRED : Rule.RESPONSE_FIELD_MADE_REQUIRED;
            case FIELD_MADE_OPTIONAL -> request ? Rule.REQUEST_REQUIREMENT_RELAXED : Rule.RESPONSE_FIELD_MADE_OPTIONAL;
            case TYPE_CHANGED -> Rule.TYPE_CHANGED;
            case FORMAT_CHANGED -> Rule.FORMAT_CHANGED;
            case ENUM_VALUES_ADDED -> request ? Rule.REQUEST_ENUM_WIDENED : Rule.RESPONSE_ENUM_WIDENED;
            case ENUM_VALUES_REMOVED -> request ? Rule.REQUEST_ENUM_NARROWED : Rule.RESPONSE_ENUM_NARROWED;
            case CONSTRAINT_NARROWED -> request ? Rule.REQUEST_CONSTRAINT_TIGHTENED : Rule.RESPONSE_CONSTRAINT_CHANGED;
            case CONSTRAINT_WIDENED -> request ? Rule.REQUEST_CONSTRAINT_LOOSENED : Rule.RESPONSE_CONSTRAINT_CHANGED;
            case PATTERN_CHANGED -> request ? Rule.REQUEST_PATTERN_CHANGED : Rule.RESPONSE_CONSTRAINT_CHANGED;
            case NULLABLE_ADDED -> request ? Rule.NULLABLE_RELAXED : Rule.RESPONSE_NULLABLE_ADDED;
            case NULLABLE_REMOVED -> request ? Rule.REQUEST_NULLABLE_REMOVED : Rule.NULLABLE_RELAXED;
            case ONE_OF_ADDED -> request ? Rule.ONEOF_SAFE : Rule.RESPONSE_ONEOF_WIDENED;
            case ONE_OF_REMOVED -> request ? Rule.REQUEST_ONEOF_NARROWED : Rule.ONEOF_SAFE;
            case DOCUMENTATION_CHANGED -> Rule.DOCUMENTATION_ONLY;
            case OTHER ->
                change.openApiDiff().isIncompatible() ? Rule.OPENAPI_DIFF_INCOMPATIBLE : Rule.OPENAPI_DIFF_COMPATIBLE;
        };
    }

    private static final class Builder {
        private final Rule rule;
        private final SpecChange first;
        private final Set<String> occurrences = new LinkedHashSet<>();
        private DiffResult openApiDiff = DiffResult.NO_CHANGES;

        Builder(Rule rule, SpecChange first) {
            this.rule = rule;
            this.first = first;
        }

        void add(SpecChange change) {
            String where = change.where().isEmpty() ? "" : " - " + change.where();
            if (!change.operation().isEmpty()) {
                occurrences.add(change.operation() + where);
            }
            if (change.openApiDiff().getWeight() > openApiDiff.getWeight()) {
                openApiDiff = change.openApiDiff();
            }
        }

        Decision build() {
            return new Decision(
                    rule,
                    first.kind(),
                    first.side(),
                    first.subject(),
                    first.detail(),
                    openApiDiff,
                    List.copyOf(occurrences),
                    first.pointer(),
                    first.removal(),
                    null,
                    null);
        }
    }
}
