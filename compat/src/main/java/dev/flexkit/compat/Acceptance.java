package dev.flexkit.compat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which changes the accepted-changes file let through, and which of its entries are rotting: expired ones accept
 * nothing any more, unused ones match no change of this run.
 *
 * @param file the accepted-changes file as the user named it, or null
 * @param accepted the entry that accepted each accepted change
 * @param expired the entries past their expiry date
 * @param unused the entries that match no change
 */
record Acceptance(
        String file, Map<Object, AcceptedChange> accepted, List<AcceptedChange> expired, List<AcceptedChange> unused) {

    /**
     * @param entries the reviewed exceptions
     * @param decisions the spec-level decisions
     * @param javaChanges the Java-level changes
     * @param today the day of the run, against which expiry dates are read
     * @return what the entries accept
     */
    static Acceptance of(
            AcceptedChanges entries, List<Decision> decisions, List<JavaChange> javaChanges, LocalDate today) {
        Map<Object, AcceptedChange> accepted = new IdentityHashMap<>();
        List<AcceptedChange> expired = new ArrayList<>();
        List<AcceptedChange> unused = new ArrayList<>();
        for (AcceptedChange entry : entries.entries()) {
            if (entry.expiredOn(today)) {
                expired.add(entry);
                continue;
            }
            boolean used = false;
            for (Decision decision : decisions) {
                if (entry.matches(decision)) {
                    accepted.putIfAbsent(decision, entry);
                    used = true;
                }
            }
            for (JavaChange change : javaChanges) {
                if (entry.matches(change)) {
                    accepted.putIfAbsent(change, entry);
                    used = true;
                }
            }
            if (!used) {
                unused.add(entry);
            }
        }
        return new Acceptance(entries.file(), accepted, List.copyOf(expired), List.copyOf(unused));
    }

    static Acceptance none() {
        return new Acceptance(null, Map.of(), List.of(), List.of());
    }

    /** @return the entry that accepted a decision or Java change, if one did */
    Optional<AcceptedChange> of(Object change) {
        return Optional.ofNullable(accepted.get(change));
    }

    boolean rotting() {
        return !expired.isEmpty() || !unused.isEmpty();
    }
}
