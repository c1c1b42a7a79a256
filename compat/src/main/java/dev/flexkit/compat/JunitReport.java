package dev.flexkit.compat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

    /* With StAX rather than a DOM and a Transformer: the JDK's XSLT machinery costs more than the rest of a run. */
    private static String xml(CompatResult result, Collection<Case> cases) {
        StringWriter xml = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.writeStartElement("testsuite");
            out.writeAttribute("errors", "0");
            out.writeAttribute(
                    "failures",
                    String.valueOf(cases.stream()
                            .filter(testCase -> !testCase.failing().isEmpty())
                            .count()));
            out.writeAttribute("name", "flex-compat: " + result.base() + " -> " + result.head());
            out.writeAttribute("skipped", "0");
            out.writeAttribute("tests", String.valueOf(cases.size()));
            for (Case testCase : cases) {
                out.writeCharacters("\n  ");
                out.writeStartElement("testcase");
                // In the order the DOM serializer wrote them before (alphabetical), which readers may match.
                out.writeAttribute("classname", testCase.classname());
                out.writeAttribute("name", testCase.name());
                out.writeAttribute("time", "0");
                if (!testCase.failing().isEmpty()) {
                    out.writeCharacters("\n    ");
                    out.writeStartElement("failure");
                    out.writeAttribute(
                            "message",
                            testCase.failing().size() + " change(s) of rule " + testCase.name() + ": "
                                    + testCase.failing().get(0));
                    out.writeAttribute("type", testCase.name());
                    out.writeCharacters(String.join("\n", testCase.failing()));
                    out.writeEndElement();
                }
                if (!testCase.passing().isEmpty()) {
                    out.writeCharacters("\n    ");
                    out.writeStartElement("system-out");
                    out.writeCharacters(String.join("\n", testCase.passing()));
                    out.writeEndElement();
                }
                out.writeCharacters("\n  ");
                out.writeEndElement();
            }
            out.writeCharacters("\n");
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the JUnit report", e);
        }
        return xml + "\n";
    }
}
