package dev.flexkit.contract;

import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.interaction.request.RequestValidator;
import com.atlassian.oai.validator.interaction.response.ResponseValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.NormalisedPathImpl;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One contract's request and response checks as {@code OpenApiInteractionValidator} makes them, built from the
 * Atlassian validator's public parts so that two things can differ: the schema checks go through
 * {@link PrecheckedSchemaValidator}, and a caller that has routed the request already names the operation's path
 * template, which spares the validator's own search through every path (a regular expression compiled per
 * template part per request). Like the Atlassian validator, one thread at a time ({@link ValidatorPool}).
 */
final class ContractCheck {

    private final MessageResolver messages;
    private final ApiOperationResolver resolver;
    private final RequestValidator requests;
    private final ResponseValidator responses;
    private final String basePath;
    // "GET /v1/customers/{id}" → the operation as the resolver finds it for its own template.
    private final Map<String, ApiOperation> operations = new HashMap<>();

    ContractCheck(OpenAPI api, LevelResolver levels) {
        messages = new MessageResolver(levels);
        resolver = new ApiOperationResolver(api, null, false);
        PrecheckedSchemaValidator schemas = new PrecheckedSchemaValidator(api, messages);
        requests = new RequestValidator(schemas, messages, api, List.of());
        responses = new ResponseValidator(schemas, messages, api, List.of());
        basePath = basePath(api);
        api.getPaths()
                .forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    ApiOperationMatch match =
                            resolver.findApiOperation(template, Request.Method.valueOf(method.name()));
                    if (match.isOperationAllowed()
                            && match.getApiOperation().getApiPath().original().equals(template)) {
                        operations.put(method.name() + ' ' + template, match.getApiOperation());
                    }
                }));
    }

    /**
     * @param pathTemplate the template of the operation the caller routed the request to, or null to have the
     *                     validator find it
     */
    ValidationReport request(Request request, String pathTemplate) {
        return onOperation(
                request.getPath(),
                request.getMethod(),
                pathTemplate,
                operation -> requests.validateRequest(request, operation));
    }

    ValidationReport response(String path, Request.Method method, Response response) {
        return onOperation(path, method, null, operation -> responses.validateResponse(response, operation));
    }

    // OpenApiInteractionValidator.validateOnApiOperation, with no whitelist (the kit uses none).
    private ValidationReport onOperation(
            String path, Request.Method method, String pathTemplate, Function<ApiOperation, ValidationReport> check) {
        MessageContext context = MessageContext.create()
                .withRequestPath(path)
                .withRequestMethod(method)
                .build();
        ApiOperation routed = pathTemplate == null ? null : operations.get(method.name() + ' ' + pathTemplate);
        ApiOperation operation;
        if (routed != null) {
            operation = new ApiOperation(
                    routed.getApiPath(),
                    new NormalisedPathImpl(path, basePath),
                    routed.getMethod(),
                    routed.getOperation());
        } else {
            ApiOperationMatch match = resolver.findApiOperation(path, method);
            if (!match.isPathFound()) {
                return ValidationReport.singleton(messages.get("validation.request.path.missing", path))
                        .withAdditionalContext(context);
            }
            if (!match.isOperationAllowed()) {
                return ValidationReport.singleton(messages.get("validation.request.operation.notAllowed", method, path))
                        .withAdditionalContext(context);
            }
            operation = match.getApiOperation();
        }
        return check.apply(operation).withAdditionalContext(context);
    }

    // ApiOperationResolver.getBasePathFrom (package-private there): the path of the first server's URL.
    private static String basePath(OpenAPI api) {
        if (api.getServers() == null
                || api.getServers().isEmpty()
                || api.getServers().get(0).getUrl() == null) {
            return "/";
        }
        String url = api.getServers().get(0).getUrl();
        if (api.getServers().get(0).getVariables() != null) {
            for (var variable : api.getServers().get(0).getVariables().entrySet()) {
                String value = variable.getValue().getDefault();
                url = url.replace("{" + variable.getKey() + "}", value == null ? "" : value);
            }
        }
        try {
            return new URI(url).getPath();
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
