package dev.flexkit.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the gate found on a pair of specs, before the accepted changes and the severity that fails are applied:
 * the part of a run that depends only on the two specs' files, the generator config and the gate, and so can be
 * kept in the cache and read back when none of them changed.
 *
 * @param decisions the spec-level decisions, located
 * @param javaChanges the Java-level changes
 */
record Findings(List<Decision> decisions, List<JavaChange> javaChanges) {

    private static final ObjectMapper JSON = new ObjectMapper();

    byte[] encode() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode findings", e);
        }
    }

    static Findings decode(byte[] bytes) {
        try {
            return JSON.readValue(bytes, Findings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode cached findings", e);
        }
    }

    /**
     * @return a digest of every input of the findings: the bytes of each side's files (its entry file and every
     *     file its {@code $ref}s reach), how each side is named in reports, and the generator config
     */
    static String keyOf(CompatGate.SpecFile base, CompatGate.SpecFile head, GeneratorConfig config) {
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
            digestFiles(digest, base.file());
            digestFiles(digest, head.file());
            return HexFormat.of().formatHex(digest.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digestFiles(MessageDigest digest, Path entry) {
        try {
            for (Path file : SpecSource.filesOf(entry)) {
                digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
            }
            digest.update((byte) 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the files of " + entry, e);
        }
    }
}
