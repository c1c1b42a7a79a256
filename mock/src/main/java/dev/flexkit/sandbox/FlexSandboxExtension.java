package dev.flexkit.sandbox;

import dev.flexkit.client.ApiClient;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.contract.FlexApiKeys;
import dev.flexkit.contract.http.ContractCheckingInterceptor;
import dev.flexkit.contract.http.ContractViolationRecorder;
import dev.flexkit.sandbox.control.SeedFiles;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Flex sandbox in a JUnit 5 test, in the style of WireMock's {@code WireMockExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FlexSandboxExtension sandbox = FlexSandboxExtension.newInstance().seed(Path.of("my-seed.yaml")).build();
 *
 * @Test
 * void chargesOffSession(ApiClient flex) throws ApiException {      // dev.flexkit.client.ApiClient, ready to use
 *     new CheckoutSessionsApi(flex).createCheckoutSession(...);
 * }
 * }</pre>
 * The sandbox listens on a random port of loopback, from the first test of the class to the last. Each test gets a
 * fresh test-mode key, so its dataset starts from the seed and no test sees another's objects; with
 * {@link Builder#apiKey} every test uses that key and its dataset is reset to the seed before each test. The clients
 * it hands out ({@link #flexClient()}, {@link #controlClient()}, or as test method parameters) check every exchange
 * against the contract, and a test whose exchanges broke it fails (turn that off with
 * {@link Builder#withoutContractChecks()} for tests that break it on purpose).
 */
public final class FlexSandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Drafts.Seed seed;
    private final String fixedKey;
    private final boolean checkContract;
    private final OffSessionRules rules;
    private final ContractViolationRecorder violations = new ContractViolationRecorder();

    private FlexSandbox sandbox;
    private CloseableHttpClient http;
    private ExtensionContext startedIn;
    private String apiKey;

    private FlexSandboxExtension(Builder builder) {
        this.seed = builder.seed;
        this.fixedKey = builder.apiKey;
        this.checkContract = builder.checkContract;
        this.rules = builder.rules;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    /** How the sandbox of a test class is made. */
    public static final class Builder {

        private Drafts.Seed seed;
        private String apiKey;
        private boolean checkContract = true;
        private OffSessionRules rules = OffSessionRules.DOCUMENTED;

        private Builder() {}

        /** @param seedFile a seed file (YAML or JSON, {@code SeedDocument}): the dataset every key starts with */
        public Builder seed(Path seedFile) {
            try {
                this.seed = SeedFiles.read(seedFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the seed file " + seedFile, e);
            }
            return this;
        }

        /** @param key the test-mode key every test uses; its dataset is reset to the seed before each test */
        public Builder apiKey(String key) {
            if (!FlexApiKeys.isTestKey(key)) {
                throw new IllegalArgumentException("The sandbox only takes test-mode keys (fsk_test_...)");
            }
            this.apiKey = key;
            return this;
        }

        /** The clients handed out do not check exchanges against the contract. */
        public Builder withoutContractChecks() {
            this.checkContract = false;
            return this;
        }

        /** @param offSessionRules the rules the sandbox applies; another than the documented ones only to mutation-test a suite */
        public Builder rules(OffSessionRules offSessionRules) {
            this.rules = offSessionRules;
            return this;
        }

        public FlexSandboxExtension build() {
            return new FlexSandboxExtension(this);
        }
    }

    /** @return e.g. {@code http://localhost:41234} */
    public String baseUrl() {
        return running().baseUrl();
    }

    public int port() {
        return running().port();
    }

    /** @return the test-mode key of the current test */
    public String apiKey() {
        if (apiKey == null) {
            throw new IllegalStateException("There is an API key only during a test");
        }
        return apiKey;
    }

    /** @return a key no test has used: a dataset of its own, starting from the seed */
    public String newApiKey() {
        return "fsk_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** @return the generated Flex client, on this sandbox with the current test's key */
    public ApiClient flexClient() {
        return new ApiClient(http()).setBasePath(baseUrl()).setBearerToken(apiKey());
    }

    /** @return the generated client of the control API ({@code /__admin/flex/}), with the current test's key */
    public dev.flexkit.sandbox.client.ApiClient controlClient() {
        return new dev.flexkit.sandbox.client.ApiClient(http())
                .setBasePath(baseUrl())
                .setBearerToken(apiKey());
    }

    /** @return the HttpClient under both clients (checking the contract unless told otherwise), for raw requests */
    /** @return the contract checks this extension applies, for an HttpClient a test builds itself */
    public ContractCheckingInterceptor contractChecks() {
        return new ContractCheckingInterceptor(violations);
    }

    public CloseableHttpClient httpClient() {
        return http();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start(context);
        violations.drain();
        if (fixedKey != null) {
            sandbox.resetDataset(fixedKey);
            apiKey = fixedKey;
        } else {
            apiKey = newApiKey();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        apiKey = null;
        List<ContractViolation> broken = violations.drain();
        if (startedIn == context) {
            stop();
        }
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.stream()
                    .map(ContractViolation::describe)
                    .collect(Collectors.joining("\n  ", "Exchanges of this test broke the contract:\n  ", "")));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (startedIn == context) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ApiClient.class || type == dev.flexkit.sandbox.client.ApiClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApiClient.class ? flexClient() : controlClient();
    }

    // A static field starts the sandbox for the class; an instance field, for each test.
    private void start(ExtensionContext context) {
        if (sandbox != null) {
            return;
        }
        sandbox = FlexSandbox.start(0, seed, rules);
        http = checkContract
                ? HttpClients.custom()
                        .addExecInterceptorFirst("contract-check", new ContractCheckingInterceptor(violations))
                        .build()
                : HttpClients.createDefault();
        startedIn = context;
    }

    private void stop() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sandbox.close();
            sandbox = null;
            http = null;
            startedIn = null;
        }
    }

    private FlexSandbox running() {
        if (sandbox == null) {
            throw new IllegalStateException("The sandbox runs only while the tests of its class run");
        }
        return sandbox;
    }

    private CloseableHttpClient http() {
        running();
        return http;
    }
}
