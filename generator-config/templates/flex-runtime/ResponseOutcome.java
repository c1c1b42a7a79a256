package dev.flexkit.client;

/**
 * The result of reading a response inside HttpClient's response handler, which may only throw I/O exceptions:
 * the value, or the API exception to throw once the handler has released the connection.
 */
public final class ResponseOutcome<T, E extends Exception> {

    private final T value;
    private final E failure;

    private ResponseOutcome(T value, E failure) {
        this.value = value;
        this.failure = failure;
    }

    public static <T, E extends Exception> ResponseOutcome<T, E> of(T value) {
        return new ResponseOutcome<>(value, null);
    }

    public static <T, E extends Exception> ResponseOutcome<T, E> failed(E failure) {
        return new ResponseOutcome<>(null, failure);
    }

    public T get() throws E {
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
