package dev.flexkit.conformance.report;

import dev.flexkit.contract.FlexContract;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cucumber plugin that answers, at the end of a run: for each documented rule of the contract
 * ({@code x-flex-rules}), which scenarios prove it ({@code @rule:<id>}) and how they ended on this target; and the
 * same for each flow or checkout mode the scenarios are tagged with ({@code @flow:refund}, {@code @mode:...}).
 * Printed, and written as Markdown to the path given in {@code cucumber.plugin}.
 */
public final class RuleCoverageReporter implements ConcurrentEventListener {

    private static final String RULE_TAG = "@rule:";
    /** The tags that say which checkout mode or flow a scenario goes through, listed apart from the rules. */
    private static final List<String> FLOW_TAGS = List.of("@mode:", "@flow:");

    private final Path output;
    private final List<Outcome> outcomes = new ArrayList<>();

    /** How one scenario ended. */
    record Outcome(
            String name, String location, List<String> rules, List<String> flows, Status status, String reason) {}

    public RuleCoverageReporter(String output) {
        this.output = Path.of(output);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        List<String> rules = scenario.getTags().stream()
                .filter(tag -> tag.startsWith(RULE_TAG))
                .map(tag -> tag.substring(RULE_TAG.length()))
                .toList();
        List<String> flows = scenario.getTags().stream()
                .filter(tag -> FLOW_TAGS.stream().anyMatch(tag::startsWith))
                .map(tag -> tag.substring(1))
                .toList();
        String file = scenario.getUri().toString();
        Throwable error = event.getResult().getError();
        String reason = event.getResult().getStatus() == Status.SKIPPED && error != null && error.getMessage() != null
                ? error.getMessage().lines().findFirst().orElse("")
                : "";
        outcomes.add(new Outcome(
                scenario.getName(),
                file.substring(file.lastIndexOf('/') + 1) + ":"
                        + scenario.getLocation().getLine(),
                rules,
                flows,
                event.getResult().getStatus(),
                reason));
    }

    private synchronized void write() {
        String markdown =
                RuleCoverage.markdown(documentedRules(), outcomes, System.getProperty("flex.target", "sandbox"));
        System.out.println();
        System.out.println(
                RuleCoverage.summary(documentedRules(), outcomes, System.getProperty("flex.target", "sandbox")));
        System.out.println("Reports: " + output.getParent().toAbsolutePath()
                + " (cucumber.html, cucumber.json, cucumber.xml, " + output.getFileName() + ")");
        try {
            Files.createDirectories(output.getParent());
            Files.writeString(output, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        }
    }

    /** @return rule id → its name, in the contract's order */
    @SuppressWarnings("unchecked")
    static Map<String, String> documentedRules() {
        List<Map<String, Object>> rules = (List<Map<String, Object>>) new OpenAPIV3Parser()
                .readContents(FlexContract.read(FlexContract.FLEX_API))
                .getOpenAPI()
                .getExtensions()
                .get("x-flex-rules");
        Map<String, String> byId = new LinkedHashMap<>();
        rules.forEach(
                rule -> byId.put(rule.get("id").toString(), rule.get("name").toString()));
        return byId;
    }
}
