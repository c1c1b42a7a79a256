package dev.flexkit.sandbox.fuzz;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs generation on the one thread jqwik's arbitraries may run on (the property's own: they memoize their
 * generators in its store), for fuzzers that send from threads of their own.
 */
final class GenerationDesk implements Executor {

    private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        work.add(task);
    }

    /** Serves generation on the calling thread until {@code done}. */
    void serveUntil(BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable task = work.poll(50, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }
    }

    static boolean allDone(Iterable<? extends Future<?>> futures) {
        for (Future<?> future : futures) {
            if (!future.isDone()) {
                return false;
            }
        }
        return true;
    }
}
