package dev.flexkit.sandbox.domain;

import java.util.List;

/** The object exists but is not in a state that allows the operation (400). */
public final class InvalidStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public InvalidStateException(String type, String text) {
        this(new Problem(List.of("id"), type + ": " + text, type));
    }

    public InvalidStateException(Problem problem) {
        super(problem.msg());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
