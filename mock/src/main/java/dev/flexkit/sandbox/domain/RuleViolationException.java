package dev.flexkit.sandbox.domain;

import java.util.List;

/** The request is well-formed but a business rule refuses it (422). */
public final class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RuleViolationException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public RuleViolationException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
