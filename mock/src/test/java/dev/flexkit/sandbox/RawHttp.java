package dev.flexkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, one keep-alive connection: it sends exactly the bytes it is given, so it can send
 * what {@code java.net.http.HttpClient} and HttpClient 5 refuse to (bad percent-escapes, odd methods, raw header
 * values, huge headers, bytes that are not UTF-8), and it sends several requests on one connection, as a CI job's
 * pooled client would. It connects on the first request and again after the server closed the connection.
 */
public final class RawHttp implements AutoCloseable {

    private static final int TIMEOUT_MS = 30_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** @return {@code host:port}, as a Host header names the server */
    public String authority() {
        return host + ":" + port;
    }

    /**
     * What came back.
     *
     * @param headers by name, whatever its case
     * @param body empty when there was none
     */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** One request: {@code headers} are sent as given after {@code Host: localhost}; Content-Length is added. */
    public Response send(String method, String target, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return sendBytes(method, target, headers, content);
    }

    /** {@link #send(String, String, Map, String)} with a body of any bytes. */
    public Response sendBytes(String method, String target, Map<String, String> headers, byte[] content) {
        StringBuilder head =
                new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (content.length > 0 || method.equals("POST") || method.equals("PATCH")) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        wire.writeBytes(content);
        try {
            return exchange(method, wire.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param method the request's method, which decides whether the response has a body
     * @param request the whole request, as it goes on the wire
     * @return the response
     */
    public Response exchange(String method, byte[] request) throws IOException {
        boolean reused = socket != null;
        try {
            return once(method, request);
        } catch (IOException e) {
            close();
            // The server may close an idle keep-alive connection at any time; only then is a resend safe.
            if (reused && e instanceof NothingReadException) {
                return once(method, request);
            }
            throw e;
        }
    }

    private Response once(String method, byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream());
        }
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        Response response = read(method);
        String connection = response.header("Connection");
        if (connection != null && connection.equalsIgnoreCase("close")) {
            close();
        }
        return response;
    }

    private Response read(String method) throws IOException {
        String statusLine = line(true);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("Not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String header = line(false); !header.isEmpty(); header = line(false)) {
            int colon = header.indexOf(':');
            headers.merge(
                    header.substring(0, colon).trim(),
                    header.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body;
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
            body = chunked();
        } else if (headers.containsKey("Content-Length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Response(status, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line(false);
        }
        for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
            // trailers are not used by the sandbox
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String size = line(false);
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
    }

    private String line(boolean first) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (first && line.size() == 0) {
                    throw new NothingReadException();
                }
                throw new IOException("Connection closed mid-response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }

    /** The connection ended before the first byte of a response. */
    private static final class NothingReadException extends IOException {
        private static final long serialVersionUID = 1L;

        NothingReadException() {
            super("Connection closed before a response");
        }
    }
}
