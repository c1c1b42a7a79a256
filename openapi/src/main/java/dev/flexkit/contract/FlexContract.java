package dev.flexkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The contract files as they are packaged on the classpath, so that the sandbox and the conformance suite
 * check traffic against exactly the contract the client was generated from.
 */
public final class FlexContract {

    /** The contract of the Flex API. */
    public static final String FLEX_API = "openapi/flex-api.yaml";

    /** The contract of the sandbox's control API ({@code /__admin/flex/...}), which Flex does not have. */
    public static final String SANDBOX_CONTROL = "openapi/sandbox-control.yaml";

    private FlexContract() {}

    /**
     * @param resource one of the constants of this class
     * @return the text of the contract file
     */
    public static String read(String resource) {
        try (InputStream in = FlexContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
