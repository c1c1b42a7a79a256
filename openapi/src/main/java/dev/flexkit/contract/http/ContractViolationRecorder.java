package dev.flexkit.contract.http;

import dev.flexkit.contract.ContractViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects the violations an {@link ContractCheckingInterceptor} reports, from any number of threads. */
public final class ContractViolationRecorder implements Consumer<List<ContractViolation>> {

    private final List<ContractViolation> recorded = new ArrayList<>();

    @Override
    public synchronized void accept(List<ContractViolation> violations) {
        recorded.addAll(violations);
    }

    /** @return what was recorded since the last call, and forgets it */
    public synchronized List<ContractViolation> drain() {
        List<ContractViolation> drained = List.copyOf(recorded);
        recorded.clear();
        return drained;
    }
}
