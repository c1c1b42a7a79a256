package dev.flexkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A webhook receiver for tests: a JDK HTTP server on a free loopback port that records every request it gets and
 * answers with the status it is told, or hangs until released.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request the receiver got: its headers (names in lower case) and its raw body. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private volatile CountDownLatch hang = new CountDownLatch(0);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        received.add(new Received(headers, body));
        try {
            hang.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(status.get(), -1);
        exchange.close();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    /** Every request from now on is answered with this status. */
    public WebhookReceiver answering(int status) {
        this.status.set(status);
        return this;
    }

    /** Every request from now on waits until {@link #release()} before it is answered. */
    public WebhookReceiver hanging() {
        hang = new CountDownLatch(1);
        return this;
    }

    public void release() {
        hang.countDown();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** @return the requests got so far that match, after waiting up to 20 s for at least {@code count} of them */
    public List<Received> await(int count, Predicate<Received> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Received> found = received.stream().filter(matching).toList();
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    /** @return whether the body is an event of this type */
    public static Predicate<Received> ofType(String eventType) {
        return request -> request.body().contains("\"event_type\":\"" + eventType + "\"");
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
