package dev.flexkit.compat;

import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.OPENAPI_ENDPOINTS_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_CONTENT_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_PARAMS_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.REQUEST_PARAMS_REQUIRED_INCREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_CONTENT_DECREASED;
import static org.openapitools.openapidiff.core.model.BackwardIncompatibleProp.RESPONSE_RESPONSES_DECREASED;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.configuration2.Configuration;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Flattens openapi-diff's tree of changes into one {@link SpecChange} per fact, each with the verdict openapi-diff
 * gives that fact on its own. openapi-diff only rolls verdicts up per node; the consumer rules need them per field,
 * per enum value, per status code.
 */
final class SpecChangeCollector {

    private final Configuration config;
    private final Changes changes = new Changes();
    private final SchemaChangeCollector schemas;

    private SpecChangeCollector(SchemaNames names, Configuration config) {
        this.config = config;
        this.schemas = new SchemaChangeCollector(names, changes);
    }

    /**
     * @param diff openapi-diff's result
     * @param config the options openapi-diff ran with, which set its verdicts
     * @return every change, in the order openapi-diff found them
     */
    static List<SpecChange> collect(ChangedOpenApi diff, Configuration config) {
        SpecChangeCollector collector =
                new SpecChangeCollector(new SchemaNames(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi()), config);
        collector.openApi(diff);
        return collector.changes.list();
    }

    private void openApi(ChangedOpenApi diff) {
        DiffResult removedVerdict =
                OPENAPI_ENDPOINTS_DECREASED.enabled(config) ? DiffResult.INCOMPATIBLE : DiffResult.COMPATIBLE;
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            String label = operationLabel(endpoint);
            changes.add(
                    ChangeKind.OPERATION_REMOVED,
                    new ChangeScope(label, "", Side.NONE, operationPointer(endpoint)),
                    label,
                    "",
                    removedVerdict);
        }
        for (Endpoint endpoint : diff.getNewEndpoints()) {
            String label = operationLabel(endpoint);
            changes.add(
                    ChangeKind.OPERATION_ADDED,
                    new ChangeScope(label, "", Side.NONE, operationPointer(endpoint)),
                    label,
                    "",
                    DiffResult.COMPATIBLE);
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation);
        }
        changes.extensions(diff.getChangedExtensions(), new ChangeScope("", "", Side.NONE, ""), "the spec");
    }

    private static String operationLabel(Endpoint endpoint) {
        String operationId =
                endpoint.getOperation() == null ? null : endpoint.getOperation().getOperationId();
        return operationLabel(endpoint.getMethod().name(), endpoint.getPathUrl(), operationId);
    }

    private static String operationPointer(Endpoint endpoint) {
        return operationPointer(endpoint.getPathUrl(), endpoint.getMethod().name());
    }

    private static String operationPointer(String path, String method) {
        return Pointers.child(Pointers.child("/paths", path), method.toLowerCase(Locale.ROOT));
    }

    private static String operationLabel(String method, String path, String operationId) {
        return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }

    private void operation(ChangedOperation operation) {
        String label = operationLabel(
                operation.getHttpMethod().name(),
                operation.getPathUrl(),
                operation.getNewOperation().getOperationId());
        String pointer = operationPointer(
                operation.getPathUrl(), operation.getHttpMethod().name());
        ChangeScope scope = new ChangeScope(label, "", Side.NONE, pointer);
        changes.documentation(operation.getSummary(), scope, label, "summary");
        changes.documentation(operation.getDescription(), scope, label, "description");
        if (operation.getOperationId() != null && operation.getOperationId().isDifferent()) {
            changes.add(
                    ChangeKind.OTHER,
                    scope.pointingAt(pointer + "/operationId"),
                    label,
                    "operationId " + operation.getOperationId().getLeft() + " → "
                            + operation.getOperationId().getRight(),
                    operation.getOperationId().isChanged());
        }
        if (operation.isDeprecated()) {
            changes.add(
                    ChangeKind.DEPRECATED, scope.pointingAt(pointer + "/deprecated"), label, "", DiffResult.COMPATIBLE);
        }
        parameters(operation, scope.at("parameters", Side.REQUEST, pointer + "/parameters"));
        requestBody(operation.getRequestBody(), scope.at("request body", Side.REQUEST, pointer + "/requestBody"));
        responses(operation.getApiResponses(), scope);
        changes.other(
                operation.getSecurityRequirements(),
                scope.pointingAt(pointer + "/security"),
                label,
                "security requirements changed");
        changes.extensions(operation.getExtensions(), scope, label);
    }

    private void parameters(ChangedOperation operation, ChangeScope scope) {
        ChangedParameters parameters = operation.getParameters();
        if (parameters == null) {
            return;
        }
        List<Parameter> oldParameters = operation.getOldOperation().getParameters();
        List<Parameter> newParameters = operation.getNewOperation().getParameters();
        DiffContext context = parameters.getContext();
        List<Parameter> added = new ArrayList<>(parameters.getIncreased());
        for (Parameter missing : parameters.getMissing()) {
            Optional<Parameter> renamed = renamedPathParameter(missing, added, context.getParameters());
            if (renamed.isPresent()) {
                added.remove(renamed.get());
                changes.add(
                        ChangeKind.PATH_PARAMETER_RENAMED,
                        at(scope, newParameters, renamed.get()),
                        parameterLabel(missing),
                        "{" + missing.getName() + "} → {" + renamed.get().getName() + "}",
                        parameters.isCoreChanged());
            } else {
                changes.add(
                        ChangeKind.PARAMETER_REMOVED,
                        at(scope, oldParameters, missing),
                        parameterLabel(missing),
                        "",
                        Changes.verdict(REQUEST_PARAMS_DECREASED, context));
            }
        }
        for (Parameter parameter : added) {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                changes.add(
                        ChangeKind.PARAMETER_ADDED_REQUIRED,
                        at(scope, newParameters, parameter),
                        parameterLabel(parameter),
                        "",
                        Changes.verdict(REQUEST_PARAMS_REQUIRED_INCREASED, context));
            } else {
                changes.add(
                        ChangeKind.PARAMETER_ADDED_OPTIONAL,
                        at(scope, newParameters, parameter),
                        parameterLabel(parameter),
                        "",
                        DiffResult.COMPATIBLE);
            }
        }
        for (ChangedParameter parameter : parameters.getChanged()) {
            parameter(parameter, at(scope, newParameters, parameter.getNewParameter()));
        }
    }

    /* The parameter's entry in the operation's list; one declared on the path item is pointed at by the list. */
    private static ChangeScope at(ChangeScope scope, List<Parameter> declared, Parameter parameter) {
        if (declared != null) {
            for (int i = 0; i < declared.size(); i++) {
                Parameter candidate = declared.get(i);
                if (Objects.equals(candidate.getName(), parameter.getName())
                        && Objects.equals(candidate.getIn(), parameter.getIn())) {
                    return scope.pointingAt(scope.pointer() + "/" + i);
                }
            }
        }
        return scope;
    }

    /* openapi-diff pairs /a/{id} with /a/{customer_id} and tells which template variable became which. */
    private static Optional<Parameter> renamedPathParameter(
            Parameter missing, List<Parameter> added, Map<String, String> renames) {
        if (!"path".equals(missing.getIn()) || !renames.containsKey(missing.getName())) {
            return Optional.empty();
        }
        String newName = renames.get(missing.getName());
        return added.stream()
                .filter(candidate ->
                        "path".equals(candidate.getIn()) && candidate.getName().equals(newName))
                .filter(candidate -> sameType(missing.getSchema(), candidate.getSchema()))
                .findFirst();
    }

    private static boolean sameType(Schema<?> left, Schema<?> right) {
        return left == null
                || right == null
                || Objects.equals(left.getType(), right.getType())
                        && Objects.equals(left.getFormat(), right.getFormat());
    }

    private static String parameterLabel(Parameter parameter) {
        return parameterLabel(parameter.getIn(), parameter.getName());
    }

    private static String parameterLabel(String in, String name) {
        return in + " parameter " + name;
    }

    private void parameter(ChangedParameter parameter, ChangeScope scope) {
        String label = parameterLabel(parameter.getIn(), parameter.getName());
        if (parameter.isChangeRequired()) {
            boolean required = Boolean.TRUE.equals(parameter.getNewParameter().getRequired());
            if (required) {
                changes.add(
                        ChangeKind.PARAMETER_MADE_REQUIRED,
                        scope.pointingAt(scope.pointer() + "/required"),
                        label,
                        "",
                        Changes.verdict(REQUEST_PARAMS_REQUIRED_INCREASED, parameter.getContext()));
            } else {
                changes.add(ChangeKind.PARAMETER_MADE_OPTIONAL, scope, label, "", DiffResult.COMPATIBLE);
            }
        }
        if (parameter.isChangeStyle() || parameter.isChangeExplode() || parameter.isChangeAllowEmptyValue()) {
            changes.add(
                    ChangeKind.PARAMETER_SERIALIZATION_CHANGED,
                    scope,
                    label,
                    "style, explode or allowEmptyValue",
                    parameter.isCoreChanged());
        }
        if (parameter.isDeprecated()) {
            changes.add(ChangeKind.DEPRECATED, scope, label, "", DiffResult.COMPATIBLE);
        }
        changes.documentation(parameter.getDescription(), scope, label, "description");
        changes.documentation(parameter.getExample(), scope, label, "example");
        changes.documentation(parameter.getExamples(), scope, label, "examples");
        schemas.schema(parameter.getSchema(), label, scope.pointingAt(scope.pointer() + "/schema"));
        content(parameter.getContent(), scope, label);
        changes.extensions(parameter.getExtensions(), scope, label);
    }

    private void requestBody(ChangedRequestBody body, ChangeScope scope) {
        if (body == null) {
            return;
        }
        if (body.isChangeRequired()) {
            boolean required = Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
            changes.add(
                    required ? ChangeKind.REQUEST_BODY_MADE_REQUIRED : ChangeKind.REQUEST_BODY_MADE_OPTIONAL,
                    scope.pointingAt(scope.pointer() + "/required"),
                    "request body",
                    "",
                    body.isCoreChanged());
        }
        changes.documentation(body.getDescription(), scope, "request body", "description");
        content(body.getContent(), scope, "request body");
        changes.extensions(body.getExtensions(), scope, "request body");
    }

    private void responses(ChangedApiResponse responses, ChangeScope scope) {
        if (responses == null) {
            return;
        }
        ChangeScope responseScope = scope.at("responses", Side.RESPONSE, scope.pointer() + "/responses");
        for (String status : responses.getMissing().keySet()) {
            changes.add(
                    ChangeKind.RESPONSE_STATUS_REMOVED,
                    status(responseScope, status),
                    "response " + status,
                    "",
                    Changes.verdict(RESPONSE_RESPONSES_DECREASED, responses.getContext()));
        }
        for (String status : responses.getIncreased().keySet()) {
            changes.add(
                    ChangeKind.RESPONSE_STATUS_ADDED,
                    status(responseScope, status),
                    "response " + status,
                    "",
                    DiffResult.COMPATIBLE);
        }
        responses.getChanged().forEach((status, response) -> response(status, response, status(responseScope, status)));
        changes.extensions(responses.getExtensions(), responseScope, "responses");
    }

    private static ChangeScope status(ChangeScope responses, String status) {
        return responses.pointingAt(Pointers.child(responses.pointer(), status));
    }

    private void response(String status, ChangedResponse response, ChangeScope statusScope) {
        String label = "response " + status;
        ChangeScope scope = statusScope.at(label, Side.RESPONSE, statusScope.pointer());
        changes.documentation(response.getDescription(), scope, label, "description");
        changes.other(response.getHeaders(), scope.pointingAt(scope.pointer() + "/headers"), label, "headers changed");
        content(response.getContent(), scope, label);
        changes.extensions(response.getExtensions(), scope, label);
    }

    private static ChangeScope mediaType(ChangeScope scope, String mediaType) {
        return scope.pointingAt(Pointers.child(scope.pointer() + "/content", mediaType));
    }

    private void content(ChangedContent content, ChangeScope scope, String label) {
        if (content == null) {
            return;
        }
        boolean request = scope.side() == Side.REQUEST;
        DiffResult removedVerdict =
                Changes.verdict(request ? REQUEST_CONTENT_DECREASED : RESPONSE_CONTENT_DECREASED, content.getContext());
        for (String mediaType : content.getMissing().keySet()) {
            changes.add(ChangeKind.MEDIA_TYPE_REMOVED, mediaType(scope, mediaType), label, mediaType, removedVerdict);
        }
        for (String mediaType : content.getIncreased().keySet()) {
            changes.add(
                    ChangeKind.MEDIA_TYPE_ADDED, mediaType(scope, mediaType), label, mediaType, DiffResult.COMPATIBLE);
        }
        content.getChanged().forEach((mediaType, changed) -> {
            ChangeScope media = mediaType(scope, mediaType);
            schemas.schema(changed.getSchema(), label + " body", media.pointingAt(media.pointer() + "/schema"));
            changes.documentation(changed.getExample(), media, label, "example");
            changes.documentation(changed.getExamples(), media, label, "examples");
        });
    }
}
