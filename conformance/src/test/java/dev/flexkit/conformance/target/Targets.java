package dev.flexkit.conformance.target;

import java.nio.file.Path;

/** The target of this run, chosen with {@code -Dflex.target=sandbox|live} and made once. */
public final class Targets {

    private static Target current;

    private Targets() {
    }

    public static synchronized Target current() {
        if (current == null) {
            current = select(System.getProperty("flex.target", "sandbox"));
        }
        return current;
    }

    private static Target select(String name) {
        Path fixtures = root().resolve("conformance/fixtures");
        return switch (name) {
            case "sandbox" -> new SandboxTarget(fixtures.resolve("fixtures.yaml"), fixtures.resolve("sandbox-seed.yaml"));
            case "live" -> LiveTarget.fromEnvironment(System.getenv());
            default -> throw new IllegalStateException("-Dflex.target must be sandbox or live, not " + name);
        };
    }

    private static Path root() {
        return Path.of(System.getProperty("flex.root", ".."));
    }
}
