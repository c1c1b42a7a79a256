package dev.flexkit.sandbox.http.jetty;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Of WireMock's admin surface ({@code /__admin/...}) only the sandbox's control API answers, and it checks the
 * caller's API key like the Flex API. The rest is key-less (mappings, requests, settings, shutdown, the recorder,
 * swagger-ui): one caller could add a stub every key then gets, or stop the sandbox for everyone. It answers 404
 * like any path the sandbox does not have, and so does a path the control API's contract does not declare (WireMock's
 * admin router would answer it with an empty body); a declared path with another method gets 405.
 */
final class AdminSurfaceGuard extends HandlerWrapper {

    private static final String ADMIN = "/__admin";

    // Read on the first admin request rather than while the server is set up: most of the sandbox's callers
    // reach the Flex API first, and the contract's parse need not delay the server's first answer.
    private static final class ControlApi {
        static final ControlApiPaths PATHS = new ControlApiPaths();
    }

    AdminSurfaceGuard(Handler next) {
        setHandler(next);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = baseRequest.getHttpURI().getDecodedPath();
        if (path != null && isAdmin(path)) {
            Optional<Set<String>> methods = ControlApi.PATHS.methodsAt(path);
            if (methods.isEmpty()) {
                baseRequest.setHandled(true);
                JsonErrors.send(response, 404, "Not Found");
                return;
            }
            if (!methods.get().contains(request.getMethod())) {
                baseRequest.setHandled(true);
                JsonErrors.send(response, 405, "Method Not Allowed");
                return;
            }
        }
        super.handle(target, baseRequest, request, response);
    }

    private static boolean isAdmin(String path) {
        return path.equals(ADMIN) || path.startsWith(ADMIN + "/");
    }
}
