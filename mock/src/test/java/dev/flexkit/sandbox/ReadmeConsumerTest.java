package dev.flexkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's consumer test is the test of examples/sandbox-junit, which bin/test-all runs as a project of its own. */
class ReadmeConsumerTest {

    private static final Path ROOT = Path.of(System.getProperty("flex.root", ".."));
    private static final Pattern CONSUMER_TEST =
            Pattern.compile("<!-- sandbox-junit -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeShowsTheConsumerProjectsTest() throws IOException {
        Matcher readme = CONSUMER_TEST.matcher(Files.readString(ROOT.resolve("README.md")));

        assertThat(readme.find())
                .as("README.md has a java block after <!-- sandbox-junit -->")
                .isTrue();
        assertThat(Files.readString(ROOT.resolve("examples/sandbox-junit/src/test/java/OffSessionCheckoutTest.java")))
                .isEqualTo(readme.group(1));
    }
}
