package dev.flexkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.contract.ContractViolation;
import dev.flexkit.contract.http.ContractViolationRecorder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a {@link SandboxClient} on a sandbox shared by the whole test run, with a fresh API key, and
 * fails the test if any exchange it made (request or response) broke the contract.
 */
public final class SandboxExtension implements ParameterResolver, AfterEachCallback {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SandboxClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new SandboxClient(SharedSandbox.baseUrl(), SharedSandbox.VIOLATIONS);
    }

    // Tests run one at a time, so what was recorded since the last test is this test's.
    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(SharedSandbox.VIOLATIONS.drain()).extracting(ContractViolation::describe)
                .as("exchanges that broke the contract").isEmpty();
    }

    /** One sandbox for the whole run: starting Jetty per test would only measure Jetty. */
    private static final class SharedSandbox {

        private static final FlexSandbox SANDBOX = FlexSandbox.start(0);
        private static final ContractViolationRecorder VIOLATIONS = new ContractViolationRecorder();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(SANDBOX::close));
        }

        static String baseUrl() {
            return SANDBOX.baseUrl();
        }
    }
}
