package dev.flexkit.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.flexkit.sandbox.control.ControlApi;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import dev.flexkit.sandbox.hosted.HostedCheckoutPage;
import dev.flexkit.sandbox.hosted.HostedCheckoutRoute;
import dev.flexkit.sandbox.http.ContractRoutes;
import dev.flexkit.sandbox.http.EventViews;
import dev.flexkit.sandbox.http.FlexApiTransformer;
import dev.flexkit.sandbox.http.OnDemandHttpClientFactory;
import dev.flexkit.sandbox.http.jetty.SandboxHttpServerFactory;
import dev.flexkit.sandbox.webhooks.DeliveryTargets;
import dev.flexkit.sandbox.webhooks.WebhookDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Flex sandbox: a WireMock server that answers the Flex API from per-key state and the documented rules,
 * with a control API under {@code /__admin/flex/}.
 *
 * <pre>{@code
 * try (FlexSandbox sandbox = FlexSandbox.start(0)) {
 *     ApiClient client = new ApiClient().setBasePath(sandbox.baseUrl()).setBearerToken("fsk_test_mine");
 *     ...
 * }
 * }</pre>
 * In JUnit 5 tests, {@link FlexSandboxExtension} does this for each test class. To run it under WireMock's own
 * JUnit extension instead, give {@link #configure} to {@code WireMockExtension.newInstance().options(...)}; to load it
 * into a WireMock server of your own, {@link FlexSandboxExtensionFactory}.
 */
public final class FlexSandbox implements AutoCloseable {

    private final WireMockServer server;
    private final Datasets datasets;
    private final WebhookDispatcher webhooks;

    private FlexSandbox(WireMockServer server, Datasets datasets, WebhookDispatcher webhooks) {
        this.server = server;
        this.datasets = datasets;
        this.webhooks = webhooks;
    }

    /** The address the sandbox listens on unless told otherwise: it accepts any test key, so only this machine. */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * @param port the port to listen on, 0 for any free port
     * @return a running sandbox with empty datasets, listening on the loopback interface
     */
    public static FlexSandbox start(int port) {
        return start(port, null);
    }

    /**
     * @param startingSeed the dataset every API key starts with, or {@code null} for empty datasets
     */
    public static FlexSandbox start(int port, Drafts.Seed startingSeed) {
        return start(LOOPBACK, port, startingSeed);
    }

    /**
     * @param bindAddress the interface to listen on: {@link #LOOPBACK}, or e.g. {@code 0.0.0.0} for every interface
     */
    public static FlexSandbox start(String bindAddress, int port, Drafts.Seed startingSeed) {
        return start(bindAddress, port, startingSeed, DEFAULT_THREADS);
    }

    /** WireMock's default pool: enough for 64 keep-alive connections on 2 cores, where each answer takes < 1 ms. */
    public static final int DEFAULT_THREADS = 25;

    /**
     * @param threads the size of Jetty's thread pool (the acceptor and the selectors take 3 of them)
     */
    public static FlexSandbox start(String bindAddress, int port, Drafts.Seed startingSeed, int threads) {
        return start(bindAddress, port, () -> startingSeed, OffSessionRules.DOCUMENTED, threads);
    }

    /**
     * @param rules the off-session rules the sandbox applies: {@link OffSessionRules#DOCUMENTED}, or, to prove that
     *              a suite notices, {@link OffSessionRules#without} one of them
     * @return a sandbox on the loopback interface
     */
    public static FlexSandbox start(int port, Drafts.Seed startingSeed, OffSessionRules rules) {
        return start(LOOPBACK, port, () -> startingSeed, rules, DEFAULT_THREADS);
    }

    /**
     * The standalone jar's start: the server listens while the seed file is still being checked (on another thread),
     * and the first dataset waits for it.
     */
    static FlexSandbox start(String bindAddress, int port, Supplier<Drafts.Seed> startingSeed, int threads) {
        return start(bindAddress, port, startingSeed, OffSessionRules.DOCUMENTED, threads);
    }

    private static FlexSandbox start(
            String bindAddress, int port, Supplier<Drafts.Seed> startingSeed, OffSessionRules rules, int threads) {
        Datasets datasets = new Datasets(startingSeed, rules);
        WebhookDispatcher webhooks = webhooks(datasets);
        WireMockServer server = new WireMockServer(configure(
                        wireMockConfig().bindAddress(bindAddress).port(port).containerThreads(threads),
                        datasets,
                        webhooks)
                // WireMock's response templating serves stubs' templates; the sandbox has none (its hosted page
                // has templates of its own): without it WireMock does not set up Handlebars and its helpers.
                .templatingEnabled(false));
        server.start();
        return new FlexSandbox(server, datasets, webhooks);
    }

    /**
     * Adds the sandbox's extensions and its hardened Jetty server to a WireMock configuration. WireMock listens on
     * every interface unless the options say otherwise: give them {@code bindAddress(FlexSandbox.LOOPBACK)}.
     */
    public static WireMockConfiguration configure(WireMockConfiguration options, Drafts.Seed startingSeed) {
        Datasets datasets = new Datasets(startingSeed);
        return configure(options, datasets, webhooks(datasets));
    }

    private static WireMockConfiguration configure(
            WireMockConfiguration options, Datasets datasets, WebhookDispatcher webhooks) {
        return options.httpServerFactory(new SandboxHttpServerFactory())
                // One thread accepting connections is plenty (Jetty's advice; WireMock's default is 3, more than a
                // 2-core machine has, and each one takes a thread of the pool away from answering).
                .jettyAcceptors(1)
                .extensions(extensions(datasets, webhooks))
                // The sandbox answers from state: no stub files of WireMock's are read, no request journal kept.
                .usingFilesUnderDirectory(emptyDirectory())
                .disableRequestJournal()
                // WireMock writes every exchange out as text for its verbose log even when the log is off (a
                // twentieth of a request's CPU time): the sandbox logs what matters itself.
                .stubRequestLoggingDisabled(true)
                .httpClientFactory(new OnDemandHttpClientFactory());
    }

    /** The sandbox's WireMock extensions: the Flex API, its routes, the control API, the hosted page, on these datasets. */
    static Extension[] extensions(Datasets datasets, WebhookDispatcher webhooks) {
        return new Extension[] {
            new FlexApiTransformer(datasets, webhooks),
            new ContractRoutes(),
            new ControlApi(datasets, webhooks),
            new HostedCheckoutPage(datasets),
            new HostedCheckoutRoute()
        };
    }

    /**
     * The delivery of these datasets' events to their webhook endpoints (daemon threads: it never holds a JVM), to
     * loopback hosts and those the {@value DeliveryTargets#PROPERTY} system property names.
     */
    static WebhookDispatcher webhooks(Datasets datasets) {
        WebhookDispatcher webhooks = new WebhookDispatcher(EventViews::payload, DeliveryTargets.fromSystemProperty());
        datasets.listen(webhooks);
        return webhooks;
    }

    private static String emptyDirectory() {
        try {
            Path dir = Files.createTempDirectory("flex-sandbox");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the sandbox's empty WireMock root", e);
        }
    }

    /** @return e.g. {@code http://127.0.0.1:8089}: the address it listens on ({@code localhost} when on all) */
    public String baseUrl() {
        String address = server.getOptions().bindAddress();
        String host = address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** The key's dataset is made again from the starting seed on its next request. */
    void resetDataset(String apiKey) {
        datasets.discard(apiKey);
    }

    @Override
    public void close() {
        server.stop();
        webhooks.close();
    }
}
