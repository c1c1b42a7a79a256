package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Java-level rule follows japicmp's verdict on binary and source compatibility. */
class JavaChangeRuleTest {

    @Test
    void sourceOnlyIncompatibleChangesAreReportedUnderTheSourceRule() {
        assertThat(new JavaChange("a.B", "m()", "METHOD_ADDED_TO_INTERFACE", false, true).rule())
                .isEqualTo(Rule.JAVA_SOURCE_INCOMPATIBLE);
        assertThat(new JavaChange("a.B", "m()", "METHOD_REMOVED", true, true).rule())
                .isEqualTo(Rule.JAVA_BINARY_INCOMPATIBLE);
    }
}
