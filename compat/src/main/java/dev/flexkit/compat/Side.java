package dev.flexkit.compat;

/** Which way the data of a change travels: what a client sends, what it receives, or neither (an operation). */
enum Side {
    REQUEST("request"),
    RESPONSE("response"),
    NONE("");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
