package dev.flexkit.compat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The version of this gate, which names every cache entry: from its jar's manifest, and for a snapshot a digest of
 * the gate's own classes besides, since every development build is the same snapshot and a cache folder kept
 * across pushes would otherwise serve what an older gate built and found. A build from classes (tests) is "dev".
 */
final class GateVersion {

    private static final String OWN_CLASSES = "dev/flexkit/compat/";

    private GateVersion() {}

    static String id() {
        return Holder.ID;
    }

    /* Computed once: the digest reads the gate's classes from its jar. */
    private static final class Holder {
        private static final String ID = compute();
    }

    private static String compute() {
        String version = GateVersion.class.getPackage().getImplementationVersion();
        if (version == null) {
            return "dev";
        }
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        return ownJar().flatMap(GateVersion::digestOfOwnClasses)
                .map(digest -> version + "-" + digest)
                .orElse(version);
    }

    private static Optional<Path> ownJar() {
        CodeSource source = GateVersion.class.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return location != null && Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param jar a jar holding the gate's classes
     * @return a digest of the names and bytes of its entries under {@code dev/flexkit/compat/}, nothing else: a
     *     jar built again from the same sources has the same one
     */
    static Optional<String> digestOfOwnClasses(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<JarEntry> entries = Collections.list(file.entries()).stream()
                    .filter(entry -> entry.getName().startsWith(OWN_CLASSES) && !entry.isDirectory())
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (JarEntry entry : entries) {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(entry)) {
                    digest.update(in.readAllBytes());
                }
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()).substring(0, 12));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty(); // the version alone, as before
        }
    }
}
