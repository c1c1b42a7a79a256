package dev.flexkit.client;

import java.io.IOException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each attempt's body whole before the retry strategy sees the attempt, so that a reset or truncated
 * body is a failed attempt (retried when safe) and the connection goes back to the pool at once. Flex's answers
 * are small JSON documents. Logs each attempt (never a header value other than the idempotency key and the
 * request id).
 */
final class BufferedResponseExec implements ExecChainHandler {

    static final String NAME = "flex-buffered-response";
    private static final String ATTEMPTS = BufferedResponseExec.class.getName() + ".attempts";
    private static final Logger LOG = LoggerFactory.getLogger("dev.flexkit.client");

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        Integer previous = (Integer) scope.clientContext.getAttribute(ATTEMPTS);
        int attempt = previous == null ? 1 : previous + 1;
        scope.clientContext.setAttribute(ATTEMPTS, attempt);
        RetryableCall call = (RetryableCall) scope.clientContext.getAttribute(RetryableCall.ATTRIBUTE);
        String operation = call == null ? request.getMethod() : call.describe();
        String key = call == null ? null : call.idempotencyKey();
        ClassicHttpResponse response;
        try {
            response = chain.proceed(request, scope);
        } catch (IOException | HttpException | RuntimeException e) {
            LOG.debug("{} attempt {} failed without an answer: {} (idempotency key {})", operation, attempt, e.toString(), key);
            throw e;
        }
        try {
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                byte[] body = EntityUtils.toByteArray(entity);
                response.setEntity(new ByteArrayEntity(body, contentType(entity)));
            }
        } catch (IOException | RuntimeException e) {
            response.close();
            LOG.debug("{} attempt {}: {} with a body cut short: {} (idempotency key {}, request id {})", operation, attempt,
                    response.getCode(), e.toString(), key, requestId(response));
            throw e;
        }
        LOG.debug("{} attempt {}: {} (idempotency key {}, request id {})", operation, attempt, response.getCode(), key,
                requestId(response));
        return response;
    }

    static String requestId(ClassicHttpResponse response) {
        Header header = response.getFirstHeader("X-Request-Id");
        if (header == null) {
            header = response.getFirstHeader("Request-Id");
        }
        return header == null ? null : header.getValue();
    }

    private static ContentType contentType(HttpEntity entity) {
        return entity.getContentType() == null ? null : ContentType.parseLenient(entity.getContentType());
    }
}
