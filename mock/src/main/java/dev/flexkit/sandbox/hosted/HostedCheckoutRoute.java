package dev.flexkit.sandbox.hosted;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * The hosted page's one WireMock stub: every request under {@link HostedCheckoutUrls#PATH} goes to
 * {@link HostedCheckoutPage}, ahead of the Flex API's catch-all stub.
 */
public final class HostedCheckoutRoute implements MappingsLoaderExtension {

    @Override
    public String getName() {
        return "flex-hosted-checkout-route";
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        stubMappings.addMapping(any(urlPathMatching(HostedCheckoutUrls.PATH + ".*"))
                .atPriority(1)
                .willReturn(aResponse().withTransformers(HostedCheckoutPage.NAME))
                .build());
    }
}
