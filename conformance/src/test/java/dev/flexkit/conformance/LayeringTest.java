package dev.flexkit.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.flexkit.conformance.steps.World;

/**
 * Dependencies flow one way, {@code openapi/} → {@code generated/} → {@code mock/} and {@code conformance/}, and the
 * steps reach Flex only through the generated clients. The conformance module's test classpath holds every part, so
 * the whole kit is checked here.
 */
@AnalyzeClasses(packages = "dev.flexkit")
class LayeringTest {

    private static final String CONTRACT = "dev.flexkit.contract..";
    private static final String[] GENERATED = {"dev.flexkit.client..", "dev.flexkit.sandbox.client.."};
    private static final String CONFORMANCE = "dev.flexkit.conformance..";

    @ArchTest
    static final ArchRule theContractDependsOnNoOtherPart = noClasses()
            .that()
            .resideInAPackage(CONTRACT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.flexkit.client..", "dev.flexkit.sandbox..", CONFORMANCE);

    @ArchTest
    static final ArchRule theGeneratedClientsKnowNeitherTheSandboxNorTheSuite = noClasses()
            .that()
            .resideInAnyPackage(GENERATED)
            .should()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "the sandbox or the suite",
                    c -> (c.getPackageName().startsWith("dev.flexkit.sandbox")
                                    && !c.getPackageName().startsWith("dev.flexkit.sandbox.client"))
                            || c.getPackageName().startsWith("dev.flexkit.conformance")));

    @ArchTest
    static final ArchRule theSandboxKnowsNothingOfTheSuite = noClasses()
            .that()
            .resideInAPackage("dev.flexkit.sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(CONFORMANCE);

    @ArchTest
    static final ArchRule stepsReachFlexOnlyThroughTheGeneratedClients = noClasses()
            .that()
            .resideInAPackage("dev.flexkit.conformance.steps..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.apache.hc..",
                    "java.net.http..",
                    "com.github.tomakehurst..",
                    "dev.flexkit.sandbox",
                    "dev.flexkit.sandbox.domain..",
                    "dev.flexkit.sandbox.http..",
                    "dev.flexkit.sandbox.control..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.HttpURLConnection");

    /** What a typed client cannot send (a malformed body, a foreign key) goes through one door, World.sendRaw. */
    @ArchTest
    static final ArchRule rawHttpOnlyThroughTheWorld = noClasses()
            .that()
            .resideInAPackage("dev.flexkit.conformance.steps..")
            .and()
            .doNotHaveFullyQualifiedName(World.class.getName())
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.flexkit.contract.http.RawRequests");
}
