package dev.flexkit.compat;

import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.OPENAPI_ENDPOINTS_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_CONTENT_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_ENUM_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_PARAMS_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_PARAMS_REQUIRED_INCREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_REQUIRED_INCREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_CONTENT_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_REQUIRED_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_RESPONSES_DECREASED;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.configuration2.Configuration;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedExtensions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Flattens openapi-diff's tree of changes into one {@link SpecChange} per fact, each with the verdict openapi-diff
 * gives that fact on its own. openapi-diff only rolls verdicts up per node; the consumer rules need them per field,
 * per enum value, per status code.
 */
final class SpecChangeCollector {

    private final SchemaNames names;
    private final Configuration config;
    private final List<SpecChange> changes = new ArrayList<>();
    /* openapi-diff's change tree is a graph where schemas are recursive. */
    private final Set<ChangedSchema> walking = Collections.newSetFromMap(new IdentityHashMap<>());

    private SpecChangeCollector(SchemaNames names, Configuration config) {
        this.names = names;
        this.config = config;
    }

    /**
     * @param diff openapi-diff's result
     * @param config the options openapi-diff ran with, which set its verdicts
     * @return every change, in the order openapi-diff found them
     */
    static List<SpecChange> collect(ChangedOpenApi diff, Configuration config) {
        SpecChangeCollector collector = new SpecChangeCollector(
                new SchemaNames(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi()), config);
        collector.openApi(diff);
        return List.copyOf(collector.changes);
    }

    /** Where in the spec a change is found. */
    private record Scope(String operation, String where, Side side) {
        Scope at(String newWhere, Side newSide) {
            return new Scope(operation, newWhere, newSide);
        }
    }

    private void add(ChangeKind kind, Scope scope, String subject, String detail, DiffResult verdict) {
        changes.add(new SpecChange(kind, scope.side(), subject, detail, scope.operation(), scope.where(), verdict));
    }

    private void openApi(ChangedOpenApi diff) {
        DiffResult removedVerdict = OPENAPI_ENDPOINTS_DECREASED.enabled(config)
                ? DiffResult.INCOMPATIBLE : DiffResult.COMPATIBLE;
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            String label = operationLabel(endpoint);
            add(ChangeKind.OPERATION_REMOVED, new Scope(label, "", Side.NONE), label, "", removedVerdict);
        }
        for (Endpoint endpoint : diff.getNewEndpoints()) {
            String label = operationLabel(endpoint);
            add(ChangeKind.OPERATION_ADDED, new Scope(label, "", Side.NONE), label, "", DiffResult.COMPATIBLE);
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation);
        }
        extensions(diff.getChangedExtensions(), new Scope("", "", Side.NONE), "the spec");
    }

    private static String operationLabel(Endpoint endpoint) {
        String operationId = endpoint.getOperation() == null ? null : endpoint.getOperation().getOperationId();
        return operationLabel(endpoint.getMethod().name(), endpoint.getPathUrl(), operationId);
    }

    private static String operationLabel(String method, String path, String operationId) {
        return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }

    private void operation(ChangedOperation operation) {
        String label = operationLabel(operation.getHttpMethod().name(), operation.getPathUrl(),
                operation.getNewOperation().getOperationId());
        Scope scope = new Scope(label, "", Side.NONE);
        documentation(operation.getSummary(), scope, label, "summary");
        documentation(operation.getDescription(), scope, label, "description");
        if (operation.getOperationId() != null && operation.getOperationId().isDifferent()) {
            add(ChangeKind.OTHER, scope, label, "operationId " + operation.getOperationId().getLeft() + " → "
                    + operation.getOperationId().getRight(), operation.getOperationId().isChanged());
        }
        if (operation.isDeprecated()) {
            add(ChangeKind.DEPRECATED, scope, label, "", DiffResult.COMPATIBLE);
        }
        parameters(operation.getParameters(), scope.at("parameters", Side.REQUEST));
        requestBody(operation.getRequestBody(), scope.at("request body", Side.REQUEST));
        responses(operation.getApiResponses(), scope);
        other(operation.getSecurityRequirements(), scope, label, "security requirements changed");
        extensions(operation.getExtensions(), scope, label);
    }

    private void parameters(ChangedParameters parameters, Scope scope) {
        if (parameters == null) {
            return;
        }
        DiffContext context = parameters.getContext();
        List<Parameter> added = new ArrayList<>(parameters.getIncreased());
        for (Parameter missing : parameters.getMissing()) {
            Optional<Parameter> renamed = renamedPathParameter(missing, added, context.getParameters());
            if (renamed.isPresent()) {
                added.remove(renamed.get());
                add(ChangeKind.PATH_PARAMETER_RENAMED, scope, parameterLabel(missing),
                        "{" + missing.getName() + "} → {" + renamed.get().getName() + "}", parameters.isCoreChanged());
            } else {
                add(ChangeKind.PARAMETER_REMOVED, scope, parameterLabel(missing), "",
                        verdict(REQUEST_PARAMS_DECREASED, context));
            }
        }
        for (Parameter parameter : added) {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                add(ChangeKind.PARAMETER_ADDED_REQUIRED, scope, parameterLabel(parameter), "",
                        verdict(REQUEST_PARAMS_REQUIRED_INCREASED, context));
            } else {
                add(ChangeKind.PARAMETER_ADDED_OPTIONAL, scope, parameterLabel(parameter), "", DiffResult.COMPATIBLE);
            }
        }
        for (ChangedParameter parameter : parameters.getChanged()) {
            parameter(parameter, scope);
        }
    }

    /* openapi-diff pairs /a/{id} with /a/{customer_id} and tells which template variable became which. */
    private static Optional<Parameter> renamedPathParameter(Parameter missing, List<Parameter> added,
            Map<String, String> renames) {
        if (!"path".equals(missing.getIn()) || !renames.containsKey(missing.getName())) {
            return Optional.empty();
        }
        String newName = renames.get(missing.getName());
        return added.stream()
                .filter(candidate -> "path".equals(candidate.getIn()) && candidate.getName().equals(newName))
                .filter(candidate -> sameType(missing.getSchema(), candidate.getSchema()))
                .findFirst();
    }

    private static boolean sameType(Schema<?> left, Schema<?> right) {
        return left == null || right == null
                || Objects.equals(left.getType(), right.getType()) && Objects.equals(left.getFormat(), right.getFormat());
    }

    private static String parameterLabel(Parameter parameter) {
        return parameterLabel(parameter.getIn(), parameter.getName());
    }

    private static String parameterLabel(String in, String name) {
        return in + " parameter " + name;
    }

    private void parameter(ChangedParameter parameter, Scope scope) {
        String label = parameterLabel(parameter.getIn(), parameter.getName());
        if (parameter.isChangeRequired()) {
            boolean required = Boolean.TRUE.equals(parameter.getNewParameter().getRequired());
            add(required ? ChangeKind.PARAMETER_MADE_REQUIRED : ChangeKind.PARAMETER_MADE_OPTIONAL, scope, label, "",
                    required ? verdict(REQUEST_PARAMS_REQUIRED_INCREASED, parameter.getContext()) : DiffResult.COMPATIBLE);
        }
        if (parameter.isChangeStyle() || parameter.isChangeExplode() || parameter.isChangeAllowEmptyValue()) {
            add(ChangeKind.PARAMETER_SERIALIZATION_CHANGED, scope, label, "style, explode or allowEmptyValue",
                    parameter.isCoreChanged());
        }
        if (parameter.isDeprecated()) {
            add(ChangeKind.DEPRECATED, scope, label, "", DiffResult.COMPATIBLE);
        }
        documentation(parameter.getDescription(), scope, label, "description");
        documentation(parameter.getExample(), scope, label, "example");
        documentation(parameter.getExamples(), scope, label, "examples");
        schema(parameter.getSchema(), label, scope);
        content(parameter.getContent(), scope, label);
        extensions(parameter.getExtensions(), scope, label);
    }

    private void requestBody(ChangedRequestBody body, Scope scope) {
        if (body == null) {
            return;
        }
        if (body.isChangeRequired()) {
            boolean required = Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
            add(required ? ChangeKind.REQUEST_BODY_MADE_REQUIRED : ChangeKind.REQUEST_BODY_MADE_OPTIONAL, scope,
                    "request body", "", body.isCoreChanged());
        }
        documentation(body.getDescription(), scope, "request body", "description");
        content(body.getContent(), scope, "request body");
        extensions(body.getExtensions(), scope, "request body");
    }

    private void responses(ChangedApiResponse responses, Scope scope) {
        if (responses == null) {
            return;
        }
        Scope responseScope = scope.at("responses", Side.RESPONSE);
        for (String status : responses.getMissing().keySet()) {
            add(ChangeKind.RESPONSE_STATUS_REMOVED, responseScope, "response " + status, "",
                    verdict(RESPONSE_RESPONSES_DECREASED, responses.getContext()));
        }
        for (String status : responses.getIncreased().keySet()) {
            add(ChangeKind.RESPONSE_STATUS_ADDED, responseScope, "response " + status, "", DiffResult.COMPATIBLE);
        }
        responses.getChanged().forEach((status, response) -> response(status, response, scope));
        extensions(responses.getExtensions(), responseScope, "responses");
    }

    private void response(String status, ChangedResponse response, Scope operationScope) {
        String label = "response " + status;
        Scope scope = operationScope.at(label, Side.RESPONSE);
        documentation(response.getDescription(), scope, label, "description");
        other(response.getHeaders(), scope, label, "headers changed");
        content(response.getContent(), scope, label);
        extensions(response.getExtensions(), scope, label);
    }

    private void content(ChangedContent content, Scope scope, String label) {
        if (content == null) {
            return;
        }
        boolean request = scope.side() == Side.REQUEST;
        DiffResult removedVerdict = verdict(request ? REQUEST_CONTENT_DECREASED : RESPONSE_CONTENT_DECREASED,
                content.getContext());
        for (String mediaType : content.getMissing().keySet()) {
            add(ChangeKind.MEDIA_TYPE_REMOVED, scope, label, mediaType, removedVerdict);
        }
        for (String mediaType : content.getIncreased().keySet()) {
            add(ChangeKind.MEDIA_TYPE_ADDED, scope, label, mediaType, DiffResult.COMPATIBLE);
        }
        content.getChanged().forEach((mediaType, changed) -> {
            schema(changed.getSchema(), label + " body", scope);
            documentation(changed.getExample(), scope, label, "example");
            documentation(changed.getExamples(), scope, label, "examples");
        });
    }

    private void schema(ChangedSchema schema, String path, Scope scope) {
        if (schema == null || !schema.isDifferent() || !walking.add(schema)) {
            return;
        }
        try {
            String subject = names.of(schema).orElse(path);
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
                add(nullable ? ChangeKind.NULLABLE_ADDED : ChangeKind.NULLABLE_REMOVED, scope, subject, "",
                        schema.getNullable().isChanged());
            }
            oneOf(schema.getOneOfSchema(), subject, scope);
            documentation(schema.getDescription(), scope, subject, "description");
            documentation(schema.getExample(), scope, subject, "example");
            documentation(schema.getExamples(), scope, subject, "examples");
            if (schema.isChangeDeprecated()) {
                add(ChangeKind.DEPRECATED, scope, subject, "", DiffResult.COMPATIBLE);
            }
            if (schema.isChangeDefault()) {
                add(ChangeKind.OTHER, scope, subject, "default " + schema.getOldSchema().getDefault() + " → "
                        + schema.getNewSchema().getDefault(), DiffResult.COMPATIBLE);
            }
            if (schema.isDiscriminatorPropertyChanged()) {
                add(ChangeKind.OTHER, scope, subject, "discriminator changed", schema.isCoreChanged());
            }
            other(schema.getReadOnly(), scope, subject, "readOnly changed");
            other(schema.getWriteOnly(), scope, subject, "writeOnly changed");
            other(schema.getUniqueItems(), scope, subject, "uniqueItems changed");
            other(schema.getMultipleOf(), scope, subject, "multipleOf changed");
            other(schema.getMaxProperties(), scope, subject, "maxProperties changed");
            other(schema.getMinProperties(), scope, subject, "minProperties changed");
            extensions(schema.getExtensions(), scope, subject);
            schema.getChangedProperties().forEach((name, property) -> schema(property, subject + "." + name, scope));
            schema(schema.getItems(), subject + "[]", scope);
            schema(schema.getAddProp(), subject + "{}", scope);
        } finally {
            walking.remove(schema);
        }
    }

    private void typeOrFormat(ChangedSchema schema, String subject, Scope scope) {
        Schema<?> left = schema.getOldSchema();
        Schema<?> right = schema.getNewSchema();
        String oldType = left == null ? "none" : String.valueOf(left.getType());
        String newType = right == null ? "none" : String.valueOf(right.getType());
        if (oldType.equals(newType)) {
            add(ChangeKind.FORMAT_CHANGED, scope, subject, oldType + " format " + left.getFormat() + " → "
                    + right.getFormat(), schema.isCoreChanged());
        } else {
            add(ChangeKind.TYPE_CHANGED, scope, subject, describe(left) + " → " + describe(right),
                    schema.isCoreChanged());
        }
    }

    private static String describe(Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        return schema.getFormat() == null ? String.valueOf(schema.getType())
                : schema.getType() + " (" + schema.getFormat() + ")";
    }

    private void fields(ChangedSchema schema, String subject, Scope scope) {
        List<String> oldRequired = requiredOf(schema.getOldSchema());
        List<String> newRequired = requiredOf(schema.getNewSchema());
        for (String name : schema.getMissingProperties().keySet()) {
            DiffResult verdict = scope.side() == Side.RESPONSE && oldRequired.contains(name)
                    ? verdict(RESPONSE_REQUIRED_DECREASED, schema.getContext()) : DiffResult.COMPATIBLE;
            add(ChangeKind.FIELD_REMOVED, scope, subject + "." + name, "", verdict);
        }
        for (String name : schema.getIncreasedProperties().keySet()) {
            if (newRequired.contains(name)) {
                DiffResult verdict = scope.side() == Side.REQUEST
                        ? verdict(REQUEST_REQUIRED_INCREASED, schema.getContext()) : DiffResult.COMPATIBLE;
                add(ChangeKind.FIELD_ADDED_REQUIRED, scope, subject + "." + name, "", verdict);
            } else {
                add(ChangeKind.FIELD_ADDED_OPTIONAL, scope, subject + "." + name, "", DiffResult.COMPATIBLE);
            }
        }
    }

    private static List<String> requiredOf(Schema<?> schema) {
        return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
    }

    /* Fields that were added or removed are reported as such, not again as a change of `required`. */
    private void required(ChangedRequired required, ChangedSchema schema, String subject, Scope scope) {
        if (required == null || !required.isDifferent()) {
            return;
        }
        for (String name : required.getIncreased()) {
            if (!schema.getIncreasedProperties().containsKey(name)) {
                DiffResult verdict = scope.side() == Side.REQUEST
                        ? verdict(REQUEST_REQUIRED_INCREASED, required.getContext()) : DiffResult.COMPATIBLE;
                add(ChangeKind.FIELD_MADE_REQUIRED, scope, subject + "." + name, "", verdict);
            }
        }
        for (String name : required.getMissing()) {
            if (!schema.getMissingProperties().containsKey(name)) {
                DiffResult verdict = scope.side() == Side.RESPONSE
                        ? verdict(RESPONSE_REQUIRED_DECREASED, required.getContext()) : DiffResult.COMPATIBLE;
                add(ChangeKind.FIELD_MADE_OPTIONAL, scope, subject + "." + name, "", verdict);
            }
        }
    }

    private void enumeration(ChangedEnum<?> enumeration, String subject, Scope scope) {
        if (enumeration == null || !enumeration.isDifferent()) {
            return;
        }
        if (!enumeration.getIncreased().isEmpty()) {
            DiffResult verdict = scope.side() == Side.RESPONSE
                    ? verdict(RESPONSE_ENUM_INCREASED, enumeration.getContext()) : DiffResult.COMPATIBLE;
            add(ChangeKind.ENUM_VALUES_ADDED, scope, subject, "added " + enumeration.getIncreased(), verdict);
        }
        if (!enumeration.getMissing().isEmpty()) {
            DiffResult verdict = scope.side() == Side.REQUEST
                    ? verdict(REQUEST_ENUM_DECREASED, enumeration.getContext()) : DiffResult.COMPATIBLE;
            add(ChangeKind.ENUM_VALUES_REMOVED, scope, subject, "removed " + enumeration.getMissing(), verdict);
        }
    }

    private void constraints(ChangedSchema schema, String subject, Scope scope) {
        if (schema.getMaxLength() != null && schema.getMaxLength().isDifferent()) {
            bound(scope, subject, "maxLength", schema.getMaxLength().getOldValue(),
                    schema.getMaxLength().getNewValue(), true, schema.getMaxLength().isChanged());
        }
        if (schema.getMinLength() != null && schema.getMinLength().isDifferent()) {
            bound(scope, subject, "minLength", schema.getMinLength().getOldValue(),
                    schema.getMinLength().getNewValue(), false, schema.getMinLength().isChanged());
        }
        if (schema.getMaxItems() != null && schema.getMaxItems().isDifferent()) {
            bound(scope, subject, "maxItems", schema.getMaxItems().getOldValue(),
                    schema.getMaxItems().getNewValue(), true, schema.getMaxItems().isChanged());
        }
        if (schema.getMinItems() != null && schema.getMinItems().isDifferent()) {
            bound(scope, subject, "minItems", schema.getMinItems().getOldValue(),
                    schema.getMinItems().getNewValue(), false, schema.getMinItems().isChanged());
        }
        if (schema.getNumericRange() != null && schema.getNumericRange().isDifferent()) {
            range(schema.getNumericRange(), subject, scope);
        }
        if (schema.getPattern() != null && schema.getPattern().isDifferent()) {
            add(ChangeKind.PATTERN_CHANGED, scope, subject, "pattern " + schema.getPattern().getOldPattern() + " → "
                    + schema.getPattern().getNewPattern(), schema.getPattern().isChanged());
        }
    }

    private void bound(Scope scope, String subject, String name, Integer oldValue, Integer newValue, boolean upper,
            DiffResult verdict) {
        boolean narrowed = tightened(decimal(oldValue), decimal(newValue), upper);
        add(narrowed ? ChangeKind.CONSTRAINT_NARROWED : ChangeKind.CONSTRAINT_WIDENED, scope, subject,
                name + " " + oldValue + " → " + newValue, verdict);
    }

    private void range(ChangedNumericRange range, String subject, Scope scope) {
        boolean narrowed = tightened(range.getOldMaximumValue(), range.getNewMaximumValue(), true)
                || tightened(range.getOldMinimumValue(), range.getNewMinimumValue(), false)
                || exclusiveAdded(range.getOldMaximumValue(), range.getNewMaximumValue(),
                        range.getOldMaximumExclusiveValue(), range.getNewMaximumExclusiveValue())
                || exclusiveAdded(range.getOldMinimumValue(), range.getNewMinimumValue(),
                        range.getOldMinimumExclusiveValue(), range.getNewMinimumExclusiveValue());
        add(narrowed ? ChangeKind.CONSTRAINT_NARROWED : ChangeKind.CONSTRAINT_WIDENED, scope, subject,
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

    private static boolean exclusiveAdded(BigDecimal oldValue, BigDecimal newValue, Boolean oldExclusive,
            Boolean newExclusive) {
        return oldValue != null && newValue != null && oldValue.compareTo(newValue) == 0
                && !Boolean.TRUE.equals(oldExclusive) && Boolean.TRUE.equals(newExclusive);
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private void oneOf(ChangedOneOfSchema oneOf, String subject, Scope scope) {
        if (oneOf == null || !oneOf.isDifferent()) {
            return;
        }
        if (!oneOf.getIncreased().isEmpty()) {
            add(ChangeKind.ONE_OF_ADDED, scope, subject, "added " + oneOf.getIncreased().keySet(), oneOf.isCoreChanged());
        }
        if (!oneOf.getMissing().isEmpty()) {
            add(ChangeKind.ONE_OF_REMOVED, scope, subject, "removed " + oneOf.getMissing().keySet(),
                    oneOf.isCoreChanged());
        }
        oneOf.getChanged().forEach((alternative, changed) -> schema(changed, subject + " (oneOf " + alternative + ")",
                scope));
    }

    private void documentation(Changed changed, Scope scope, String subject, String what) {
        if (changed != null && changed.isDifferent()) {
            add(ChangeKind.DOCUMENTATION_CHANGED, scope, subject, what, changed.isChanged());
        }
    }

    private void extensions(ChangedExtensions extensions, Scope scope, String subject) {
        if (extensions == null || !extensions.isDifferent()) {
            return;
        }
        List<String> detail = new ArrayList<>();
        describeKeys(detail, "added", extensions.getIncreased().keySet());
        describeKeys(detail, "removed", extensions.getMissing().keySet());
        describeKeys(detail, "changed", extensions.getChanged().keySet());
        add(ChangeKind.OTHER, scope, subject, "extensions " + String.join(", ", detail), extensions.isChanged());
    }

    private static void describeKeys(List<String> detail, String verb, Collection<String> keys) {
        if (!keys.isEmpty()) {
            detail.add(verb + " " + keys);
        }
    }

    private void other(Changed changed, Scope scope, String subject, String detail) {
        if (changed != null && changed.isDifferent()) {
            add(ChangeKind.OTHER, scope, subject, detail, changed.isChanged());
        }
    }

    /* openapi-diff rolls the verdict of a node up over all its items; this is what it gives one item. */
    private static DiffResult verdict(BackwardIncompatibleProp check, DiffContext context) {
        return check.enabled(context) ? DiffResult.INCOMPATIBLE : DiffResult.COMPATIBLE;
    }
}
