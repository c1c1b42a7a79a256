package dev.flexkit.compat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the gate found on a pair of specs, before the accepted changes and the severity that fails are applied:
 * the part of a run that depends only on the two specs' files, the generator config and the gate, and so can be
 * kept in the cache and read back when none of them changed.
 *
 * <p>Kept with Java serialization rather than Jackson: reading the findings back is all a run on unchanged files
 * does, and Jackson's databind would load more classes than the rest of that run together.
 *
 * @param decisions the spec-level decisions, located
 * @param javaChanges the Java-level changes
 */
record Findings(List<Decision> decisions, List<JavaChange> javaChanges) implements Serializable {

    /* Only what findings are made of: a cache entry is never a way to instantiate anything else. */
    private static final ObjectInputFilter ONLY_FINDINGS = ObjectInputFilter.Config.createFilter(
            "dev.flexkit.compat.*;org.openapitools.openapidiff.core.model.DiffResult;java.lang.*;java.util.*;"
                    + "maxdepth=20;!*");

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode findings", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param bytes what {@link #encode()} wrote
     * @return the findings, or empty when the bytes are not findings of this gate (a damaged entry, another build)
     */
    static Optional<Findings> decode(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_FINDINGS);
            return in.readObject() instanceof Findings findings ? Optional.of(findings) : Optional.empty();
        } catch (IOException | ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * @param cache where the references each file makes are kept, by the digest of its bytes
     * @return a digest of every input of the findings: the bytes of each side's files (its entry file and every
     *     file its {@code $ref}s reach), how each side is named in reports, and the generator config
     */
    static String keyOf(CompatGate.SpecFile base, CompatGate.SpecFile head, GeneratorConfig config, ClientCache cache) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : List.of(
                    base.label(),
                    base.fileLabel(),
                    head.label(),
                    head.fileLabel(),
                    base.file().getFileName().toString(),
                    head.file().getFileName().toString(),
                    config.fingerprint())) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digestFiles(digest, base.file(), cache);
            digestFiles(digest, head.file(), cache);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digestFiles(MessageDigest digest, Path entry, ClientCache cache) {
        try {
            // Named from the entry's folder: with --base-ref that folder is a new temporary one on every run.
            Path folder = entry.toAbsolutePath().normalize().getParent();
            for (Path file : SpecSource.filesOf(entry, cache)) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
            }
            digest.update((byte) 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the files of " + entry, e);
        }
    }
}
