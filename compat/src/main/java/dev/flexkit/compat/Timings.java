package dev.flexkit.compat;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The time each phase of a run took, printed with --timings so a slow gate can be told where it spends it. Each
 * phase is timed on its own, so phases that run side by side (the two levels of the check) are told apart.
 */
final class Timings {

    private final PrintWriter out;

    private Timings(PrintWriter out) {
        this.out = out;
    }

    static Timings off() {
        return new Timings(null);
    }

    static Timings to(PrintWriter out) {
        return new Timings(out);
    }

    /**
     * @param phase what the work is, as printed
     * @param work the phase
     * @return what the work returned
     */
    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        report(phase, start);
        return result;
    }

    /**
     * @param phase what the work was, as printed
     * @param start {@link System#nanoTime()} when it started
     */
    synchronized void report(String phase, long start) {
        if (out != null) {
            out.printf("flex-compat: %6d ms  %s%n", (System.nanoTime() - start) / 1_000_000, phase);
            out.flush();
        }
    }
}
