package dev.flexkit.compat;

import java.io.Serializable;

/**
 * An incompatible change of the generated Java API, as japicmp reports it.
 *
 * @param className the class, e.g. {@code dev.flexkit.client.model.Customer}
 * @param member the method, constructor or field, or empty for the class itself
 * @param change japicmp's name for the change, e.g. {@code METHOD_REMOVED}
 * @param binaryIncompatible whether code compiled against the old client fails against the new one
 * @param sourceIncompatible whether code written against the old client no longer compiles
 */
record JavaChange(
        String className, String member, String change, boolean binaryIncompatible, boolean sourceIncompatible)
        implements Serializable {

    /** @return the class, and {@code #member} when the change is a member's */
    String subject() {
        return member.isEmpty() ? className : className + "#" + member;
    }

    Severity severity() {
        return Severity.BREAKING;
    }

    /** @return the rule this change is reported under */
    Rule rule() {
        return binaryIncompatible ? Rule.JAVA_BINARY_INCOMPATIBLE : Rule.JAVA_SOURCE_INCOMPATIBLE;
    }
}
