package dev.flexkit.sandbox.http.jetty;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;

/** Gives WireMock the sandbox's Jetty server ({@link SandboxJettyServer}) instead of its stock one. */
public final class SandboxHttpServerFactory implements HttpServerFactory {

    @Override
    public HttpServer buildHttpServer(
            Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
        return new SandboxJettyServer(options, adminRequestHandler, stubRequestHandler);
    }
}
