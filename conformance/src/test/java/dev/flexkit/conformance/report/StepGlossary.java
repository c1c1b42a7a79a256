package dev.flexkit.conformance.report;

import dev.flexkit.conformance.steps.Cart;
import dev.flexkit.conformance.steps.ParameterTypes;
import dev.flexkit.conformance.steps.StepDoc;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The step glossary for QA (conformance/STEPS.md): every step pattern, what it does, and an example taken from
 * the features, generated from the step definitions so that it cannot drift from them.
 */
public final class StepGlossary {

    /** One step definition. */
    public record Step(String keyword, String pattern, String what, String example, String owner) {}

    private final ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
    /** Every step of every scenario, outlines expanded, as "Keyword text". */
    private final List<String> featureSteps = new ArrayList<>();

    public StepGlossary(Path features) {
        registry.defineParameterType(type("cart", Cart.REGEX));
        registry.defineParameterType(type("money", ParameterTypes.MONEY));
        registry.defineParameterType(type("date", ParameterTypes.DATE));
        registry.defineParameterType(type("object", ParameterTypes.OBJECT));
        GherkinParser gherkin = GherkinParser.builder()
                .includeSource(false)
                .includeGherkinDocument(false)
                .build();
        try (Stream<Path> files = Files.walk(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature"))
                    .sorted()
                    .toList()) {
                gherkin.parse(file)
                        .map(Envelope::getPickle)
                        .flatMap(Optional::stream)
                        .flatMap(pickle -> pickle.getSteps().stream())
                        .forEach(step -> featureSteps.add(keyword(step) + " " + step.getText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Step> steps(List<Class<?>> stepClasses) {
        List<Step> steps = new ArrayList<>();
        for (Class<?> owner : stepClasses) {
            for (Method method : owner.getDeclaredMethods()) {
                pattern(method).ifPresent(keywordAndPattern -> {
                    StepDoc doc = method.getAnnotation(StepDoc.class);
                    steps.add(new Step(
                            keywordAndPattern[0],
                            keywordAndPattern[1],
                            doc == null ? null : doc.value(),
                            example(keywordAndPattern[1]),
                            owner.getSimpleName()));
                });
            }
        }
        steps.sort(Comparator.comparing(Step::owner).thenComparing(Step::pattern));
        return steps;
    }

    public String markdown(List<Step> steps) {
        StringBuilder md = new StringBuilder("""
                # Step glossary

                Every step the conformance features can use. Generated from the step definitions
                (`conformance/src/test/java/dev/flexkit/conformance/steps`) by `StepGlossaryTest`; do not edit by hand:
                `mvn -pl conformance test -Dtest=StepGlossaryTest -Dglossary.write=true` rewrites it.

                Given, When, Then, And and But are interchangeable: pick the one that reads best.

                | parameter | matches | example |
                |---|---|---|
                | `{string}` | text in double quotes | `"Grace"` |
                | `{int}` | a whole number | `2` |
                | `{word}` | one word | `approved` |
                | `{cart}` | quantities and products named by their fixture role | `1 "gym membership" and 2 "bandages"` |
                | `{money}` | dollars and cents | `$69.00` |
                | `{date}` | a day, ISO-8601 | `2026-03-10` |
                | `{object}` | checkout session, customer, product or price | `customer` |

                Customers and products are named by role: the roles are the keys of `conformance/fixtures/fixtures.yaml`.
                """);
        String owner = null;
        for (Step step : steps) {
            if (!step.owner().equals(owner)) {
                owner = step.owner();
                md.append("\n## ").append(owner.replace("Steps", "")).append("\n");
            }
            md.append("\n### ")
                    .append(step.keyword())
                    .append(" `")
                    .append(step.pattern())
                    .append("`\n\n")
                    .append(step.what())
                    .append("\n\n")
                    .append("Example: `")
                    .append(step.example() == null ? "(not used in any feature yet)" : step.example())
                    .append("`\n");
        }
        return md.toString();
    }

    private String example(String pattern) {
        Expression expression = new ExpressionFactory(registry).createExpression(pattern);
        return featureSteps.stream()
                .filter(step -> expression.match(step.substring(step.indexOf(' ') + 1)) != null)
                .findFirst()
                .orElse(null);
    }

    private static String keyword(PickleStep step) {
        return switch (step.getType().orElse(PickleStepType.UNKNOWN)) {
            case CONTEXT -> "Given";
            case ACTION -> "When";
            case OUTCOME -> "Then";
            default -> "*";
        };
    }

    private static Optional<String[]> pattern(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation instanceof Given given) {
                return Optional.of(new String[] {"Given", given.value()});
            }
            if (annotation instanceof When when) {
                return Optional.of(new String[] {"When", when.value()});
            }
            if (annotation instanceof Then then) {
                return Optional.of(new String[] {"Then", then.value()});
            }
        }
        return Optional.empty();
    }

    private static ParameterType<String> type(String name, String regex) {
        return new ParameterType<>(name, regex, String.class, (String text) -> text);
    }
}
