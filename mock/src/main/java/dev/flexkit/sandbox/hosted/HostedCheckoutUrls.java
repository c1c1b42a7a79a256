package dev.flexkit.sandbox.hosted;

import com.github.tomakehurst.wiremock.http.Request;

/**
 * Where the sandbox serves its hosted checkout page: Flex's path ({@code /pay/c/fcs_...}, as on
 * {@code https://checkout.withflex.com}) on the sandbox's own origin, the one the merchant reached it on when it
 * created the session. The origin comes from that request's {@code Host}, so a sandbox on port 0, behind a
 * container's port mapping or on another interface hands out a page the merchant's tests can open; it is the
 * merchant's own request, so no one else can change it.
 */
public final class HostedCheckoutUrls {

    /** Flex's path of the hosted page; the session id follows. */
    public static final String PATH = "/pay/c/";

    private HostedCheckoutUrls() {}

    /** Flex's own hosted page, for a session the sandbox's HTTP API did not create. */
    static final String FLEX_ORIGIN = "https://checkout.withflex.com";

    /**
     * @param origin the session's {@code hostedPageOrigin}, or {@code null} for Flex's own page
     * @return e.g. {@code http://127.0.0.1:8089/pay/c/fcs_01HW...}
     */
    public static String of(String origin, String sessionId) {
        return (origin == null ? FLEX_ORIGIN : origin) + PATH + sessionId;
    }

    /** @return the request's scheme, host and port, as a browser writes them in {@code Origin} */
    public static String origin(Request request) {
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
