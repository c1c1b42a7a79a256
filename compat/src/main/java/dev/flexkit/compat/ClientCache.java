package dev.flexkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The generated and compiled clients, the Java-level changes between two of them and the findings of whole runs,
 * kept by fingerprint: in this JVM, and in a cache folder across runs, so that a
 * side the gate has built before (the baseline, an unchanged main) costs a file read instead of a generation and a
 * compilation. A cache entry is named after everything that decides the client: the generator-relevant part of the
 * spec, the generator options and templates, and this gate's version.
 */
final class ClientCache {

    /* One for the whole JVM, so that the runs of a test suite share the clients they build. */
    static final ClientCache IN_MEMORY_ONLY = new ClientCache(null);
    /* Bumped whenever what the gate builds for a fingerprint changes. */
    private static final String FORMAT = "v2";
    private static final String SPEC = ".spec.json";

    private final Path folder;
    private final Map<String, byte[]> inMemory = new ConcurrentHashMap<>();
    private final Map<String, Path> temporaryFiles = new HashMap<>();
    /* The keys of the specs kept by this JVM, newest first. */
    private final Deque<String> keptSpecs = new ArrayDeque<>();

    /** @param folder the cache folder, or null to keep clients in memory only */
    ClientCache(Path folder) {
        this.folder = folder;
    }

    /** @return the default cache folder: $XDG_CACHE_HOME/flex-compat, else ~/.cache/flex-compat */
    static Path defaultFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("flex-compat");
    }

    /**
     * The Java-level changes between two clients, kept like the clients: comparing two jars with japicmp costs
     * seconds, reading its findings back costs nothing.
     *
     * @param key the fingerprints of both clients
     * @param compare compares them when the result is in neither cache
     * @return japicmp's incompatible changes
     */
    List<JavaChange> javaChanges(String key, Supplier<List<JavaChange>> compare) {
        String name = FORMAT + "-" + GateVersion.id() + "-" + key + ".changes";
        return decode(new String(cached(name, () -> encode(compare.get())), StandardCharsets.UTF_8));
    }

    /**
     * @param key the digest of every input of a run (Findings.keyOf)
     * @param find runs the gate when the findings are in neither cache
     * @return the findings
     */
    Findings findings(String key, Supplier<Findings> find) {
        String name = FORMAT + "-" + GateVersion.id() + "-" + key + ".findings";
        Optional<Findings> kept =
                Optional.ofNullable(inMemory.get(name)).or(() -> fromDisk(name)).flatMap(Findings::decode);
        if (kept.isPresent()) {
            return kept.get();
        }
        Findings found = find.get();
        inMemory.put(name, store(name, found.encode()));
        return found;
    }

    /**
     * The {@code $ref}s of one file of a spec, kept by the digest of its bytes: finding them means reading the
     * whole file with SnakeYAML, which a run on unchanged files can do without.
     *
     * @param content the bytes of the file
     * @param read reads its references when they are in neither cache
     * @return every {@code $ref} value of the file that names another file, as written
     */
    List<String> references(byte[] content, Supplier<List<String>> read) {
        String name = FORMAT + "-" + GateVersion.id() + "-" + sha256(content) + ".refs";
        byte[] lines = cached(name, () -> String.join("\n", read.get()).getBytes(StandardCharsets.UTF_8));
        return new String(lines, StandardCharsets.UTF_8).lines().toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /* One change a line, its fields tab-separated: no field of japicmp's holds a tab or a newline. */
    private static byte[] encode(List<JavaChange> changes) {
        StringBuilder text = new StringBuilder();
        for (JavaChange change : changes) {
            text.append(change.className())
                    .append('\t')
                    .append(change.member())
                    .append('\t')
                    .append(change.change())
                    .append('\t')
                    .append(change.binaryIncompatible())
                    .append('\t')
                    .append(change.sourceIncompatible())
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<JavaChange> decode(String text) {
        return text.lines()
                .map(line -> line.split("\t", -1))
                .map(fields -> new JavaChange(
                        fields[0],
                        fields[1],
                        fields[2],
                        Boolean.parseBoolean(fields[3]),
                        Boolean.parseBoolean(fields[4])))
                .toList();
    }

    /**
     * @param key the fingerprint of the client
     * @param build builds the client when it is in neither cache
     * @return the compiled client, as a jar ({@link ClientJar})
     */
    byte[] jar(String key, Supplier<byte[]> build) {
        return cached(jarName(key), build);
    }

    /**
     * @param key the fingerprint of a client
     * @return the compiled client, if either cache has it
     */
    Optional<byte[]> jarIfKept(String key) {
        String name = jarName(key);
        return Optional.ofNullable(inMemory.get(name)).or(() -> fromDisk(name));
    }

    /**
     * @param key the fingerprint of a client
     * @return whether either cache has it, without reading it
     */
    boolean isKept(String key) {
        String name = jarName(key);
        return inMemory.containsKey(name) || (folder != null && Files.isRegularFile(folder.resolve(name)));
    }

    private static String jarName(String key) {
        return FORMAT + "-" + GateVersion.id() + "-" + key + ".jar";
    }

    /**
     * Keeps the spec a kept client was generated from, as the gate reads it, so that a later client can be built
     * as a change of the kept client whose spec is nearest ({@link ReferenceClient}).
     *
     * @param key the fingerprint of the client
     * @param clientTree the spec without its documentation ({@link LoadedSpec#clientTree()}), as JSON
     */
    void keepSpec(String key, Supplier<byte[]> clientTree) {
        String name = specName(key);
        if (!inMemory.containsKey(name)) {
            inMemory.put(
                    name,
                    folder != null && Files.isRegularFile(folder.resolve(name))
                            ? new byte[0] // kept already; read back only when it is wanted
                            : store(name, clientTree.get()));
            synchronized (keptSpecs) {
                keptSpecs.remove(key);
                keptSpecs.addFirst(key);
            }
        }
    }

    /**
     * @param key the fingerprint of a client
     * @return the spec it was generated from, as {@link #keepSpec} kept it
     */
    Optional<byte[]> specIfKept(String key) {
        String name = specName(key);
        return Optional.ofNullable(inMemory.get(name))
                .filter(bytes -> bytes.length > 0)
                .or(() -> fromDisk(name));
    }

    /**
     * @param keySuffix what the keys end with (the generator config's fingerprint: clients of other configs are no
     *     reference)
     * @param limit how many
     * @return the keys of the clients whose specs were kept most recently, newest first
     */
    List<String> recentSpecs(String keySuffix, int limit) {
        Set<String> keys = new LinkedHashSet<>();
        synchronized (keptSpecs) {
            keys.addAll(keptSpecs);
        }
        if (folder != null) {
            String prefix = FORMAT + "-" + GateVersion.id() + "-";
            String suffix = keySuffix + SPEC;
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().startsWith(prefix)
                                && file.getFileName().toString().endsWith(suffix))
                        .sorted(Comparator.comparing(ClientCache::modified).reversed())
                        .map(file -> file.getFileName().toString())
                        .forEach(name -> keys.add(name.substring(prefix.length(), name.length() - SPEC.length())));
            } catch (IOException e) {
                // No kept specs to choose from: the other side is the reference.
            }
        }
        return keys.stream().filter(key -> key.endsWith(keySuffix)).limit(limit).toList();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String specName(String key) {
        return FORMAT + "-" + GateVersion.id() + "-" + key + SPEC;
    }

    /**
     * A file that javac or japicmp reads by its path, kept in the cache folder, or without one in a temporary file
     * removed when this JVM exits.
     *
     * @param name its name, unique for this gate's version
     * @param content makes its content when it is not kept yet
     * @return the file
     */
    Path file(String name, Supplier<byte[]> content) {
        String fullName = FORMAT + "-" + GateVersion.id() + "-" + name;
        try {
            if (folder != null) {
                Path file = folder.resolve(fullName);
                if (!Files.isRegularFile(file)) {
                    store(fullName, content.get());
                }
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
            synchronized (temporaryFiles) {
                Path file = temporaryFiles.get(fullName);
                if (file == null) {
                    file = Files.createTempFile("flex-compat-", "-" + name);
                    file.toFile().deleteOnExit();
                    Files.write(file, content.get());
                    temporaryFiles.put(fullName, file);
                }
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + name, e);
        }
    }

    /* Not computeIfAbsent: building a comparison builds clients, which would update the map from inside. */
    private byte[] cached(String name, Supplier<byte[]> build) {
        byte[] content = inMemory.get(name);
        if (content == null) {
            content = fromDisk(name).orElseGet(() -> store(name, build.get()));
            inMemory.put(name, content);
        }
        return content;
    }

    private Optional<byte[]> fromDisk(String name) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is rebuilt
        }
    }

    /* Written beside and moved into place, so a concurrent run never reads half a jar. */
    private byte[] store(String name, byte[] content) {
        if (folder == null) {
            return content;
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, name, ".partial");
            Files.write(partial, content);
            try {
                Files.move(
                        partial,
                        folder.resolve(name),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs the next run the build again.
        }
        return content;
    }
}
