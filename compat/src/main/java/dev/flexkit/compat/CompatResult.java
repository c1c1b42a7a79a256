package dev.flexkit.compat;

import java.util.List;

/**
 * The gate's findings on a pair of specs.
 *
 * @param base how the base spec was named on the command line
 * @param head how the head spec was named on the command line
 * @param generatorConfig where the generator options and templates came from
 * @param decisions the spec-level decisions, breaking ones first
 * @param javaChanges the incompatible changes of the generated Java API
 */
record CompatResult(String base, String head, String generatorConfig, List<Decision> decisions,
        List<JavaChange> javaChanges) {

    List<Decision> breakingDecisions() {
        return decisions.stream().filter(Decision::breaking).toList();
    }

    List<Decision> compatibleDecisions() {
        return decisions.stream().filter(decision -> !decision.breaking()).toList();
    }

    boolean specBreaking() {
        return !breakingDecisions().isEmpty();
    }

    boolean javaBreaking() {
        return !javaChanges.isEmpty();
    }

    boolean breaking() {
        return specBreaking() || javaBreaking();
    }
}
