package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every format, written by the command line for a corpus case that breaks and one that does not, parsed back and
 * checked field by field: the JSON against compat/report.schema.json, the JUnit XML with an XML parser, the GitHub
 * lines against the workflow-command syntax.
 */
class ReportFormatsTest {

    private static final Path MUTATIONS = TestSpecs.mutations();
    private static final String BASE = MUTATIONS.resolve("base.yaml").toString();
    private static final String BREAKING_HEAD =
            MUTATIONS.resolve("removed-response-field/head.yaml").toString();
    private static final String COMPATIBLE_HEAD =
            MUTATIONS.resolve("new-response-field/head.yaml").toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    /* ::error file=<f>,line=<n>,col=<m>,title=<t>::<message>, the optional properties in that order. */
    private static final Pattern GITHUB = Pattern.compile(
            "^::(error|warning|notice) (?:file=([^,:]+),line=(\\d+),col=(\\d+),)?title=([^,:]+)::(.+)$");

    @TempDir
    Path temp;

    private GateRun runAll(String head) {
        return GateRun.of(
                "--base",
                BASE,
                "--head",
                head,
                "--format",
                "json=" + temp.resolve("report.json"),
                "--format",
                "junit=" + temp.resolve("report.xml"),
                "--format",
                "github=" + temp.resolve("report.github"),
                "--format",
                "markdown=" + temp.resolve("report.md"),
                "--format",
                "text=" + temp.resolve("report.txt"));
    }

    @Test
    void breakingCaseInEveryFormat() throws Exception {
        GateRun run = runAll(BREAKING_HEAD);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.BREAKING);
        JsonNode json = validJson(temp.resolve("report.json"));
        assertThat(json.get("verdict").asText()).isEqualTo("breaking");
        assertThat(json.get("failed").asBoolean()).isTrue();
        assertThat(json.at("/counts/breaking").asInt()).isEqualTo(5);
        JsonNode removal = json.get("changes").get(0);
        assertThat(removal.get("rule").asText()).isEqualTo("response-field-removed");
        assertThat(removal.get("severity").asText()).isEqualTo("breaking");
        assertThat(removal.get("level").asText()).isEqualTo("http");
        assertThat(removal.get("side").asText()).isEqualTo("response");
        assertThat(removal.get("subject").asText()).isEqualTo("Customer.name");
        assertThat(removal.get("operations"))
                .extracting(JsonNode::asText)
                .contains("GET /customers/{id} (retrieveCustomer) - response 200");
        assertThat(removal.get("basePointer").asText()).isEqualTo("/components/schemas/Customer/properties/name");
        assertThat(removal.get("headPointer").isNull()).isTrue();
        assertThat(removal.get("location").get("spec").asText()).isEqualTo("base");
        assertThat(removal.get("location").get("file").asText()).isEqualTo(BASE);
        assertThat(removal.get("location").get("line").asInt()).isEqualTo(lineOf(Path.of(BASE), "        name:", 1));
        assertThat(removal.get("location").get("column").asInt()).isEqualTo(9);
        assertThat(removal.get("accepted").isNull()).isTrue();
        JsonNode java = json.get("changes").get(1);
        assertThat(java.get("level").asText()).isEqualTo("java");
        assertThat(java.get("rule").asText()).isEqualTo("java-binary-incompatible");
        assertThat(java.at("/java/class").asText()).isEqualTo("dev.flexkit.client.model.Customer");

        Document junit = xml(temp.resolve("report.xml"));
        Element suite = junit.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        Element fieldRemoved = testCase(junit, "response-field-removed");
        assertThat(fieldRemoved.getAttribute("classname")).isEqualTo("flex-compat.http");
        Element failure = (Element) fieldRemoved.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("response-field-removed");
        assertThat(failure.getTextContent())
                .contains(BASE + ":" + removal.at("/location/line").asInt() + ":9", "Customer.name: field removed");
        assertThat(testCase(junit, "java-binary-incompatible")
                        .getElementsByTagName("failure")
                        .getLength())
                .isEqualTo(1);

        List<Matcher> github = githubLines(temp.resolve("report.github"));
        assertThat(github).hasSize(5);
        Matcher first = github.get(0);
        assertThat(first.group(1)).isEqualTo("error");
        assertThat(first.group(2)).isEqualTo(BREAKING_HEAD);
        // A removal compared with another file: annotated where the field was, on the head's Customer properties.
        assertThat(Integer.parseInt(first.group(3))).isEqualTo(lineOf(Path.of(BREAKING_HEAD), "      properties:", 1));
        assertThat(first.group(4)).isEqualTo("7");
        assertThat(first.group(5)).isEqualTo("response-field-removed");
        assertThat(first.group(6)).startsWith("Customer.name: field removed, in responses. Breaks Java consumers");
        assertThat(github.subList(1, 5)).allSatisfy(line -> {
            assertThat(line.group(1)).isEqualTo("error");
            assertThat(line.group(5)).isEqualTo("java-binary-incompatible");
        });

        assertThat(Files.readString(temp.resolve("report.md")))
                .startsWith("# Flex API compatibility: BREAKING")
                .contains("- **At:** `" + BASE + ":"
                        + removal.at("/location/line").asInt() + ":9`");
        assertThat(Files.readString(temp.resolve("report.txt")))
                .contains("BREAKING [response-field-removed] " + BASE + ":"
                        + removal.at("/location/line").asInt() + ":9: `Customer.name`: field removed");
    }

    @Test
    void compatibleCaseInEveryFormat() throws Exception {
        GateRun run = runAll(COMPATIBLE_HEAD);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        JsonNode json = validJson(temp.resolve("report.json"));
        assertThat(json.get("verdict").asText()).isEqualTo("compatible");
        assertThat(json.get("failed").asBoolean()).isFalse();
        assertThat(json.at("/counts/breaking").asInt()).isZero();
        assertThat(json.at("/counts/info").asInt()).isEqualTo(1);
        JsonNode added = json.get("changes").get(0);
        assertThat(json.get("changes")).hasSize(1);
        assertThat(added.get("rule").asText()).isEqualTo("response-field-added");
        assertThat(added.get("severity").asText()).isEqualTo("info");
        assertThat(added.get("basePointer").isNull()).isTrue();
        assertThat(added.get("headPointer").asText()).isEqualTo("/components/schemas/Customer/properties/phone");
        assertThat(added.at("/location/spec").asText()).isEqualTo("head");
        assertThat(added.at("/location/line").asInt()).isEqualTo(lineOf(Path.of(COMPATIBLE_HEAD), "        phone:", 1));

        Document junit = xml(temp.resolve("report.xml"));
        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        Element fieldAdded = testCase(junit, "response-field-added");
        assertThat(fieldAdded.getElementsByTagName("failure").getLength()).isZero();
        assertThat(fieldAdded.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("INFO: ", "Customer.phone: optional field added");

        assertThat(Files.readString(temp.resolve("report.github")))
                .as("info changes are not annotated")
                .isEmpty();
        assertThat(Files.readString(temp.resolve("report.md"))).startsWith("# Flex API compatibility: compatible");
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws Exception {
        String head = MUTATIONS.resolve("new-enum-value-in-response/head.yaml").toString();

        GateRun lenient = GateRun.of("--base", BASE, "--head", head, "--format", "github");
        GateRun strict = GateRun.of(
                "--base",
                BASE,
                "--head",
                head,
                "--fail-on",
                "warning",
                "--format",
                "github",
                "--format",
                "json=" + temp.resolve("strict.json"));

        assertThat(lenient.exitCode()).as(lenient.err()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(lenient.out()).startsWith("::warning file=").contains("title=response-enum-widened::");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(CompatCommand.BREAKING);
        assertThat(strict.out()).startsWith("::error file=").contains("title=response-enum-widened::");
        assertThat(strict.err()).startsWith("flex-compat: FAILED on warnings");
        JsonNode json = validJson(temp.resolve("strict.json"));
        assertThat(json.get("failOn").asText()).isEqualTo("warning");
        assertThat(json.get("verdict").asText()).isEqualTo("compatible");
        assertThat(json.get("failed").asBoolean()).isTrue();
        assertThat(json.at("/changes/0/severity").asText()).isEqualTo("warning");
    }

    @Test
    void unknownFormatCannotRun() {
        GateRun run = GateRun.of("--base", BASE, "--head", BASE, "--format", "html");

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).contains("unknown format 'html'", "text, markdown, json, junit, github");
    }

    static JsonNode validJson(Path report) throws IOException {
        JsonNode json = JSON.readTree(report.toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(TestSpecs.flexRoot().resolve("compat/report.schema.json")));
        assertThat(schema.validate(json))
                .as("%s against report.schema.json", report)
                .isEmpty();
        return json;
    }

    static Document xml(Path report) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(Files.readString(report))));
    }

    static Element testCase(Document junit, String name) {
        NodeList cases = junit.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("name").equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    static List<Matcher> githubLines(Path report) throws IOException {
        List<Matcher> lines = new ArrayList<>();
        for (String line : Files.readAllLines(report)) {
            Matcher matcher = GITHUB.matcher(line);
            assertThat(matcher.matches())
                    .as("a GitHub workflow command: %s", line)
                    .isTrue();
            lines.add(matcher);
        }
        return lines;
    }

    /** @return the 1-based number of the n-th line that is exactly {@code text} */
    static int lineOf(Path file, String text, int nth) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(text) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
