package dev.flexkit.compat;

import java.util.List;

/**
 * The gate's findings on a pair of specs.
 *
 * @param base how the base spec was named on the command line
 * @param head how the head spec was named on the command line
 * @param generatorConfig where the generator options and templates came from
 * @param decisions the spec-level decisions, breaking ones first, each located in the source
 * @param javaChanges the incompatible changes of the generated Java API
 * @param acceptance which changes the accepted-changes file let through
 * @param failOn the lowest severity that fails the run
 */
record CompatResult(
        String base,
        String head,
        String generatorConfig,
        List<Decision> decisions,
        List<JavaChange> javaChanges,
        Acceptance acceptance,
        Severity failOn) {

    CompatResult withAcceptance(Acceptance newAcceptance, Severity newFailOn) {
        return new CompatResult(base, head, generatorConfig, decisions, javaChanges, newAcceptance, newFailOn);
    }

    /** @return the breaking decisions no accepted change lets through */
    List<Decision> breakingDecisions() {
        return decisions.stream()
                .filter(Decision::breaking)
                .filter(this::notAccepted)
                .toList();
    }

    /** @return the decisions the accepted-changes file let through */
    List<Decision> acceptedDecisions() {
        return decisions.stream().filter(decision -> !notAccepted(decision)).toList();
    }

    /** @return the compatible decisions that were not accepted explicitly */
    List<Decision> compatibleDecisions() {
        return decisions.stream()
                .filter(decision -> !decision.breaking())
                .filter(this::notAccepted)
                .toList();
    }

    /** @return the Java-level changes no accepted change lets through */
    List<JavaChange> breakingJavaChanges() {
        return javaChanges.stream().filter(this::notAccepted).toList();
    }

    List<JavaChange> acceptedJavaChanges() {
        return javaChanges.stream().filter(change -> !notAccepted(change)).toList();
    }

    boolean notAccepted(Object change) {
        return acceptance.of(change).isEmpty();
    }

    boolean specBreaking() {
        return !breakingDecisions().isEmpty();
    }

    boolean javaBreaking() {
        return !breakingJavaChanges().isEmpty();
    }

    boolean breaking() {
        return specBreaking() || javaBreaking();
    }

    /** @return the unaccepted compatible decisions of severity warning */
    List<Decision> warnings() {
        return compatibleDecisions().stream()
                .filter(decision -> decision.severity() == Severity.WARNING)
                .toList();
    }

    /** @return whether the run fails: a breaking change, or with --fail-on warning also a warning or a rotting entry */
    boolean fails() {
        return breaking() || failOn == Severity.WARNING && (!warnings().isEmpty() || acceptance.rotting());
    }
}
