package dev.flexkit.compat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Nullable;
import java.io.ByteArrayOutputStream;
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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.openapitools.jackson.nullable.JsonNullable;
import org.slf4j.Logger;

/**
 * The libraries the generated client compiles against, wherever this JVM loaded them from: the Maven repository
 * when the gate runs in tests or in the Maven plugin, or this gate's own jar when it runs as
 * {@code java -jar flex-compat.jar}. That jar holds openapi-generator, swagger-parser and the rest as well, tens
 * of thousands of entries javac and japicmp would index on every run, so the libraries are copied out of it once
 * into a jar of their own in the cache folder.
 */
final class ClientClasspath {

    private static final List<Class<?>> LIBRARIES = List.of(
            JsonInclude.class,
            JsonParser.class,
            ObjectMapper.class,
            JavaTimeModule.class,
            JsonNullable.class,
            CloseableHttpClient.class,
            HttpEntity.class,
            Nullable.class,
            Logger.class);

    /* The packages of the libraries (com/fasterxml/jackson/, org/apache/hc/, ...): what is copied out. */
    private static final List<String> PREFIXES = LIBRARIES.stream()
            .map(type -> Stream.of(type.getPackageName().split("\\.")).limit(3).toList())
            .map(segments -> String.join("/", segments) + "/")
            .distinct()
            .toList();

    private ClientClasspath() {}

    /**
     * @param cache where the libraries copied out of this gate's jar are kept
     * @return the classpath for javac and japicmp
     */
    static List<Path> entries(ClientCache cache) {
        List<Path> locations =
                LIBRARIES.stream().map(ClientClasspath::locationOf).distinct().toList();
        Path gate = locationOf(ClientClasspath.class);
        if (!locations.equals(List.of(gate)) || !Files.isRegularFile(gate)) {
            return locations;
        }
        try (ZipFile jar = new ZipFile(gate.toFile())) {
            List<ZipEntry> libraries = jar.stream()
                    .filter(entry -> !entry.isDirectory())
                    .filter(entry -> PREFIXES.stream().anyMatch(entry.getName()::startsWith))
                    .map(ZipEntry.class::cast)
                    .toList();
            // Named after the entries' checksums: a rebuilt jar of the same version may bring other libraries.
            return List.of(
                    cache.file("client-libraries-" + fingerprint(libraries) + ".jar", () -> copy(jar, libraries)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the client's libraries in " + gate, e);
        }
    }

    private static String fingerprint(List<ZipEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : entries) {
                digest.update((entry.getName() + "\0" + entry.getCrc() + "\0" + entry.getSize() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] copy(ZipFile jar, List<ZipEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : entries) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the client's libraries out of " + jar.getName(), e);
        }
        return bytes.toByteArray();
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + type.getName(), e);
        }
    }
}
