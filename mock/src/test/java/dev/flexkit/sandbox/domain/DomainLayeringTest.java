package dev.flexkit.sandbox.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The sandbox's domain (state, rules, clock) is plain Java: WireMock extensions translate HTTP to it, never the other way. */
@AnalyzeClasses(packages = "dev.flexkit.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainLayeringTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoHttpWireMockOrJackson = noClasses()
            .that()
            .resideInAPackage("dev.flexkit.sandbox.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.github.tomakehurst..",
                    "org.wiremock..",
                    "org.eclipse.jetty..",
                    "jakarta.servlet..",
                    "org.apache.hc..",
                    "java.net.http..",
                    "com.fasterxml.jackson..",
                    "dev.flexkit.sandbox.http..",
                    "dev.flexkit.sandbox.control..",
                    "dev.flexkit.client",
                    "dev.flexkit.client.api..");

    @ArchTest
    static final ArchRule theRulesDependOnlyOnTheDomain = noClasses()
            .that()
            .resideInAPackage("dev.flexkit.sandbox.domain.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.flexkit.sandbox", "dev.flexkit.sandbox.http..", "dev.flexkit.sandbox.control..");

    @ArchTest
    static final ArchRule webhookDeliveryKnowsOnlyTheDomainAndTheJdk = noClasses()
            .that()
            .resideInAPackage("dev.flexkit.sandbox.webhooks..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.github.tomakehurst..",
                    "org.wiremock..",
                    "com.fasterxml.jackson..",
                    "dev.flexkit.sandbox.http..",
                    "dev.flexkit.sandbox.control..",
                    "dev.flexkit.client..");
}
