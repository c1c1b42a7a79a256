package dev.flexkit.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.flexkit.sandbox.control.ControlApi;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.http.ContractRoutes;
import dev.flexkit.sandbox.http.FlexApiTransformer;
import dev.flexkit.sandbox.http.jetty.SandboxHttpServerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * To run it under WireMock's own JUnit extension instead, give {@link #configure} to
 * {@code WireMockExtension.newInstance().options(...)}.
 */
public final class FlexSandbox implements AutoCloseable {

    private final WireMockServer server;

    private FlexSandbox(WireMockServer server) {
        this.server = server;
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
        WireMockServer server = new WireMockServer(configure(wireMockConfig().bindAddress(bindAddress).port(port), startingSeed));
        server.start();
        return new FlexSandbox(server);
    }

    /**
     * Adds the sandbox's extensions and its hardened Jetty server to a WireMock configuration. WireMock listens on
     * every interface unless the options say otherwise: give them {@code bindAddress(FlexSandbox.LOOPBACK)}.
     */
    public static WireMockConfiguration configure(WireMockConfiguration options, Drafts.Seed startingSeed) {
        Datasets datasets = new Datasets(startingSeed);
        return options
                .httpServerFactory(new SandboxHttpServerFactory())
                .extensions(new FlexApiTransformer(datasets), new ContractRoutes(), new ControlApi(datasets))
                // The sandbox answers from state: no stub files of WireMock's are read, no request journal kept.
                .usingFilesUnderDirectory(emptyDirectory())
                .disableRequestJournal();
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

    @Override
    public void close() {
        server.stop();
    }
}
