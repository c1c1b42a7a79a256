package dev.flexkit.contract.http;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.contract.QueryStrings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * An HttpClient 5 exec interceptor (add it first, to see bodies decompressed) that checks every request it sends and every response it receives against
 * the contract: the Flex API's for {@code /v1/...}, the sandbox control API's for {@code /__admin/flex/...}.
 * What breaks the contract goes to the given consumer; the exchange itself is left untouched.
 * <p>
 * A request sent on purpose against the contract (a malformed body, a missing field) is marked with
 * {@link #DELIBERATELY_INVALID_REQUEST} in its context: its response is still checked.
 */
public final class ContractCheckingInterceptor implements ExecChainHandler {

    /** HttpContext attribute: set to {@code Boolean.TRUE} to skip the check of this request (not of its response). */
    public static final String DELIBERATELY_INVALID_REQUEST = "dev.flexkit.contract.deliberatelyInvalidRequest";

    private static final String CONTROL_PREFIX = "/__admin/flex/";

    private final ContractValidator flexApi = ContractValidator.forFlexApi();
    private final ContractValidator sandboxControl = ContractValidator.forSandboxControl();
    private final Consumer<List<ContractViolation>> violations;

    /** @param violations receives the violations of each exchange that has any */
    public ContractCheckingInterceptor(Consumer<List<ContractViolation>> violations) {
        this.violations = violations;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        byte[] requestBody = bufferEntity(request.getEntity(), request::setEntity);
        Request checked = toContractRequest(request, requestBody);
        ContractValidator contract = checked.getPath().startsWith(CONTROL_PREFIX) ? sandboxControl : flexApi;
        List<ContractViolation> found = new ArrayList<>();
        if (!Boolean.TRUE.equals(scope.clientContext.getAttribute(DELIBERATELY_INVALID_REQUEST))) {
            found.addAll(contract.checkRequest(checked));
        }

        ClassicHttpResponse response = chain.proceed(request, scope);

        byte[] responseBody = bufferEntity(response.getEntity(), response::setEntity);
        SimpleResponse.Builder received = SimpleResponse.Builder.status(response.getCode());
        for (Header header : response.getHeaders()) {
            received.withHeader(header.getName(), header.getValue());
        }
        if (responseBody != null && responseBody.length > 0) {
            received.withBody(responseBody);
        }
        found.addAll(contract.checkResponse(checked, received.build()));
        if (!found.isEmpty()) {
            violations.accept(found);
        }
        return response;
    }

    // Reads the body once and puts back a repeatable copy, so that neither the server nor the caller misses it.
    private static byte[] bufferEntity(HttpEntity entity, Consumer<HttpEntity> replace) throws IOException {
        if (entity == null) {
            return null;
        }
        byte[] bytes = EntityUtils.toByteArray(entity);
        replace.accept(new ByteArrayEntity(
                bytes,
                entity.getContentType() == null ? null : ContentType.parse(entity.getContentType()),
                entity.getContentEncoding()));
        return bytes;
    }

    private static Request toContractRequest(ClassicHttpRequest request, byte[] body) {
        URI uri;
        try {
            uri = request.getUri();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Unparsable request URI " + request.getRequestUri(), e);
        }
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), uri.getPath());
        for (Header header : request.getHeaders()) {
            builder.withHeader(header.getName(), header.getValue());
        }
        if (request.getEntity() != null
                && request.getEntity().getContentType() != null
                && request.getFirstHeader("Content-Type") == null) {
            builder.withContentType(request.getEntity().getContentType());
        }
        QueryStrings.addTo(builder, uri.getRawQuery());
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }
}
