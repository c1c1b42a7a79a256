package dev.flexkit.sandbox.domain;

/** An id names nothing in this dataset. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, String id) {
        super("No " + kind + " " + id);
    }
}
