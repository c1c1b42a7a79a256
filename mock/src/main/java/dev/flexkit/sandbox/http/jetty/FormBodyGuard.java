package dev.flexkit.sandbox.http.jetty;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Refuses an {@code application/x-www-form-urlencoded} body that cannot be decoded (a broken percent-escape, bytes
 * that are not of its charset) with 400 in Flex's envelope. WireMock decodes every such body before any extension
 * runs, with Jetty's {@link UrlEncoded}, and a body it cannot read would be a 500; this decodes it the same way first.
 * The hosted checkout page's forms come this way, and so can anything sent to the Flex API.
 */
final class FormBodyGuard extends HandlerWrapper {

    static final String DETAIL = "The form body cannot be decoded";

    FormBodyGuard(Handler next) {
        setHandler(next);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.contains("application/x-www-form-urlencoded")) {
            super.handle(target, baseRequest, request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (!decodable(body, charsetOf(request))) {
            baseRequest.setHandled(true);
            JsonErrors.send(response, 400, DETAIL);
            return;
        }
        super.handle(target, baseRequest, new ReadBody(request, body), response);
    }

    // WireMock's choice: the request's charset, else the platform's.
    private static Charset charsetOf(HttpServletRequest request) {
        try {
            String name = request.getCharacterEncoding();
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException unknownCharset) {
            return null;
        }
    }

    private static boolean decodable(byte[] body, Charset charset) {
        if (charset == null) {
            return false;
        }
        try {
            UrlEncoded.decodeTo(new String(body, charset), new MultiMap<>(), charset);
            // Jetty decodes UTF-8 escapes strictly, other charsets leniently: check UTF-8 bytes the strict way.
            if (charset.equals(StandardCharsets.UTF_8)) {
                UrlEncoded.decodeUtf8To(new String(body, StandardCharsets.ISO_8859_1), new MultiMap<>());
            }
            return true;
        } catch (RuntimeException undecodable) {
            return false;
        }
    }

    /** The request with its body already read, for WireMock to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }
    }
}
