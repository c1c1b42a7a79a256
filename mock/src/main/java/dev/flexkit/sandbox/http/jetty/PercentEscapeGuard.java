package dev.flexkit.sandbox.http.jetty;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Refuses a URL whose path or query has a broken percent-escape ({@code %4}, {@code %zz}, a trailing {@code %})
 * with 400 in Flex's envelope. WireMock and the contract validator decode URLs strictly and would fail on one
 * with a 500; no operation can mean anything by it.
 */
final class PercentEscapeGuard extends HandlerWrapper {

    static final String DETAIL = "Invalid percent-encoding in the URL";

    PercentEscapeGuard(Handler next) {
        setHandler(next);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpURI uri = baseRequest.getHttpURI();
        if (!wellEscaped(uri.getPath()) || !wellEscaped(uri.getQuery())) {
            baseRequest.setHandled(true);
            JsonErrors.send(response, 400, DETAIL);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }

    static boolean wellEscaped(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
