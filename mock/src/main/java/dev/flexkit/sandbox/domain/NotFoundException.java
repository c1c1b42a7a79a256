package dev.flexkit.sandbox.domain;

/** An id names nothing in this dataset (404, {@code {"detail": "not_found"}} or a code of Flex's own). */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public NotFoundException(String kind, String id) {
        super("No " + kind + " " + id);
        this.detail = "not_found";
    }

    private NotFoundException(String message, String detail, boolean coded) {
        super(message);
        this.detail = detail;
    }

    /** What an operation did not find, under the code Flex's page gives it (e.g. Confirm's {@code customer_not_found}). */
    public static NotFoundException coded(String detail, String message) {
        return new NotFoundException(message, detail, true);
    }

    /** The body's {@code detail}. */
    public String detail() {
        return detail;
    }
}
