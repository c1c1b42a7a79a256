package dev.flexkit.compat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Nullable;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.openapitools.jackson.nullable.JsonNullable;
import org.slf4j.Logger;

/**
 * The libraries the generated client compiles against, wherever this JVM loaded them from: the jar itself when the
 * gate runs as {@code java -jar flex-compat.jar}, the Maven repository when it runs in tests.
 */
final class ClientClasspath {

    private ClientClasspath() {}

    /** @return the classpath for javac and japicmp */
    static List<Path> entries() {
        return Stream.of(
                        JsonInclude.class,
                        JsonParser.class,
                        ObjectMapper.class,
                        JavaTimeModule.class,
                        JsonNullable.class,
                        CloseableHttpClient.class,
                        HttpEntity.class,
                        Nullable.class,
                        Logger.class)
                .map(ClientClasspath::locationOf)
                .distinct()
                .toList();
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
