package dev.flexkit.sandbox;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.flexkit.sandbox.domain.Datasets;
import java.util.List;

/**
 * The sandbox as extensions of a stock WireMock server: registered in {@code META-INF/services}, so that a
 * WireMock with extension scanning (the standalone WireMock by default,
 * {@code WireMockConfiguration.extensionScanningEnabled(true)} in Java) answers the Flex API and the control API
 * with the flex-sandbox jar on its classpath. Every key starts with an empty dataset; seed it through
 * {@code POST /__admin/flex/seed}. The server's own stubs, files and request journal stay WireMock's: the sandbox
 * keeps none of its own.
 */
public final class FlexSandboxExtensionFactory implements ExtensionFactory {

    @Override
    public List<Extension> create(WireMockServices services) {
        Datasets datasets = new Datasets(null);
        return List.of(FlexSandbox.extensions(datasets, FlexSandbox.webhooks(datasets)));
    }
}
