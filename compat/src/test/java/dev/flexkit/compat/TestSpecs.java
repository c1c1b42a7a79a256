package dev.flexkit.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Where the tests find the project and the mutation corpus. */
final class TestSpecs {

    private TestSpecs() {}

    /** @return the root of the checkout, which Surefire passes in as flex.root */
    static Path flexRoot() {
        String root = System.getProperty("flex.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    /** @return the project's own generator options and templates */
    static GeneratorConfig projectGeneratorConfig() {
        return GeneratorConfig.in(flexRoot().resolve(GeneratorConfig.FOLDER));
    }

    /** @return the folder of the mutation corpus */
    static Path mutations() {
        URL base = TestSpecs.class.getClassLoader().getResource("mutations/base.yaml");
        try {
            return Path.of(base.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param spec a spec in one file
     * @param schema the name of one of its schemas
     * @param change what to change in that schema
     * @param file where to write the changed spec
     * @return that file
     */
    static Path withSchemaChanged(Path spec, String schema, Consumer<ObjectNode> change, Path file) {
        return withChanged(spec, tree -> change.accept((ObjectNode) tree.at("/components/schemas/" + schema)), file);
    }

    /**
     * @param spec a spec in one file
     * @param change what to change in it, from its root
     * @param file where to write the changed spec
     * @return that file
     */
    static Path withChanged(Path spec, Consumer<ObjectNode> change, Path file) {
        try {
            YAMLMapper yaml = new YAMLMapper();
            ObjectNode tree = (ObjectNode) yaml.readTree(spec.toFile());
            change.accept(tree);
            yaml.writeValue(file.toFile(), tree);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
