package dev.flexkit.sandbox.hosted;

import com.github.tomakehurst.wiremock.http.Request;

/**
 * Where the sandbox serves its hosted checkout page: Flex's path ({@code /pay/c/fcs_...}, as on
 * {@code https://checkout.withflex.com}) on the sandbox's own origin, the one the caller reached it on. The origin
 * comes from each request's {@code Host}, so a sandbox on port 0, behind a container's port mapping or on another
 * interface hands out a page the caller can open; it is the caller's own request, so no one else can change it.
 */
public final class HostedCheckoutUrls {

    /** Flex's path of the hosted page; the session id follows. */
    public static final String PATH = "/pay/c/";

    private HostedCheckoutUrls() {}

    /** @return e.g. {@code http://127.0.0.1:8089/pay/c/fcs_01HW...} */
    public static String of(Request request, String sessionId) {
        return origin(request) + PATH + sessionId;
    }

    /** @return the request's scheme, host and port, as a browser writes them in {@code Origin} */
    static String origin(Request request) {
        String scheme = request.getScheme();
        String host = request.getHost();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getPort();
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
