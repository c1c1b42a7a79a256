package dev.flexkit.compat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The findings as JUnit XML, the format every CI reads test results in: one test case per rule that fired, which
 * fails when the rule has a change that fails the run, so the break shows up as a failed test.
 */
final class JunitReport {

    private JunitReport() {}

    private record Case(String name, String classname, List<String> failing, List<String> passing) {}

    static String render(CompatResult result) {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (Decision decision : result.decisions()) {
            Case testCase = cases.computeIfAbsent(
                    decision.rule().id(), id -> new Case(id, "flex-compat.http", new ArrayList<>(), new ArrayList<>()));
            String line = located(decision) + JsonReport.message(decision);
            boolean accepted = !result.notAccepted(decision);
            boolean fails = !accepted
                    && (decision.breaking()
                            || result.failOn() == Severity.WARNING && decision.severity() == Severity.WARNING);
            (fails ? testCase.failing() : testCase.passing())
                    .add(
                            accepted
                                    ? "ACCEPTED: " + line + " ("
                                            + result.acceptance()
                                                    .of(decision)
                                                    .orElseThrow()
                                                    .reason() + ")"
                                    : decision.severity().id().toUpperCase() + ": " + line);
        }
        for (JavaChange change : result.javaChanges()) {
            Case testCase = cases.computeIfAbsent(
                    change.rule().id(), id -> new Case(id, "flex-compat.java", new ArrayList<>(), new ArrayList<>()));
            boolean accepted = !result.notAccepted(change);
            (accepted ? testCase.passing() : testCase.failing())
                    .add(
                            accepted
                                    ? "ACCEPTED: " + JsonReport.message(change) + " ("
                                            + result.acceptance()
                                                    .of(change)
                                                    .orElseThrow()
                                                    .reason() + ")"
                                    : "BREAKING: " + JsonReport.message(change));
        }
        Acceptance acceptance = result.acceptance();
        if (acceptance.file() != null) {
            Case entries =
                    new Case("accepted-changes", "flex-compat.accepted-changes", new ArrayList<>(), new ArrayList<>());
            List<String> problems = result.failOn() == Severity.WARNING ? entries.failing() : entries.passing();
            acceptance
                    .expired()
                    .forEach(entry -> problems.add(acceptance.file() + ":" + entry.line() + ": " + entry.selector()
                            + " expired on " + entry.expires()));
            acceptance
                    .unused()
                    .forEach(entry -> problems.add(
                            acceptance.file() + ":" + entry.line() + ": " + entry.selector() + " matches no change"));
            cases.put(entries.name(), entries);
        }
        if (cases.isEmpty()) {
            cases.put("no-change", new Case("no-change", "flex-compat", List.of(), List.of()));
        }
        return xml(result, cases.values());
    }

    private static String located(Decision decision) {
        Location at = decision.location();
        return at == null ? "" : at.file() + ":" + at.line() + ":" + at.column() + ": ";
    }

    private static String xml(CompatResult result, Iterable<Case> cases) {
        try {
            Document document =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suite = document.createElement("testsuite");
            document.appendChild(suite);
            suite.setAttribute("name", "flex-compat: " + result.base() + " -> " + result.head());
            int tests = 0;
            int failures = 0;
            for (Case testCase : cases) {
                tests++;
                Element element = document.createElement("testcase");
                element.setAttribute("name", testCase.name());
                element.setAttribute("classname", testCase.classname());
                element.setAttribute("time", "0");
                if (!testCase.failing().isEmpty()) {
                    failures++;
                    Element failure = document.createElement("failure");
                    failure.setAttribute(
                            "message",
                            testCase.failing().size() + " change(s) of rule " + testCase.name() + ": "
                                    + testCase.failing().get(0));
                    failure.setAttribute("type", testCase.name());
                    failure.setTextContent(String.join("\n", testCase.failing()));
                    element.appendChild(failure);
                }
                if (!testCase.passing().isEmpty()) {
                    Element out = document.createElement("system-out");
                    out.setTextContent(String.join("\n", testCase.passing()));
                    element.appendChild(out);
                }
                suite.appendChild(element);
            }
            suite.setAttribute("tests", String.valueOf(tests));
            suite.setAttribute("failures", String.valueOf(failures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", "0");
            StringWriter xml = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(xml));
            return xml + "\n";
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Cannot write the JUnit report", e);
        }
    }
}
