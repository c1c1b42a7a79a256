package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.webhooks.WebhookDispatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the Flex API. WireMock hands it every request of the Flex API ({@link ContractRoutes}); it finds the
 * request's operation ({@link OperationRouter}), runs it against the caller's dataset and writes the answer.
 */
public final class FlexApiTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "flex-api";
    private final Datasets datasets;
    private final ContractValidator contract = ContractValidator.forFlexApi();
    private final RequestPipeline pipeline = new RequestPipeline(contract, "");
    private final Map<String, Operation> operations = new HashMap<>();
    private final OperationRouter router = new OperationRouter(ContractRoutes.operations());

    public FlexApiTransformer(Datasets datasets, WebhookDispatcher webhooks) {
        this.datasets = datasets;
        WebhookOperations.register(operations, webhooks);
        CheckoutSessionOperations.register(operations);
        CustomerOperations.register(operations);
        CatalogOperations.register(operations);
        SubscriptionOperations.register(operations);
        InvoiceOperations.register(operations);
        RefundOperations.register(operations);
        CaptureOperations.register(operations);
        DiscountOperations.register(operations);
    }

    /** @return whether the sandbox implements this operation of the contract */
    public boolean implementsOperation(String operationId) {
        return operations.containsKey(operationId);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = RequestUrls.of(request.getUrl()).path();
        Optional<OperationRouter.Route> route = router.route(request.getMethod().getName(), path);
        if (route.isEmpty()) {
            return unmatched(request);
        }
        String operationId = route.get().operationId();
        Operation operation = operations.get(operationId);
        PathTemplate template = route.get().template();
        return pipeline.serve(request, route.get().path(), apiKey -> {
            Dataset dataset = datasets.forKey(apiKey);
            Supplier<ResponseDefinition> run = () -> IdempotentReplays.serve(
                    dataset.idempotency(),
                    request,
                    () -> pipeline.answer(
                            request,
                            () -> JsonResponses.json(
                                    200, operation.handle(new ApiCall(dataset, request, template.parse(path))))));
            return dataset.faults()
                    .meet(operationId)
                    .map(fault -> FaultInjection.apply(fault, run))
                    .orElseGet(run);
        });
    }

    // FastAPI's answers for a path it does not have, or a method the path does not take.
    private ResponseDefinition unmatched(Request request) {
        List<ContractViolation> violations;
        try {
            violations = contract.checkRequest(ContractRequests.of(request, ""));
        } catch (RuntimeException unreadable) {
            return JsonResponses.detail(404, "Not Found");
        }
        boolean wrongMethod =
                violations.stream().anyMatch(v -> v.key().equals("validation.request.operation.notAllowed"));
        return wrongMethod ? JsonResponses.detail(405, "Method Not Allowed") : JsonResponses.detail(404, "Not Found");
    }
}
