package dev.flexkit.sandbox.domain;

import java.util.List;

/** The object exists but is not in a state that allows the operation (400). */
public final class InvalidStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public InvalidStateException(String type, String text) {
        super(type + ": " + text);
        this.problem = new Problem(List.of("id"), type + ": " + text, type);
    }

    public Problem problem() {
        return problem;
    }
}
