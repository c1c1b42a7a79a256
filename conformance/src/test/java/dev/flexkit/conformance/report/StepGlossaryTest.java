package dev.flexkit.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.conformance.steps.CheckoutSteps;
import dev.flexkit.conformance.steps.CustomerSteps;
import dev.flexkit.conformance.steps.DiscountSteps;
import dev.flexkit.conformance.steps.HostedPageSteps;
import dev.flexkit.conformance.steps.PaymentSteps;
import dev.flexkit.conformance.steps.RefusalSteps;
import dev.flexkit.conformance.steps.SandboxSteps;
import dev.flexkit.conformance.steps.SetupAndReimbursementSteps;
import dev.flexkit.conformance.steps.SubscriptionSteps;
import dev.flexkit.conformance.steps.WebhookSteps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The step glossary is complete and current: a step added, changed or undocumented fails here. */
class StepGlossaryTest {

    private static final Path ROOT = Path.of(System.getProperty("flex.root", ".."));
    private static final Path GLOSSARY = ROOT.resolve("conformance/STEPS.md");
    private static final StepGlossary GENERATOR =
            new StepGlossary(ROOT.resolve("conformance/src/test/resources/features"));

    @Test
    void theGlossaryListsEveryStepClassOfTheGlue() {
        assertThat(stepClassesOnDisk())
                .containsExactlyInAnyOrderElementsOf(
                        stepClasses().stream().map(Class::getSimpleName).toList());
    }

    @Test
    void everyStepSaysWhatItDoesAndIsUsedInAFeature() {
        List<StepGlossary.Step> steps = GENERATOR.steps(stepClasses());

        assertThat(steps).hasSizeGreaterThan(40);
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.what()).as("@StepDoc of " + step.pattern()).isNotBlank();
            assertThat(step.example()).as("a feature using " + step.pattern()).isNotNull();
        });
    }

    @Test
    void theCommittedGlossaryIsCurrent() throws IOException {
        String current = GENERATOR.markdown(GENERATOR.steps(stepClasses()));
        if (Boolean.getBoolean("glossary.write")) {
            Files.writeString(GLOSSARY, current);
        }

        assertThat(Files.readString(GLOSSARY))
                .as(
                        "conformance/STEPS.md is stale: run mvn -pl conformance test -Dtest=StepGlossaryTest -Dglossary.write=true")
                .isEqualTo(current);
    }

    private static List<Class<?>> stepClasses() {
        return List.of(
                CheckoutSteps.class,
                CustomerSteps.class,
                HostedPageSteps.class,
                PaymentSteps.class,
                RefusalSteps.class,
                SandboxSteps.class,
                SubscriptionSteps.class,
                SetupAndReimbursementSteps.class,
                DiscountSteps.class,
                WebhookSteps.class);
    }

    // A step class added to the glue but not to stepClasses() would be missing from the glossary.
    private static List<String> stepClassesOnDisk() {
        try (Stream<Path> files = Files.list(Path.of(CheckoutSteps.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("dev/flexkit/conformance/steps"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith("Steps.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
