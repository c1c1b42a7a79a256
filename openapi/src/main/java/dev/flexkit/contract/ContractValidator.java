package dev.flexkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks requests and responses against a contract with the Atlassian swagger-request-validator and
 * reports each problem as a {@link ContractViolation} that names the operation, the field and the rule.
 */
public final class ContractValidator {

    private static final Set<String> UNROUTABLE =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final ValidatorPool<ContractCheck> checks;
    private final String contract;
    private volatile RequestBodySchemas bodySchemas;

    private ContractValidator(String contract) {
        this.contract = contract;
        // Parsed once: each check of the pool reads the same model (none of them changes it) with a schema
        // validator of its own.
        OpenAPI api = parse(contract);
        LevelResolver levels = LevelResolver.create()
                // Authentication is the server's business (401 in the Flex envelope), not a schema matter.
                .withLevel("validation.request.security", Level.IGNORE)
                .build();
        this.checks = new ValidatorPool<>(
                () -> new ContractCheck(api, levels), Runtime.getRuntime().availableProcessors());
    }

    /** @return the contract as the Atlassian validator reads it (its loader, its default parse options) */
    static OpenAPI parse(String contract) {
        return new OpenApiLoader().loadApi(SpecSource.inline(contract), List.of(), parseOptions());
    }

    private static ParseOptions parseOptions() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        return options;
    }

    /** @return the validator of the Flex API contract (one per JVM: parsing the contract is the costly part) */
    public static ContractValidator forFlexApi() {
        return FlexApi.VALIDATOR;
    }

    /** @return the validator of the sandbox's control API contract */
    public static ContractValidator forSandboxControl() {
        return SandboxControl.VALIDATOR;
    }

    // Each built on first use and shared: parsing a contract is costly. A holder of its own for each, so that
    // one is not parsed for the other's sake and two threads can parse both at once. Each holds a validator per
    // core (ValidatorPool): the Atlassian validator cannot serve two threads at once.
    private static final class FlexApi {
        static final ContractValidator VALIDATOR = new ContractValidator(FlexContract.read(FlexContract.FLEX_API));
    }

    private static final class SandboxControl {
        static final ContractValidator VALIDATOR =
                new ContractValidator(FlexContract.read(FlexContract.SANDBOX_CONTROL));
    }

    /**
     * @param request the request as sent
     * @return what the request breaks, empty when it keeps to the contract
     */
    public List<ContractViolation> checkRequest(Request request) {
        return checkRequest(request, null);
    }

    /**
     * @param request      the request as sent
     * @param pathTemplate the contract's path template of the operation the caller has routed the request to
     *                     ({@code /v1/customers/{id}}), which spares finding it again; null to have it found
     * @return what the request breaks, empty when it keeps to the contract
     */
    public List<ContractViolation> checkRequest(Request request, String pathTemplate) {
        ValidationReport report = checks.with(check -> check.request(request, pathTemplate));
        if (report.getMessages().isEmpty()) {
            return List.of();
        }
        RequestFindings findings = new RequestFindings(request);
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == Level.ERROR)
                .map(message -> toViolation(message, request.getMethod() + " " + request.getPath(), findings))
                .toList();
    }

    /**
     * @param request  the request the response answers
     * @param response the response as received
     * @return what the response breaks, empty when it keeps to the contract
     */
    public List<ContractViolation> checkResponse(Request request, Response response) {
        ValidationReport report =
                checks.with(check -> check.response(request.getPath(), request.getMethod(), response));
        return violations(report, request.getMethod() + " " + request.getPath()).stream()
                // A request the contract has no operation for has no response to check; checkRequest reports it.
                .filter(violation -> !UNROUTABLE.contains(violation.key()))
                .toList();
    }

    private List<ContractViolation> violations(ValidationReport report, String fallbackOperation) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == Level.ERROR)
                .map(message -> toViolation(message, fallbackOperation, null))
                .toList();
    }

    private ContractViolation toViolation(Message message, String fallbackOperation, RequestFindings findings) {
        MessageContext context = message.getContext().orElse(MessageContext.empty());
        String operation = context.getApiOperation()
                .map(op -> op.getOperation().getOperationId())
                .filter(id -> id != null && !id.isEmpty())
                .orElse(fallbackOperation);
        String part = message.getKey().startsWith("validation.response") ? "response" : "request";
        String field = context.getParameter()
                .map(p -> p.getIn() + " parameter " + p.getName())
                .or(() -> context.getPointers().map(MessageContext.Pointers::getInstance))
                .orElse("");
        String rule =
                context.getPointers().map(MessageContext.Pointers::getSchema).orElse(message.getKey());
        if (findings == null || context.getPointers().isEmpty()) {
            return new ContractViolation(
                    operation, part, field, rule, message.getKey(), text(message), List.of(), List.of());
        }
        String instance = context.getPointers().get().getInstance();
        return new ContractViolation(
                operation,
                part,
                field,
                rule,
                message.getKey(),
                text(message),
                findings.location(instance),
                properties(message, context, findings.at(instance)));
    }

    // Which properties a "required" or "additionalProperties" finding is about: the schema's own lists set
    // against the body, so that nothing depends on the wording of the validator's message.
    private List<String> properties(Message message, MessageContext context, JsonNode instance) {
        boolean missing = message.getKey().equals(ContractViolation.MISSING_PROPERTIES);
        boolean unexpected = message.getKey().equals(ContractViolation.UNEXPECTED_PROPERTIES);
        if (!(missing || unexpected)
                || instance == null
                || !instance.isObject()
                || context.getApiOperation().isEmpty()) {
            return List.of();
        }
        return bodySchemas()
                .find(
                        context.getApiOperation().get().getOperation(),
                        context.getPointers().get().getSchema())
                .map(schema -> {
                    Set<String> present = new LinkedHashSet<>();
                    instance.fieldNames().forEachRemaining(present::add);
                    if (missing) {
                        Set<String> absent = new LinkedHashSet<>(bodySchemas().required(schema));
                        absent.removeAll(present);
                        return List.copyOf(absent);
                    }
                    present.removeAll(bodySchemas().declared(schema));
                    return List.copyOf(present);
                })
                .orElse(List.of());
    }

    private RequestBodySchemas bodySchemas() {
        RequestBodySchemas schemas = bodySchemas;
        if (schemas == null) {
            schemas = new RequestBodySchemas(contract);
            bodySchemas = schemas;
        }
        return schemas;
    }

    // A oneOf failure only says "matched 0 schemas"; the reasons of each alternative are nested under it.
    private static String text(Message message) {
        if (message.getNestedMessages().isEmpty()) {
            return message.getMessage();
        }
        return message.getMessage()
                + message.getNestedMessages().stream()
                        .map(ContractValidator::text)
                        .collect(Collectors.joining("; ", " (", ")"));
    }
}
