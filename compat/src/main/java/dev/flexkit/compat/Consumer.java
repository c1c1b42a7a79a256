package dev.flexkit.compat;

/** Who a change can break. */
enum Consumer {
    JAVA("Java consumers of the generated client"),
    HTTP("HTTP clients"),
    SERVER("the server contract");

    private final String label;

    Consumer(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
