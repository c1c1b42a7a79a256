package dev.flexkit.sandbox.http.jetty;

import dev.flexkit.client.model.ErrorMessage;
import dev.flexkit.sandbox.http.JsonResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.http.HttpStatus;

/** Flex's {@code {"detail": "..."}} envelope, written below WireMock, where no response definition exists yet. */
final class JsonErrors {

    static final String CONTENT_TYPE = "application/json";

    private JsonErrors() {}

    /** @return {@code {"detail": "<the status's reason phrase>"}}: nothing of the request or of an exception */
    static byte[] detail(int status) {
        return detail(HttpStatus.getMessage(status));
    }

    static byte[] detail(String detail) {
        try {
            return JsonResponses.MAPPER.writeValueAsBytes(new ErrorMessage().detail(detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(HttpServletResponse response, int status, String detail) throws IOException {
        byte[] body = detail(detail);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
