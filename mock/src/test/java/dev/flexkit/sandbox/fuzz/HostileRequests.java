package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Variants of a valid request that attack the HTTP layer rather than the schemas: keys that are missing, live,
 * differently cased or huge; odd headers, methods and paths; bad percent-escapes; WireMock's own admin API.
 */
final class HostileRequests {

    private HostileRequests() {}

    static List<FuzzRequest> of(FuzzRequest valid) {
        List<FuzzRequest> hostile = new ArrayList<>();
        String key = valid.key();
        String auth = "Authorization";
        hostile.add(valid.withHeader(auth, auth, null, Intent.UNAUTHENTICATED, "auth:none"));
        hostile.add(valid.withHeader(auth, auth, "Basic Zm9vOmJhcg==", Intent.UNAUTHENTICATED, "auth:basic"));
        hostile.add(valid.withHeader(auth, auth, "Bearer ", Intent.UNAUTHENTICATED, "auth:empty"));
        hostile.add(valid.withHeader(auth, auth, "Bearer fsk_live_fuzz", Intent.UNAUTHENTICATED, "auth:live-key"));
        hostile.add(valid.withHeader(
                auth,
                auth,
                "Bearer " + key.toUpperCase(Locale.ROOT),
                Intent.UNAUTHENTICATED,
                "auth:upper-case-prefix"));
        hostile.add(
                valid.withHeader(auth, auth, "Bearer " + key + " " + key, Intent.UNAUTHENTICATED, "auth:two-tokens"));
        hostile.add(valid.withHeader(
                auth, auth, "Bearer fsk_test_" + "k".repeat(64 * 1024), Intent.BREAKS_CONTRACT, "auth:64KiB"));
        hostile.add(valid.withHeader("Accept", "Accept", "text/html", Intent.HOSTILE, "header:accept-html"));
        hostile.add(valid.withHeader("X-Fuzz", "X-Fuzz", "é\u00ff", Intent.HOSTILE, "header:latin1-value"));

        for (String method : List.of("PUT", "DELETE", "TRACE", "PROPFIND", "FUZZ")) {
            hostile.add(valid.withMethod(method, Intent.BREAKS_CONTRACT, "method:" + method));
        }
        for (String method : List.of("OPTIONS", "HEAD", valid.method().toLowerCase(Locale.ROOT))) {
            hostile.add(valid.withMethod(method, Intent.HOSTILE, "method:" + method));
        }

        String target = valid.target();
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question);
        hostile.add(valid.withTarget(path + "/" + query, Intent.HOSTILE, "path:trailing-slash"));
        hostile.add(valid.withTarget("/" + target, Intent.HOSTILE, "path:double-slash"));
        hostile.add(valid.withTarget(path + "/%4" + query, Intent.BREAKS_CONTRACT, "path:bad-escape"));
        hostile.add(valid.withTarget(path + "%zz" + query, Intent.BREAKS_CONTRACT, "path:bad-escape-zz"));
        hostile.add(valid.withTarget(path + "?x=%", Intent.HOSTILE, "query:bad-escape"));
        hostile.add(valid.withTarget(path + "?x=%G1&limit=%", Intent.HOSTILE, "query:bad-escapes"));
        hostile.add(valid.withTarget(path + "%00" + query, Intent.BREAKS_CONTRACT, "path:nul"));
        hostile.add(valid.withTarget(path + "/%2e%2e/%2e%2e" + query, Intent.HOSTILE, "path:dot-dot"));
        hostile.add(valid.withTarget(
                "/v1/customers/..%2f..%2f__admin%2fmappings", Intent.BREAKS_CONTRACT, "path:encoded-traversal"));
        hostile.add(valid.withTarget(path + "/" + "a".repeat(20_000), Intent.BREAKS_CONTRACT, "path:20k"));
        hostile.add(valid.withTarget(
                new String((path + "/é").getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                Intent.HOSTILE,
                "path:raw-utf8"));
        hostile.add(valid.withTarget("/v1/fuzz_unknown", Intent.BREAKS_CONTRACT, "path:unknown"));
        hostile.add(valid.withTarget("/__admin/flex/fuzz_unknown", Intent.BREAKS_CONTRACT, "path:unknown-control"));

        // WireMock's own admin API (issue 13, item 2): closed, whatever the key.
        for (String admin : List.of(
                "/__admin/mappings",
                "/__admin/requests",
                "/__admin/settings",
                "/__admin/",
                "/__admin/docs",
                "/__admin/recorder/status",
                "/__admin/scenarios",
                "/__admin/files",
                "/__admin/near-misses/request")) {
            hostile.add(FuzzRequest.of("GET", admin, key, null, null, Intent.BREAKS_CONTRACT, "admin:GET " + admin));
        }
        hostile.add(FuzzRequest.of(
                "POST",
                "/__admin/mappings",
                key,
                "{\"request\":{\"url\":\"/fuzz-probe\"},\"response\":{\"status\":200}}"
                        .getBytes(StandardCharsets.UTF_8),
                null,
                Intent.BREAKS_CONTRACT,
                "admin:POST /__admin/mappings"));
        return hostile;
    }
}
