package dev.flexkit.conformance.target;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flexkit.sandbox.FlexSandbox;
import dev.flexkit.sandbox.client.ApiClient;
import dev.flexkit.sandbox.client.ApiException;
import dev.flexkit.sandbox.client.api.SandboxApi;
import dev.flexkit.sandbox.client.model.SeedDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The sandbox, embedded in the test JVM. Each scenario gets a key of its own, so scenarios run in parallel on
 * datasets that never meet; each dataset is seeded through the control API with the objects the fixtures name.
 */
final class SandboxTarget implements Target {

    private final FlexSandbox sandbox;
    private final Fixtures fixtures;
    private final SeedDocument seed;

    /** @param sandbox a running sandbox, closed when the JVM ends */
    SandboxTarget(FlexSandbox sandbox, Path fixturesFile, Path seedFile) {
        this.sandbox = sandbox;
        this.fixtures = Fixtures.read(fixturesFile);
        try {
            this.seed = new ObjectMapper(new YAMLFactory())
                    .findAndRegisterModules()
                    .readValue(seedFile.toFile(), SeedDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the sandbox seed " + seedFile, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "flex-sandbox-shutdown"));
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String baseUrl() {
        return sandbox.baseUrl();
    }

    @Override
    public String apiKeyForScenario() {
        String key = "fsk_test_" + UUID.randomUUID().toString().replace("-", "");
        try {
            new SandboxApi(new ApiClient(FlexHttp.client())
                            .setBasePath(baseUrl())
                            .setBearerToken(key))
                    .seed(seed);
        } catch (ApiException e) {
            throw new IllegalStateException("The sandbox refused the fixtures seed: " + e.getResponseBody(), e);
        }
        return key;
    }

    @Override
    public Fixtures fixtures() {
        return fixtures;
    }

    @Override
    public boolean hasControlApi() {
        return true;
    }
}
