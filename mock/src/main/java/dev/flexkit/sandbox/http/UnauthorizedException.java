package dev.flexkit.sandbox.http;

/** The request carries no usable test-mode key (401). */
final class UnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnauthorizedException(String detail) {
        super(detail);
    }
}
