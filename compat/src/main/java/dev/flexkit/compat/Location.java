package dev.flexkit.compat;

import java.io.Serializable;

/**
 * Where a change is in the source of a spec.
 *
 * @param spec {@code base} or {@code head}
 * @param file the file, as the user named the spec's entry file (a file beside it keeps that folder)
 * @param line 1-based
 * @param column 1-based
 */
record Location(String spec, String file, int line, int column) implements Serializable {}
