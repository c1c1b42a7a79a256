package dev.flexkit.sandbox.http.jetty;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server, hardened for a sandbox that many CI jobs share: header values are matched case by
 * case, every error Jetty itself answers is JSON in Flex's envelope, URLs with broken percent-escapes and form bodies
 * that cannot be decoded are refused before WireMock parses them, and of WireMock's admin API only the sandbox's control API answers.
 */
final class SandboxJettyServer extends Jetty11HttpServer {

    SandboxJettyServer(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        super(options, adminRequestHandler, stubRequestHandler);
    }

    // Jetty caches header fields per connection and, by default, matches a cached value without regard to case:
    // after "Bearer fsk_test_Key", "Bearer fsk_test_key" on the same connection would read as the first key.
    @Override
    protected ServerConnector createHttpConnector(
            String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
        connector.getConnectionFactories().stream()
                .filter(HttpConfiguration.ConnectionFactory.class::isInstance)
                .map(factory -> ((HttpConfiguration.ConnectionFactory) factory).getHttpConfiguration())
                .forEach(config -> config.setHeaderCacheCaseSensitive(true));
        return connector;
    }

    @Override
    protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
        super.applyAdditionalServerConfiguration(jettyServer, options);
        jettyServer.setErrorHandler(new JsonErrorHandler());
    }

    @Override
    protected Handler createHandler(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        return new PercentEscapeGuard(new FormBodyGuard(
                new AdminSurfaceGuard(super.createHandler(options, adminRequestHandler, stubRequestHandler))));
    }

    // WireMock gives each context an HTML error handler of its own; the sandbox's answers are JSON everywhere.
    @Override
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler mockServiceContext) {
        mockServiceContext.setErrorHandler(new JsonErrorHandler());
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler adminServiceContext) {
        adminServiceContext.setErrorHandler(new JsonErrorHandler());
    }
}
