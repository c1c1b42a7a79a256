package dev.flexkit.compat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

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
}
