package dev.flexkit.compat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The reviewed exceptions of an accepted-changes file, read with their line numbers:
 *
 * <pre>
 * accepted:
 *   - rule: response-field-removed
 *     pointer: /components/schemas/Customer/properties/email
 *     reason: announced in the 2026-11 newsletter; no consumer reads it
 *     accepted-by: jane.doe
 *     expires: 2027-01-31
 * </pre>
 *
 * @param file the file as the user named it, or null when there is none
 * @param entries the entries, in file order
 */
record AcceptedChanges(String file, List<AcceptedChange> entries) {

    private static final Set<String> KEYS =
            Set.of("rule", "pointer", "operation", "subject", "reason", "accepted-by", "expires");

    static AcceptedChanges none() {
        return new AcceptedChanges(null, List.of());
    }

    /**
     * @param file the accepted-changes file
     * @param label how to name it in reports
     * @return its entries
     * @throws GateException when it cannot be read or an entry lacks what makes it reviewable
     */
    static AcceptedChanges read(Path file, String label) {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (IOException | YAMLException e) {
            throw new GateException("cannot read the accepted changes " + label + ": " + e.getMessage(), e);
        }
        List<AcceptedChange> entries = new ArrayList<>();
        Node list =
                root instanceof MappingNode mapping ? scalarMap(mapping, label).get("accepted") : null;
        if (root != null && !(list instanceof SequenceNode)) {
            throw new GateException(label + " must hold a list under 'accepted:'");
        }
        if (list instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                entries.add(entry(item, label));
            }
        }
        return new AcceptedChanges(label, List.copyOf(entries));
    }

    private static AcceptedChange entry(Node item, String label) {
        int line = item.getStartMark().getLine() + 1;
        String where = label + ":" + line;
        if (!(item instanceof MappingNode mapping)) {
            throw new GateException(where + ": an accepted change is a mapping of rule, pointer/operation/subject, "
                    + "reason, accepted-by, expires");
        }
        Map<String, String> values = new LinkedHashMap<>();
        scalarMap(mapping, where).forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                throw new GateException(where + ": unknown key '" + key + "' (known: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw new GateException(where + ": '" + key + "' needs a value");
            }
            values.put(key, scalar.getValue().strip());
        });
        for (String required : List.of("rule", "reason", "accepted-by")) {
            if (!values.containsKey(required)) {
                throw new GateException(where + ": an accepted change needs '" + required + "'");
            }
        }
        if (!values.containsKey("pointer") && !values.containsKey("operation") && !values.containsKey("subject")) {
            throw new GateException(where + ": an accepted change names its change by 'pointer', 'operation' or "
                    + "'subject', or it would accept every change of its rule");
        }
        LocalDate expires = null;
        if (values.containsKey("expires")) {
            try {
                expires = LocalDate.parse(values.get("expires"));
            } catch (DateTimeParseException e) {
                throw new GateException(
                        where + ": 'expires' must be a date like 2027-01-31: " + values.get("expires"), e);
            }
        }
        return new AcceptedChange(
                values.get("rule"),
                values.get("pointer"),
                values.get("operation"),
                values.get("subject"),
                values.get("reason"),
                values.get("accepted-by"),
                expires,
                line);
    }

    private static Map<String, Node> scalarMap(MappingNode mapping, String where) {
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new GateException(where + ": keys must be plain names");
            }
            map.put(key.getValue(), tuple.getValueNode());
        }
        return map;
    }
}
