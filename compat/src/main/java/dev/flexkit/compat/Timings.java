package dev.flexkit.compat;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
        long cpuStart = threadCpuTime();
        T result = work.get();
        report(phase, start, cpuStart);
        return result;
    }

    /** @return the CPU time of this thread so far, in nanoseconds, or 0 when timings are off */
    long threadCpuTime() {
        return out == null ? 0 : ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Prints the wall time of a phase and the CPU time of the thread that ran it: on a busy machine the wall time
     * says little, and the CPU time leaves out only what other threads (the JIT's, the other level's) spent.
     *
     * @param phase what the work was, as printed
     * @param start {@link System#nanoTime()} when it started
     * @param cpuStart {@link #threadCpuTime()} when it started
     */
    synchronized void report(String phase, long start, long cpuStart) {
        if (out != null) {
            out.printf(
                    "flex-compat: %6d ms  (%5d ms CPU)  %s%n",
                    (System.nanoTime() - start) / 1_000_000, (threadCpuTime() - cpuStart) / 1_000_000, phase);
            out.flush();
        }
    }
}
