package dev.flexkit.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The merchant's site of a browser test, on loopback: the pages {@code success_url} and {@code cancel_url} point
 * at, so that the browser really lands somewhere.
 */
final class MerchantSite implements AutoCloseable {

    private final HttpServer server;

    MerchantSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/thanks", exchange -> page(exchange, "Thank you for your order"));
        server.createContext("/cart", exchange -> page(exchange, "Your cart"));
        server.start();
    }

    /** @return e.g. {@code http://127.0.0.1:41234} */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void page(HttpExchange exchange, String title) throws IOException {
        byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body><h1>" + title
                        + "</h1></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
