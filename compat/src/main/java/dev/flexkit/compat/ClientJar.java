package dev.flexkit.compat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * A compiled client as the cache keeps it: its classes, for japicmp, and the generated sources they were compiled
 * from, so that the client of a changed spec can be compiled as a change of this one (see {@link Recompilation}).
 * japicmp reads only the {@code .class} entries.
 *
 * @param classes class files by entry name, e.g. {@code dev/flexkit/client/model/Customer.class}
 * @param sources source files by path, e.g. {@code dev/flexkit/client/model/Customer.java}
 */
record ClientJar(SortedMap<String, byte[]> classes, SortedMap<String, byte[]> sources) {

    private static final String SOURCES = "META-INF/flex-compat/sources/";

    /**
     * @param jar what {@link #bytes()} made
     * @return its classes and sources
     */
    static ClientJar of(byte[] jar) {
        SortedMap<String, byte[]> classes = new TreeMap<>();
        SortedMap<String, byte[]> sources = new TreeMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().startsWith(SOURCES)) {
                    sources.put(entry.getName().substring(SOURCES.length()), in.readAllBytes());
                } else if (entry.getName().endsWith(".class")) {
                    classes.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a cached client", e);
        }
        return new ClientJar(classes, sources);
    }

    /** @return the jar, its entries in a stable order */
    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                put(jar, entry.getKey(), entry.getValue());
            }
            for (Map.Entry<String, byte[]> entry : sources.entrySet()) {
                put(jar, SOURCES + entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack a client", e);
        }
        return bytes.toByteArray();
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
