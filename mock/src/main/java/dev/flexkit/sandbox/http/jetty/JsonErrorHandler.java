package dev.flexkit.sandbox.http.jetty;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What Jetty answers when it refuses a request before the sandbox sees it (a malformed request line, headers too
 * large, an ambiguous path) or when something fails below the sandbox: {@code {"detail": "<reason>"}}, as JSON,
 * for every method, and never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        byte[] body = JsonErrors.detail(code);
        baseRequest.setHandled(true);
        response.setContentType(JsonErrors.CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonErrors.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonErrors.detail(status));
    }
}
