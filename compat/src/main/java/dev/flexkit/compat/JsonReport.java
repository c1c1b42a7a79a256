package dev.flexkit.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The findings as JSON, in the shape compat/report.schema.json documents; {@code schemaVersion} changes its major
 * number whenever a field changes meaning or goes away.
 */
final class JsonReport {

    static final String SCHEMA_VERSION = "1.0";

    /* Made on the first JSON report only: the other formats use this class's messages, not Jackson. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final Set<ChangeKind> ADDITIONS = Set.of(
            ChangeKind.OPERATION_ADDED,
            ChangeKind.PARAMETER_ADDED_OPTIONAL,
            ChangeKind.PARAMETER_ADDED_REQUIRED,
            ChangeKind.MEDIA_TYPE_ADDED,
            ChangeKind.RESPONSE_STATUS_ADDED,
            ChangeKind.FIELD_ADDED_OPTIONAL,
            ChangeKind.FIELD_ADDED_REQUIRED);

    private JsonReport() {}

    static String render(CompatResult result) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "flex-compat");
        root.put("base", result.base());
        root.put("head", result.head());
        root.put("generatorConfig", result.generatorConfig());
        root.put("verdict", result.breaking() ? "breaking" : "compatible");
        root.put("failOn", result.failOn().id());
        root.put("failed", result.fails());
        ObjectNode counts = root.putObject("counts");
        counts.put(
                "breaking",
                result.breakingDecisions().size() + result.breakingJavaChanges().size());
        counts.put(
                "warning",
                result.compatibleDecisions().stream()
                        .filter(decision -> decision.severity() == Severity.WARNING)
                        .count());
        counts.put(
                "info",
                result.compatibleDecisions().stream()
                        .filter(decision -> decision.severity() == Severity.INFO)
                        .count());
        counts.put(
                "accepted",
                result.acceptedDecisions().size() + result.acceptedJavaChanges().size());
        ArrayNode changes = root.putArray("changes");
        result.decisions().forEach(decision -> decision(changes.addObject(), decision, result));
        result.javaChanges().forEach(change -> java(changes.addObject(), change, result));
        ObjectNode accepted = root.putObject("acceptedChanges");
        accepted.put("file", result.acceptance().file());
        ArrayNode expired = accepted.putArray("expired");
        result.acceptance().expired().forEach(entry -> entry(expired.addObject(), entry));
        ArrayNode unused = accepted.putArray("unused");
        result.acceptance().unused().forEach(entry -> entry(unused.addObject(), entry));
        try {
            return Mapper.INSTANCE.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the JSON report", e);
        }
    }

    private static void decision(ObjectNode node, Decision decision, CompatResult result) {
        node.put("rule", decision.rule().id());
        node.put("severity", decision.severity().id());
        node.put("level", "http");
        node.put("side", decision.side() == Side.NONE ? "none" : decision.side().label());
        node.put("kind", decision.kind().label());
        node.put("subject", decision.subject());
        node.put("detail", decision.detail());
        node.put("message", message(decision));
        ArrayNode operations = node.putArray("operations");
        decision.occurrences().forEach(operations::add);
        node.put("basePointer", ADDITIONS.contains(decision.kind()) ? null : decision.pointer());
        node.put("headPointer", decision.removal() ? null : decision.pointer());
        Location location = decision.location();
        if (location == null) {
            node.putNull("location");
        } else {
            ObjectNode at = node.putObject("location");
            at.put("spec", location.spec());
            at.put("file", location.file());
            at.put("line", location.line());
            at.put("column", location.column());
        }
        node.put("openapiDiff", decision.openApiDiff().getValue());
        node.putNull("java");
        accepted(node, result.acceptance().of(decision).orElse(null));
    }

    private static void java(ObjectNode node, JavaChange change, CompatResult result) {
        node.put("rule", change.rule().id());
        node.put("severity", change.severity().id());
        node.put("level", "java");
        node.put("side", "none");
        node.put("kind", change.change());
        node.put("subject", change.subject());
        node.put("detail", "");
        node.put("message", message(change));
        node.putArray("operations");
        node.putNull("basePointer");
        node.putNull("headPointer");
        node.putNull("location");
        node.putNull("openapiDiff");
        ObjectNode java = node.putObject("java");
        java.put("class", change.className());
        java.put("member", change.member());
        java.put("change", change.change());
        java.put("binaryIncompatible", change.binaryIncompatible());
        java.put("sourceIncompatible", change.sourceIncompatible());
        accepted(node, result.acceptance().of(change).orElse(null));
    }

    private static void accepted(ObjectNode node, AcceptedChange entry) {
        if (entry == null) {
            node.putNull("accepted");
        } else {
            entry(node.putObject("accepted"), entry);
        }
    }

    private static void entry(ObjectNode node, AcceptedChange entry) {
        node.put("rule", entry.rule());
        node.put("pointer", entry.pointer());
        node.put("operation", entry.operation());
        node.put("subject", entry.subject());
        node.put("reason", entry.reason());
        node.put("acceptedBy", entry.acceptedBy());
        node.put("expires", entry.expires() == null ? null : entry.expires().toString());
        node.put("line", entry.line());
    }

    /** @return one line that says what changed, who it breaks and why */
    static String message(Decision decision) {
        String what = CompatReport.what(decision).replace("`", "");
        return decision.breaking()
                ? what + ". Breaks " + CompatReport.breaks(decision.rule()) + ": "
                        + decision.rule().reason()
                : what + ". " + decision.rule().reason();
    }

    static String message(JavaChange change) {
        return change.subject() + ": " + change.change() + ". " + change.rule().reason();
    }
}
