package dev.flexkit.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the suite (failsafe): the reports are there, no API key leaked into them, and every documented
 * rule of the contract has a passing scenario on this target.
 */
class ReportsIT {

    private static final Path REPORTS = Path.of("target", "cucumber-reports");
    private static final Pattern KEY = Pattern.compile("fsk_[A-Za-z0-9_\\-]{4,}");

    @Test
    void everyReportIsWritten() {
        assertThat(REPORTS.resolve("cucumber.html")).isNotEmptyFile();
        assertThat(REPORTS.resolve("cucumber.json")).isNotEmptyFile();
        assertThat(REPORTS.resolve("cucumber.xml")).isNotEmptyFile();
        assertThat(REPORTS.resolve("rule-coverage.md")).content().contains("# Rule coverage on the " + System.getProperty("flex.target", "sandbox"));
    }

    @Test
    void noApiKeyAppearsInAnyReport() throws IOException {
        String liveKey = System.getenv("FLEX_API_KEY");
        try (Stream<Path> files = Files.walk(Path.of("target")).filter(Files::isRegularFile)
                .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".json") || f.toString().endsWith(".xml")
                        || f.toString().endsWith(".md") || f.toString().endsWith(".txt"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(KEY.matcher(text).find()).as("an API key in " + file).isFalse();
                if (liveKey != null && !liveKey.isBlank()) {
                    assertThat(text).as(file.toString()).doesNotContain(liveKey);
                }
            }
        }
    }

    @Test
    void everyDocumentedRuleHasAPassingScenarioOnEachSideOfIt() throws IOException {
        Set<String> accepted = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (JsonNode feature : new ObjectMapper().readTree(REPORTS.resolve("cucumber.json").toFile())) {
            for (JsonNode scenario : feature.path("elements")) {
                boolean passed = scenario.path("steps").size() > 0;
                boolean completes = false;
                boolean isRefused = false;
                for (JsonNode step : scenario.path("steps")) {
                    passed &= step.path("result").path("status").asText().equals("passed");
                    completes |= step.path("name").asText().equals("the checkout is complete");
                    isRefused |= step.path("name").asText().startsWith("the checkout is refused");
                }
                for (JsonNode tag : scenario.path("tags")) {
                    String name = tag.path("name").asText();
                    if (passed && name.startsWith("@rule:")) {
                        (completes ? accepted : isRefused ? refused : new HashSet<String>()).add(name.substring("@rule:".length()));
                    }
                }
            }
        }
        List<String> rules = List.copyOf(RuleCoverageReporter.documentedRules().keySet());

        assertThat(accepted).as("rules with a passing scenario where the checkout goes through").containsAll(rules);
        assertThat(refused).as("rules with a passing scenario where the checkout is refused").containsAll(rules);
    }
}
