package dev.flexkit.compat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The source files of one spec, read with SnakeYAML's node marks (JSON is read the same way), so that a JSON
 * pointer into the spec as swagger-parser resolved it leads back to a line and column: through {@code $ref}s into
 * other files, and to the file a component came from when swagger-parser pulled it in from another file (it names
 * such a component after the last token of the reference).
 */
final class SpecSource {

    private static final String REF = "$ref";
    private static final int MAX_HOPS = 32;

    private final String spec;
    private final Path entry;
    private final String entryLabel;
    private final Map<Path, Node> roots = new HashMap<>();
    private final Map<String, Target> pulledInComponents = new HashMap<>();

    private record Target(Path file, List<String> tokens) {}

    private record Found(Path file, Node node, Mark mark, int depth) {}

    /**
     * @param spec {@code base} or {@code head}
     * @param entry the entry file
     * @param entryLabel how to name it in reports
     */
    SpecSource(String spec, Path entry, String entryLabel) {
        this.spec = spec;
        this.entry = entry.toAbsolutePath().normalize();
        this.entryLabel = entryLabel;
        indexReferencedFiles();
    }

    /**
     * @param entry the entry file of a spec
     * @param cache where the references of each file are kept by the digest of its bytes
     * @return it and every file its {@code $ref}s reach, in a stable order
     */
    static List<Path> filesOf(Path entry, ClientCache cache) {
        Set<Path> files = new TreeSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(entry.toAbsolutePath().normalize()));
        while (!queue.isEmpty()) {
            Path file = queue.pop();
            if (!Files.isRegularFile(file) || !files.add(file)) {
                continue;
            }
            for (String ref : cache.references(read(file), () -> referencesIn(file))) {
                queue.add(fileOf(file, ref));
            }
        }
        return List.copyOf(files);
    }

    /* The $ref values of one file that lead into another file. */
    private static List<String> referencesIn(Path file) {
        List<String> refs = new ArrayList<>();
        Deque<Node> nodes = new ArrayDeque<>();
        Optional.ofNullable(compose(file)).ifPresent(nodes::push);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            String ref = refOf(node);
            if (ref != null && !fileOf(file, ref).equals(file) && !refs.contains(ref)) {
                refs.add(ref);
            }
            if (node instanceof MappingNode mapping) {
                mapping.getValue().forEach(tuple -> nodes.push(tuple.getValueNode()));
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(nodes::push);
            }
        }
        return refs;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * @param pointer a JSON pointer into the resolved spec
     * @return the line and column of the deepest node of the pointer that exists in the source
     */
    Location locate(String pointer) {
        List<String> tokens = Pointers.tokens(pointer);
        Found found = walk(entry, root(entry), tokens, 0);
        if (found.depth() < tokens.size()
                && tokens.size() >= 3
                && tokens.get(0).equals("components")
                && tokens.get(1).equals("schemas")
                && pulledInComponents.containsKey(tokens.get(2))) {
            Target target = pulledInComponents.get(tokens.get(2));
            Found elsewhere = walk(target.file(), resolve(target.file(), target.tokens()), tokens, 3);
            if (elsewhere.node() != null) {
                found = elsewhere;
            }
        }
        return new Location(
                spec,
                label(found.file()),
                found.mark().getLine() + 1,
                found.mark().getColumn() + 1);
    }

    private Found walk(Path file, Node start, List<String> tokens, int from) {
        Path here = file;
        Node node = start;
        Mark mark = start == null ? root(entry).getStartMark() : start.getStartMark();
        int depth = from;
        for (int i = from; i < tokens.size() && node != null; i++) {
            for (int hops = 0; hops < MAX_HOPS && child(node, tokens.get(i)) == null && refOf(node) != null; hops++) {
                String ref = refOf(node);
                here = fileOf(here, ref);
                node = resolve(here, Pointers.tokens(fragmentOf(ref)));
                if (node == null) {
                    return new Found(here, null, mark, depth);
                }
            }
            Found child = child(node, tokens.get(i));
            if (child == null) {
                break;
            }
            node = child.node();
            mark = child.mark();
            depth = i + 1;
        }
        return new Found(here, node, mark, depth);
    }

    /* The mark of a mapping entry is its key's: the line a reader looks for. */
    private static Found child(Node node, String token) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(token)) {
                    return new Found(null, tuple.getValueNode(), key.getStartMark(), 0);
                }
            }
        } else if (node instanceof SequenceNode sequence
                && token.chars().allMatch(Character::isDigit)
                && !token.isEmpty()
                && token.length() < 10) {
            int index = Integer.parseInt(token);
            if (index < sequence.getValue().size()) {
                Node item = sequence.getValue().get(index);
                return new Found(null, item, item.getStartMark(), 0);
            }
        }
        return null;
    }

    private Node resolve(Path file, List<String> tokens) {
        Node node = root(file);
        for (String token : tokens) {
            Found child = node == null ? null : child(node, token);
            if (child == null) {
                return null;
            }
            node = child.node();
        }
        return node;
    }

    private static String refOf(Node node) {
        Found ref = child(node, REF);
        return ref != null && ref.node() instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static Path fileOf(Path from, String ref) {
        int hash = ref.indexOf('#');
        String part = hash < 0 ? ref : ref.substring(0, hash);
        return part.isEmpty() ? from : from.getParent().resolve(part).normalize();
    }

    private static String fragmentOf(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? "" : ref.substring(hash + 1);
    }

    /* Every file reachable by $ref from the entry, and the components swagger-parser pulls in from them. */
    private void indexReferencedFiles() {
        Deque<Path> queue = new ArrayDeque<>(List.of(entry));
        while (!queue.isEmpty()) {
            Path file = queue.pop();
            Deque<Node> nodes = new ArrayDeque<>();
            Optional.ofNullable(root(file)).ifPresent(nodes::push);
            while (!nodes.isEmpty()) {
                Node node = nodes.pop();
                String ref = refOf(node);
                if (ref != null) {
                    Path target = fileOf(file, ref);
                    if (!roots.containsKey(target) && !queue.contains(target)) {
                        queue.add(target);
                    }
                    List<String> tokens = Pointers.tokens(fragmentOf(ref));
                    if (!target.equals(entry) && !tokens.isEmpty()) {
                        pulledInComponents.putIfAbsent(tokens.get(tokens.size() - 1), new Target(target, tokens));
                    }
                }
                if (node instanceof MappingNode mapping) {
                    mapping.getValue().forEach(tuple -> nodes.push(tuple.getValueNode()));
                } else if (node instanceof SequenceNode sequence) {
                    sequence.getValue().forEach(nodes::push);
                }
            }
        }
    }

    private Node root(Path file) {
        return roots.computeIfAbsent(file, SpecSource::compose);
    }

    private static Node compose(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(options).compose(reader);
        } catch (YAMLException e) {
            return null; // SpecLoader says what is wrong with it; this file has no positions to give
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private String label(Path file) {
        if (file == null || file.equals(entry)) {
            return entryLabel;
        }
        Path labelled = Path.of(entryLabel)
                .resolveSibling(entry.getParent().relativize(file))
                .normalize();
        return labelled.toString();
    }
}
