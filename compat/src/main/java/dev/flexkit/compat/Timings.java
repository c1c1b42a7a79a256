package dev.flexkit.compat;

import java.io.PrintWriter;

/** The time each phase of a run took, printed with --timings so a slow gate can be told where it spends it. */
final class Timings {

    private final PrintWriter out;
    private long last = System.nanoTime();

    private Timings(PrintWriter out) {
        this.out = out;
    }

    static Timings off() {
        return new Timings(null);
    }

    static Timings to(PrintWriter out) {
        return new Timings(out);
    }

    void lap(String phase) {
        long now = System.nanoTime();
        if (out != null) {
            out.printf("flex-compat: %6d ms  %s%n", (now - last) / 1_000_000, phase);
            out.flush();
        }
        last = now;
    }
}
