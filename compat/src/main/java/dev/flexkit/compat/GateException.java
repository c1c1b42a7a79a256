package dev.flexkit.compat;

/**
 * The gate could not reach a verdict: an unreadable spec, a missing git ref, a client that does not
 * generate or compile. The message is the one line a developer reads in CI, so it names the input at fault.
 */
public final class GateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GateException(String message) {
        super(message);
    }

    public GateException(String message, Throwable cause) {
        super(message, cause);
    }
}
