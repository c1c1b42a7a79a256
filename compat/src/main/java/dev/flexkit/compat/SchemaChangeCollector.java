package dev.flexkit.compat;

import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_ENUM_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_REQUIRED_INCREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_REQUIRED_DECREASED;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * The schema part of {@link SpecChangeCollector}: one {@link SpecChange} per field, enum value, bound or type that
 * changed, named after the component that holds it.
 */
final class SchemaChangeCollector {

    private final SchemaNames names;
    private final Changes changes;
    /* openapi-diff's change tree is a graph where schemas are recursive. */
    private final Set<ChangedSchema> walking = Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaChangeCollector(SchemaNames names, Changes changes) {
        this.names = names;
        this.changes = changes;
    }

    /**
     * @param schema a schema openapi-diff compared
     * @param path how to name it when it is not a component, e.g. {@code response 200 body}
     * @param reached where it is; its pointer is the one the schema was reached by
     */
    void schema(ChangedSchema schema, String path, ChangeScope reached) {
        if (schema == null || !schema.isDifferent() || !walking.add(schema)) {
            return;
        }
        try {
            String subject = names.of(schema).orElse(path);
            ChangeScope scope =
                    reached.pointingAt(names.of(schema).map(Pointers::component).orElse(reached.pointer()));
            if (schema.isChangedType()) {
                typeOrFormat(schema, subject, scope);
                return;
            }
            fields(schema, subject, scope);
            required(schema.getRequired(), schema, subject, scope);
            enumeration(schema.getEnumeration(), subject, scope);
            constraints(schema, subject, scope);
            if (schema.getNullable() != null && schema.getNullable().isDifferent()) {
                boolean nullable = Boolean.TRUE.equals(schema.getNullable().getRight());
                changes.add(
                        nullable ? ChangeKind.NULLABLE_ADDED : ChangeKind.NULLABLE_REMOVED,
                        in(scope, "nullable"),
                        subject,
                        "",
                        schema.getNullable().isChanged());
            }
            oneOf(schema.getOneOfSchema(), subject, scope);
            changes.documentation(schema.getDescription(), scope, subject, "description");
            changes.documentation(schema.getExample(), scope, subject, "example");
            changes.documentation(schema.getExamples(), scope, subject, "examples");
            if (schema.isChangeDeprecated()) {
                changes.add(ChangeKind.DEPRECATED, in(scope, "deprecated"), subject, "", DiffResult.COMPATIBLE);
            }
            if (schema.isChangeDefault()) {
                changes.add(
                        ChangeKind.OTHER,
                        in(scope, "default"),
                        subject,
                        "default " + schema.getOldSchema().getDefault() + " → "
                                + schema.getNewSchema().getDefault(),
                        DiffResult.COMPATIBLE);
            }
            if (schema.isDiscriminatorPropertyChanged()) {
                changes.add(
                        ChangeKind.OTHER,
                        in(scope, "discriminator"),
                        subject,
                        "discriminator changed",
                        schema.isCoreChanged());
            }
            changes.other(schema.getReadOnly(), in(scope, "readOnly"), subject, "readOnly changed");
            changes.other(schema.getWriteOnly(), in(scope, "writeOnly"), subject, "writeOnly changed");
            changes.other(schema.getUniqueItems(), in(scope, "uniqueItems"), subject, "uniqueItems changed");
            changes.other(schema.getMultipleOf(), in(scope, "multipleOf"), subject, "multipleOf changed");
            changes.other(schema.getMaxProperties(), in(scope, "maxProperties"), subject, "maxProperties changed");
            changes.other(schema.getMinProperties(), in(scope, "minProperties"), subject, "minProperties changed");
            changes.extensions(schema.getExtensions(), scope, subject);
            schema.getChangedProperties()
                    .forEach((name, property) -> schema(property, subject + "." + name, property(scope, name)));
            schema(schema.getItems(), subject + "[]", in(scope, "items"));
            schema(schema.getAddProp(), subject + "{}", in(scope, "additionalProperties"));
        } finally {
            walking.remove(schema);
        }
    }

    private static ChangeScope in(ChangeScope scope, String keyword) {
        return scope.pointingAt(Pointers.child(scope.pointer(), keyword));
    }

    private static ChangeScope property(ChangeScope scope, String name) {
        return scope.pointingAt(Pointers.child(scope.pointer() + "/properties", name));
    }

    private void typeOrFormat(ChangedSchema schema, String subject, ChangeScope scope) {
        Schema<?> left = schema.getOldSchema();
        Schema<?> right = schema.getNewSchema();
        String oldType = left == null ? "none" : String.valueOf(left.getType());
        String newType = right == null ? "none" : String.valueOf(right.getType());
        if (oldType.equals(newType)) {
            changes.add(
                    ChangeKind.FORMAT_CHANGED,
                    in(scope, "format"),
                    subject,
                    oldType + " format " + left.getFormat() + " → " + right.getFormat(),
                    schema.isCoreChanged());
        } else {
            changes.add(
                    ChangeKind.TYPE_CHANGED,
                    in(scope, "type"),
                    subject,
                    describe(left) + " → " + describe(right),
                    schema.isCoreChanged());
        }
    }

    private static String describe(Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        return schema.getFormat() == null
                ? String.valueOf(schema.getType())
                : schema.getType() + " (" + schema.getFormat() + ")";
    }

    private void fields(ChangedSchema schema, String subject, ChangeScope scope) {
        List<String> oldRequired = requiredOf(schema.getOldSchema());
        List<String> newRequired = requiredOf(schema.getNewSchema());
        for (String name : schema.getMissingProperties().keySet()) {
            DiffResult verdict = scope.side() == Side.RESPONSE && oldRequired.contains(name)
                    ? Changes.verdict(RESPONSE_REQUIRED_DECREASED, schema.getContext())
                    : DiffResult.COMPATIBLE;
            changes.add(ChangeKind.FIELD_REMOVED, property(scope, name), subject + "." + name, "", verdict);
        }
        for (String name : schema.getIncreasedProperties().keySet()) {
            if (newRequired.contains(name)) {
                DiffResult verdict = scope.side() == Side.REQUEST
                        ? Changes.verdict(REQUEST_REQUIRED_INCREASED, schema.getContext())
                        : DiffResult.COMPATIBLE;
                changes.add(ChangeKind.FIELD_ADDED_REQUIRED, property(scope, name), subject + "." + name, "", verdict);
            } else {
                changes.add(
                        ChangeKind.FIELD_ADDED_OPTIONAL,
                        property(scope, name),
                        subject + "." + name,
                        "",
                        DiffResult.COMPATIBLE);
            }
        }
    }

    private static List<String> requiredOf(Schema<?> schema) {
        return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
    }

    /* Fields that were added or removed are reported as such, not again as a change of `required`. */
    private void required(ChangedRequired required, ChangedSchema schema, String subject, ChangeScope scope) {
        if (required == null || !required.isDifferent()) {
            return;
        }
        for (String name : required.getIncreased()) {
            if (!schema.getIncreasedProperties().containsKey(name)) {
                DiffResult verdict = scope.side() == Side.REQUEST
                        ? Changes.verdict(REQUEST_REQUIRED_INCREASED, required.getContext())
                        : DiffResult.COMPATIBLE;
                changes.add(ChangeKind.FIELD_MADE_REQUIRED, in(scope, "required"), subject + "." + name, "", verdict);
            }
        }
        for (String name : required.getMissing()) {
            if (!schema.getMissingProperties().containsKey(name)) {
                DiffResult verdict = scope.side() == Side.RESPONSE
                        ? Changes.verdict(RESPONSE_REQUIRED_DECREASED, required.getContext())
                        : DiffResult.COMPATIBLE;
                changes.add(ChangeKind.FIELD_MADE_OPTIONAL, property(scope, name), subject + "." + name, "", verdict);
            }
        }
    }

    private void enumeration(ChangedEnum<?> enumeration, String subject, ChangeScope scope) {
        if (enumeration == null || !enumeration.isDifferent()) {
            return;
        }
        if (!enumeration.getIncreased().isEmpty()) {
            DiffResult verdict = scope.side() == Side.RESPONSE
                    ? Changes.verdict(RESPONSE_ENUM_INCREASED, enumeration.getContext())
                    : DiffResult.COMPATIBLE;
            changes.add(
                    ChangeKind.ENUM_VALUES_ADDED,
                    in(scope, "enum"),
                    subject,
                    "added " + enumeration.getIncreased(),
                    verdict);
        }
        if (!enumeration.getMissing().isEmpty()) {
            DiffResult verdict = scope.side() == Side.REQUEST
                    ? Changes.verdict(REQUEST_ENUM_DECREASED, enumeration.getContext())
                    : DiffResult.COMPATIBLE;
            changes.add(
                    ChangeKind.ENUM_VALUES_REMOVED,
                    in(scope, "enum"),
                    subject,
                    "removed " + enumeration.getMissing(),
                    verdict);
        }
    }

    private void constraints(ChangedSchema schema, String subject, ChangeScope scope) {
        if (schema.getMaxLength() != null && schema.getMaxLength().isDifferent()) {
            bound(
                    scope,
                    subject,
                    "maxLength",
                    schema.getMaxLength().getOldValue(),
                    schema.getMaxLength().getNewValue(),
                    true,
                    schema.getMaxLength().isChanged());
        }
        if (schema.getMinLength() != null && schema.getMinLength().isDifferent()) {
            bound(
                    scope,
                    subject,
                    "minLength",
                    schema.getMinLength().getOldValue(),
                    schema.getMinLength().getNewValue(),
                    false,
                    schema.getMinLength().isChanged());
        }
        if (schema.getMaxItems() != null && schema.getMaxItems().isDifferent()) {
            bound(
                    scope,
                    subject,
                    "maxItems",
                    schema.getMaxItems().getOldValue(),
                    schema.getMaxItems().getNewValue(),
                    true,
                    schema.getMaxItems().isChanged());
        }
        if (schema.getMinItems() != null && schema.getMinItems().isDifferent()) {
            bound(
                    scope,
                    subject,
                    "minItems",
                    schema.getMinItems().getOldValue(),
                    schema.getMinItems().getNewValue(),
                    false,
                    schema.getMinItems().isChanged());
        }
        if (schema.getNumericRange() != null && schema.getNumericRange().isDifferent()) {
            range(schema.getNumericRange(), subject, scope);
        }
        if (schema.getPattern() != null && schema.getPattern().isDifferent()) {
            changes.add(
                    ChangeKind.PATTERN_CHANGED,
                    in(scope, "pattern"),
                    subject,
                    "pattern " + schema.getPattern().getOldPattern() + " → "
                            + schema.getPattern().getNewPattern(),
                    schema.getPattern().isChanged());
        }
    }

    private void bound(
            ChangeScope scope,
            String subject,
            String name,
            Integer oldValue,
            Integer newValue,
            boolean upper,
            DiffResult verdict) {
        boolean narrowed = tightened(decimal(oldValue), decimal(newValue), upper);
        changes.add(
                narrowed ? ChangeKind.CONSTRAINT_NARROWED : ChangeKind.CONSTRAINT_WIDENED,
                in(scope, name),
                subject,
                name + " " + oldValue + " → " + newValue,
                verdict);
    }

    private void range(ChangedNumericRange range, String subject, ChangeScope scope) {
        boolean narrowed = tightened(range.getOldMaximumValue(), range.getNewMaximumValue(), true)
                || tightened(range.getOldMinimumValue(), range.getNewMinimumValue(), false)
                || exclusiveAdded(
                        range.getOldMaximumValue(),
                        range.getNewMaximumValue(),
                        range.getOldMaximumExclusiveValue(),
                        range.getNewMaximumExclusiveValue())
                || exclusiveAdded(
                        range.getOldMinimumValue(),
                        range.getNewMinimumValue(),
                        range.getOldMinimumExclusiveValue(),
                        range.getNewMinimumExclusiveValue());
        changes.add(
                narrowed ? ChangeKind.CONSTRAINT_NARROWED : ChangeKind.CONSTRAINT_WIDENED,
                scope,
                subject,
                "range [" + range.getOldMinimumValue() + ", " + range.getOldMaximumValue() + "] → ["
                        + range.getNewMinimumValue() + ", " + range.getNewMaximumValue() + "]",
                range.isChanged());
    }

    /* A bound that appears, or moves inwards, lets fewer values through. */
    private static boolean tightened(BigDecimal oldValue, BigDecimal newValue, boolean upper) {
        if (newValue == null) {
            return false;
        }
        if (oldValue == null) {
            return true;
        }
        int comparison = newValue.compareTo(oldValue);
        return upper ? comparison < 0 : comparison > 0;
    }

    private static boolean exclusiveAdded(
            BigDecimal oldValue, BigDecimal newValue, Boolean oldExclusive, Boolean newExclusive) {
        return oldValue != null
                && newValue != null
                && oldValue.compareTo(newValue) == 0
                && !Boolean.TRUE.equals(oldExclusive)
                && Boolean.TRUE.equals(newExclusive);
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private void oneOf(ChangedOneOfSchema oneOf, String subject, ChangeScope scope) {
        if (oneOf == null || !oneOf.isDifferent()) {
            return;
        }
        if (!oneOf.getIncreased().isEmpty()) {
            changes.add(
                    ChangeKind.ONE_OF_ADDED,
                    in(scope, "oneOf"),
                    subject,
                    "added " + oneOf.getIncreased().keySet(),
                    oneOf.isCoreChanged());
        }
        if (!oneOf.getMissing().isEmpty()) {
            changes.add(
                    ChangeKind.ONE_OF_REMOVED,
                    in(scope, "oneOf"),
                    subject,
                    "removed " + oneOf.getMissing().keySet(),
                    oneOf.isCoreChanged());
        }
        oneOf.getChanged()
                .forEach((alternative, changed) ->
                        schema(changed, subject + " (oneOf " + alternative + ")", in(scope, "oneOf")));
    }
}
