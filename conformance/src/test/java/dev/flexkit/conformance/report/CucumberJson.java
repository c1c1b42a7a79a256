package dev.flexkit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scenarios of a Cucumber JSON report: how each ended, what it is tagged with, and which side of a rule it shows. */
public final class CucumberJson {

    private CucumberJson() {}

    /** How one scenario (one example of an outline) ended. */
    public record Scenario(
            String location,
            String name,
            Set<String> rules,
            Status status,
            boolean completes,
            boolean refused,
            String reason) {

        /** @return whether it shows the side of a rule where the checkout goes through (else: where it is refused) */
        public boolean accepts() {
            return completes && !refused;
        }
    }

    public enum Status {
        PASSED,
        FAILED,
        SKIPPED
    }

    public static List<Scenario> read(Path report) {
        JsonNode features;
        try {
            features = new ObjectMapper().readTree(report.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + report, e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode feature : features) {
            String uri = feature.path("uri").asText();
            for (JsonNode scenario : feature.path("elements")) {
                if (!scenario.path("type").asText("scenario").equals("scenario")) {
                    continue;
                }
                List<JsonNode> results = new ArrayList<>();
                scenario.path("before").forEach(hook -> results.add(hook.path("result")));
                boolean completes = false;
                boolean refused = false;
                for (JsonNode step : scenario.path("steps")) {
                    results.add(step.path("result"));
                    String text = step.path("name").asText();
                    completes |= text.equals("the checkout is complete");
                    // A renewal is an off-session charge: its refusal proves the rules as a checkout's does.
                    refused |= text.startsWith("the checkout is refused") || text.startsWith("the renewal is refused");
                }
                scenario.path("after").forEach(hook -> results.add(hook.path("result")));
                Set<String> rules = new LinkedHashSet<>();
                scenario.path("tags").forEach(tag -> {
                    String name = tag.path("name").asText();
                    if (name.startsWith("@rule:")) {
                        rules.add(name.substring("@rule:".length()));
                    }
                });
                scenarios.add(new Scenario(
                        uri.substring(uri.lastIndexOf('/') + 1) + ":"
                                + scenario.path("line").asInt(),
                        scenario.path("name").asText(),
                        rules,
                        status(results),
                        completes,
                        refused,
                        reason(results)));
            }
        }
        return scenarios;
    }

    private static Status status(List<JsonNode> results) {
        if (results.isEmpty()) {
            return Status.FAILED;
        }
        boolean skipped = false;
        for (JsonNode result : results) {
            switch (result.path("status").asText()) {
                case "passed" -> {}
                case "skipped" -> skipped = true;
                default -> {
                    return Status.FAILED;
                }
            }
        }
        return skipped ? Status.SKIPPED : Status.PASSED;
    }

    private static String reason(List<JsonNode> results) {
        return results.stream()
                .map(r -> r.path("error_message").asText(""))
                .filter(m -> !m.isBlank())
                .findFirst()
                .map(m -> m.lines().findFirst().orElse(m))
                .orElse("");
    }
}
