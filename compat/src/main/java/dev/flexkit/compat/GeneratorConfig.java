package dev.flexkit.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The options file and templates the project generates its Java client with (generator-config/), so that both
 * sides of the Java-level comparison are generated exactly as generated/ generates the published client.
 *
 * @param optionsFile flex-client.yaml
 * @param templateDir the template overrides
 * @param origin where they were found, for the report
 * @param fingerprint a digest of their content: clients generated with different settings are different clients
 */
record GeneratorConfig(Path optionsFile, Path templateDir, String origin, String fingerprint) {

    static final String FOLDER = "generator-config";
    private static final String OPTIONS = "flex-client.yaml";
    private static final String TEMPLATES = "templates";
    private static final String BUNDLED = "flex-generator-config";

    /**
     * @param folder a folder holding flex-client.yaml and templates/
     * @return its configuration
     * @throws GateException when it holds no flex-client.yaml
     */
    static GeneratorConfig in(Path folder) {
        if (!Files.isRegularFile(folder.resolve(OPTIONS)) || !Files.isDirectory(folder.resolve(TEMPLATES))) {
            throw new GateException(
                    "generator config folder " + folder + " needs " + OPTIONS + " and " + TEMPLATES + "/");
        }
        return new GeneratorConfig(
                folder.resolve(OPTIONS), folder.resolve(TEMPLATES), folder.toString(), fingerprint(folder));
    }

    /**
     * The configuration of the checkout the first of the given folders is in, or, outside any checkout, the copy
     * packaged in this jar.
     *
     * @param searchFrom folders to look from, in order of preference
     * @param workspace where to unpack the packaged copy
     * @return the configuration
     */
    static GeneratorConfig locate(List<Path> searchFrom, Workspace workspace) {
        return searchFrom.stream()
                .map(GitRepo::toplevelOf)
                .flatMap(Optional::stream)
                .map(top -> top.resolve(FOLDER))
                .filter(folder -> Files.isRegularFile(folder.resolve(OPTIONS)))
                .findFirst()
                .map(GeneratorConfig::in)
                .orElseGet(() -> bundled(workspace));
    }

    /**
     * @param workspace where to unpack it when it is inside a jar
     * @return the copy of generator-config/ packaged with this class
     */
    static GeneratorConfig bundled(Workspace workspace) {
        Path location = codeLocation();
        if (Files.isDirectory(location)) {
            return in(location.resolve(BUNDLED));
        }
        Path target = workspace.newFolder(BUNDLED);
        unpack(location, target);
        GeneratorConfig unpacked = in(target);
        return new GeneratorConfig(
                unpacked.optionsFile(), unpacked.templateDir(), "packaged in " + location, unpacked.fingerprint());
    }

    /* With ZipFile, not a zip file system: that one would index the jar's tens of thousands of entries first. */
    private static void unpack(Path jar, Path target) {
        String prefix = BUNDLED + "/";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().map(ZipEntry.class::cast).toList()) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                Path copy = target.resolve(entry.getName().substring(prefix.length()))
                        .normalize();
                if (!copy.startsWith(target)) {
                    throw new IOException("entry outside its folder: " + entry.getName());
                }
                Files.createDirectories(copy.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the generator config packaged in " + jar, e);
        }
    }

    private static Path codeLocation() {
        try {
            return Path.of(GeneratorConfig.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of the gate", e);
        }
    }

    /* Only what the generator reads: the folder may hold other generators' options. */
    private static String fingerprint(Path folder) {
        try (Stream<Path> templates = Files.walk(folder.resolve(TEMPLATES))) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = Stream.concat(
                            Stream.of(folder.resolve(OPTIONS)),
                            templates.filter(Files::isRegularFile).sorted())
                    .toList();
            for (Path file : files) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
