package dev.flexkit.conformance.target;

import dev.flexkit.contract.ContractViolation;
import dev.flexkit.contract.http.ContractCheckingInterceptor;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;

/**
 * The one HttpClient of the suite. Every exchange is checked against the contract, and a violation fails the
 * step that made it at once, naming the operation, the field and the rule. A {@code 429} (or {@code 503}) is
 * retried after the time its {@code Retry-After} asks for, by HttpClient's own retry strategy.
 */
public final class FlexHttp {

    private static final CloseableHttpClient CLIENT = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(32)
                    .setMaxConnPerRoute(32)
                    .build())
            .setRetryStrategy(new DefaultHttpRequestRetryStrategy(3, TimeValue.ofSeconds(1)))
            // First, so it sees what the caller sees: after retries, bodies decompressed.
            .addExecInterceptorFirst("contract-check", new ContractCheckingInterceptor(FlexHttp::failOn))
            .build();

    private FlexHttp() {}

    public static CloseableHttpClient client() {
        return CLIENT;
    }

    private static void failOn(List<ContractViolation> violations) {
        throw new ContractViolationError(violations.stream()
                .map(ContractViolation::describe)
                .collect(Collectors.joining("\n  ", "The exchange broke the contract (openapi/):\n  ", "")));
    }

    /** Thrown from inside the HTTP exchange; an Error, so that no client code takes it for an HTTP failure. */
    public static final class ContractViolationError extends AssertionError {

        private static final long serialVersionUID = 1L;

        ContractViolationError(String message) {
            super(message);
        }
    }
}
