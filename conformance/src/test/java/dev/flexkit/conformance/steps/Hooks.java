package dev.flexkit.conformance.steps;

import dev.flexkit.conformance.target.Targets;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import org.opentest4j.TestAbortedException;

/** The run's target is chosen (and, live, its key checked) before any scenario; sandbox-only scenarios skip on live. */
public final class Hooks {

    private Hooks() {}

    @BeforeAll
    public static void chooseTheTarget() {
        Targets.current();
    }

    /**
     * Reauthorization renews an authorization hold; the sandbox's holds never lapse yet, so a reauthorized session is
     * the session as it was and no step can tell a renewed hold from the old one.
     */
    @Before("@awaits-hold-lifecycle")
    public static void skipWhatCannotFailYet() {
        throw new TestAbortedException("@awaits-hold-lifecycle: the sandbox's authorization holds never lapse yet, so"
                + " nothing observable changes on reauthorization and this scenario could not fail");
    }

    @Before("@sandbox-only")
    public static void skipWithoutTheControlApi() {
        if (!Targets.current().hasControlApi()) {
            throw new TestAbortedException("@sandbox-only: needs the sandbox's control API, which "
                    + Targets.current().name() + " has not");
        }
    }
}
