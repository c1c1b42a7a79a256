package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One fuzzed request, as bytes on the wire plus what the fuzzer meant by it.
 *
 * @param operation the contract operation it aims at, or null (an odd path or method)
 * @param key       the API key whose dataset it is about (sent with it, unless an {@code auth:} variant replaced it)
 * @param intent    what the sandbox must do with it
 * @param label     what was done to it, e.g. {@code valid}, {@code body:minimum:/customer/x}
 */
record FuzzRequest(
        String method,
        String target,
        List<Header> headers,
        byte[] body,
        ContractOperation operation,
        String key,
        Intent intent,
        String label) {

    record Header(String name, String value) {}

    /** What the sandbox must do with a request. */
    enum Intent {
        /** Keeps to the contract: it must not be refused for breaking it. */
        VALID,
        /** Keeps to the contract and carries unknown fields or parameters: Flex ignores those (issue 13, item 9). */
        VALID_WITH_UNKNOWN_FIELDS,
        /** Breaks the contract: it must be refused with a 4xx. */
        BREAKS_CONTRACT,
        /** Without a usable test-mode key: it must be answered 401. */
        UNAUTHENTICATED,
        /** Outside the contract or HTTP's norms (odd method, path, header, encoding): any answer but a 5xx. */
        HOSTILE
    }

    static FuzzRequest of(
            String method,
            String target,
            String key,
            byte[] body,
            ContractOperation operation,
            Intent intent,
            String label) {
        List<Header> headers = new ArrayList<>();
        if (key != null) {
            headers.add(new Header("Authorization", "Bearer " + key));
        }
        if (body != null) {
            headers.add(new Header("Content-Type", "application/json"));
        }
        return new FuzzRequest(method, target, headers, body, operation, key, intent, label);
    }

    FuzzRequest withIntent(Intent newIntent, String newLabel) {
        return new FuzzRequest(method, target, headers, body, operation, key, newIntent, newLabel);
    }

    FuzzRequest withTarget(String newTarget, Intent newIntent, String newLabel) {
        return new FuzzRequest(method, newTarget, headers, body, operation, key, newIntent, newLabel);
    }

    FuzzRequest withBody(byte[] newBody, Intent newIntent, String newLabel) {
        return new FuzzRequest(method, target, headers, newBody, operation, key, newIntent, newLabel);
    }

    FuzzRequest withMethod(String newMethod, Intent newIntent, String newLabel) {
        return new FuzzRequest(newMethod, target, headers, body, operation, key, newIntent, newLabel);
    }

    /** @param replaced headers of this name are dropped first; {@code value} null only drops them */
    FuzzRequest withHeader(String replaced, String name, String value, Intent newIntent, String newLabel) {
        List<Header> newHeaders = new ArrayList<>();
        for (Header header : headers) {
            if (!header.name().equalsIgnoreCase(replaced)) {
                newHeaders.add(header);
            }
        }
        if (value != null) {
            newHeaders.add(new Header(name, value));
        }
        return new FuzzRequest(method, target, newHeaders, body, operation, key, newIntent, newLabel);
    }

    /** @return a line to paste: {@code METHOD target (label)} */
    String describe() {
        return method + " " + abbreviate(target)
                + (body == null ? "" : " " + abbreviate(new String(body, StandardCharsets.UTF_8))) + " [" + label + "]";
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...(" + text.length() + " chars)";
    }

    /** @return the answer to this request, sent as it is on that connection */
    RawHttp.Response sendOn(RawHttp http) throws IOException {
        return http.exchange(method(), wireBytes(http.authority()));
    }

    byte[] wireBytes(String hostHeader) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostHeader).append("\r\n");
        for (Header header : headers) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            bytes.writeBytes(body);
        }
        return bytes.toByteArray();
    }
}
