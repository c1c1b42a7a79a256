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

    @Before("@sandbox-only")
    public static void skipWithoutTheControlApi() {
        if (!Targets.current().hasControlApi()) {
            throw new TestAbortedException("@sandbox-only: needs the sandbox's control API, which "
                    + Targets.current().name() + " has not");
        }
    }
}
