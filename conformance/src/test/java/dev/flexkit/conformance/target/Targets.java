package dev.flexkit.conformance.target;

import dev.flexkit.contract.ContractValidator;
import dev.flexkit.sandbox.FlexSandbox;
import java.nio.file.Path;

/** The target of this run, chosen with {@code -Dflex.target=sandbox|live} and made once. */
public final class Targets {

    private static volatile Target current;

    private Targets() {}

    public static synchronized Target current() {
        if (current == null) {
            current = select(System.getProperty("flex.target", "sandbox"));
        }
        return current;
    }

    /**
     * Runs the suite (or anything) against this sandbox instead of the run's target, then restores it: the seam of
     * the mutation test of the rules, which runs the suite against sandboxes that break a rule.
     */
    public static void runAgainst(FlexSandbox sandbox, Runnable run) {
        Target previous;
        synchronized (Targets.class) {
            previous = current;
            current = sandboxTarget(sandbox);
        }
        try {
            run.run();
        } finally {
            current = previous;
        }
    }

    private static Target select(String name) {
        // The first exchange of every scenario waits for the contracts' parse (its check, and the sandbox's): begun
        // here, each on a thread of its own, it goes on while the sandbox starts and the first scenarios set up.
        parseInBackground(ContractValidator::forFlexApi);
        parseInBackground(ContractValidator::forSandboxControl);
        return switch (name) {
            case "sandbox" -> sandboxTarget(FlexSandbox.start(0));
            case "live" -> LiveTarget.fromEnvironment(System.getenv());
            default -> throw new IllegalStateException("-Dflex.target must be sandbox or live, not " + name);
        };
    }

    private static void parseInBackground(Runnable parse) {
        Thread thread = new Thread(parse, "contract-parser");
        thread.setDaemon(true);
        thread.start();
    }

    /** The roles of the fixtures file, the objects of the kit's fixture catalog (the sandbox's example seed). */
    private static Target sandboxTarget(FlexSandbox sandbox) {
        return new SandboxTarget(
                sandbox,
                root().resolve("conformance/fixtures/fixtures.yaml"),
                root().resolve("mock/seeds/example.yaml"));
    }

    private static Path root() {
        return Path.of(System.getProperty("flex.root", ".."));
    }
}
