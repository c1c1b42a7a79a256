package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.sandbox.domain.CardDeclinedException;
import dev.flexkit.sandbox.domain.InvalidStateException;
import dev.flexkit.sandbox.domain.NotFoundException;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every request of the Flex API and of the control API goes through, in FastAPI's order: the key is
 * checked (401), then that a JSON body is one well-formed document (422), then the request against the contract
 * (422; fields and query parameters the contract does not know are ignored, as FastAPI does, and named in a
 * response header), then the operation runs; what the domain refuses becomes Flex's error envelope. Every refusal
 * happens before the domain changes anything.
 */
public final class RequestPipeline {

    private static final Logger LOG = Logger.getLogger(RequestPipeline.class.getName());

    private final ContractValidator contract;
    private final String mountPath;

    /**
     * @param mountPath the path the requests' URLs are relative to: empty for the Flex API, {@code /__admin} for the
     *                  control API
     */
    public RequestPipeline(ContractValidator contract, String mountPath) {
        this.contract = contract;
        this.mountPath = mountPath;
    }

    // A body sent as another media type is the contract check's to refuse (415-like 422 on Content-Type).
    private static boolean isJson(Request request) {
        String contentType = request.getHeader("Content-Type");
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /**
     * @param operation runs the operation for the dataset of the given API key
     */
    public ResponseDefinition serve(Request request, Function<String, ResponseDefinition> operation) {
        return serve(request, null, operation);
    }

    /**
     * @param pathTemplate the contract's path template of the operation the request was routed to, which the
     *                     contract check then need not find again; null to have it found
     * @param operation    runs the operation for the dataset of the given API key
     */
    public ResponseDefinition serve(
            Request request, String pathTemplate, Function<String, ResponseDefinition> operation) {
        IgnoredFields checked = IgnoredFields.NONE;
        try {
            String apiKey = ApiKeys.authenticate(request.getHeader("Authorization"));
            Optional<Problem> unreadable = isJson(request) ? RequestBodies.check(request) : Optional.empty();
            if (unreadable.isPresent()) {
                return JsonResponses.problems(422, List.of(unreadable.get()));
            }
            checked = IgnoredFields.split(contract.checkRequest(ContractRequests.of(request, mountPath), pathTemplate));
            if (!checked.refusals().isEmpty()) {
                return checked.tell(JsonResponses.problems(422, ContractProblems.of(checked.refusals())));
            }
            return checked.tell(operation.apply(apiKey));
        } catch (UnauthorizedException e) {
            return JsonResponses.unauthorized(e.getMessage());
        } catch (RuntimeException e) {
            return checked.tell(refusal(request, e));
        }
    }

    /**
     * Runs an operation that is authenticated and checked already, and turns what the domain refuses into Flex's
     * envelope: the answer as the caller will get it (what {@link IdempotentReplays} keeps).
     */
    public ResponseDefinition answer(Request request, Supplier<ResponseDefinition> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            return refusal(request, e);
        }
    }

    private static ResponseDefinition refusal(Request request, RuntimeException refused) {
        if (refused instanceof NotFoundException e) {
            return JsonResponses.detail(404, e.detail());
        }
        if (refused instanceof RuleViolationException e) {
            return JsonResponses.problems(422, e.problems());
        }
        if (refused instanceof InvalidStateException e) {
            return JsonResponses.problems(400, List.of(e.problem()));
        }
        if (refused instanceof CardDeclinedException e) {
            return JsonResponses.problems(402, List.of(e.problem()));
        }
        // A bug of the sandbox, never the caller's input: say so plainly rather than pretend it was a 4xx.
        LOG.log(Level.SEVERE, "Sandbox failure on " + request.getMethod() + " " + request.getUrl(), refused);
        return JsonResponses.detail(500, "Internal Server Error");
    }
}
