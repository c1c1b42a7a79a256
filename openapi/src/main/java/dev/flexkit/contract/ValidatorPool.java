package dev.flexkit.contract;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Validators of one contract, each used by one thread at a time. The Atlassian validator prepares each schema
 * lazily and not thread-safely (two threads on a new schema can both add "null" to a nullable type), so one
 * validator cannot serve two threads; one per core lets every core check at once. A second one is made only
 * when two checks first run together.
 */
final class ValidatorPool<V> {

    private final Supplier<V> factory;
    private final int capacity;
    private final BlockingQueue<V> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger made = new AtomicInteger();

    ValidatorPool(Supplier<V> factory, int capacity) {
        this.factory = factory;
        this.capacity = capacity;
        idle.add(factory.get());
        made.set(1);
    }

    <T> T with(Function<V, T> check) {
        V validator = borrow();
        try {
            return check.apply(validator);
        } finally {
            idle.add(validator);
        }
    }

    private V borrow() {
        V validator = idle.poll();
        if (validator != null) {
            return validator;
        }
        if (made.incrementAndGet() <= capacity) {
            return factory.get();
        }
        made.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a contract validator", e);
        }
    }
}
