package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.WebhookCreateParams;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.WebhookReceiver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's webhook handler compiles, and run on a real delivery of the sandbox it accepts it and only it. */
class WebhookHandlerReadmeTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final Pattern HANDLER =
            Pattern.compile("<!-- webhook-handler -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @Test
    void theReadmeHandlerAcceptsTheSandboxsDeliveryAndRefusesItChangedOrReplayed(@TempDir Path dir) throws Exception {
        Method handle = compileReadmeHandler(dir);
        Fixtures.seed(sandbox);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String secret = sandbox.webhooks()
                    .createWebhook(new WebhookCreateRequest()
                            .webhook(new WebhookCreateParams()
                                    .url(receiver.url())
                                    .events(List.of(EventType.CHECKOUT_SESSION_COMPLETED))))
                    .getWebhook()
                    .getSigningSecret();
            CheckoutSession session = Fixtures.onSession(sandbox, Fixtures.BANDAGE);
            Fixtures.complete(sandbox, session.getCheckoutSessionId(), "approved", "readme@example.com");
            WebhookReceiver.Received delivery = receiver.await(1, r -> true).get(0);
            Map<String, List<String>> headers = delivery.headers().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream out = System.out;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Object changed;
            Object accepted;
            Object replayed;
            try {
                changed = handle.invoke(null, delivery.body().replace("900", "1"), headers, secret);
                accepted = handle.invoke(null, delivery.body(), headers, secret);
                replayed = handle.invoke(null, delivery.body(), headers, secret);
            } finally {
                System.setOut(out);
            }

            assertThat(changed).isEqualTo(400);
            assertThat(accepted).isEqualTo(200);
            assertThat(replayed).isEqualTo(400);
            assertThat(printed.toString(StandardCharsets.UTF_8).strip())
                    .isEqualTo("fulfil " + session.getCheckoutSessionId());
        }
    }

    private static Method compileReadmeHandler(Path dir) throws Exception {
        Path readme = Path.of(System.getProperty("flex.root", "..")).resolve("README.md");
        Matcher block = HANDLER.matcher(Files.readString(readme));
        assertThat(block.find())
                .as("README.md has a java block after <!-- webhook-handler -->")
                .isTrue();
        Path source = dir.resolve("FlexWebhookHandler.java");
        Files.writeString(source, block.group(1));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = compiler.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of(
                                    "-classpath",
                                    System.getProperty("java.class.path"),
                                    "-d",
                                    dir.toString(),
                                    "-Xlint:all",
                                    "-Werror"),
                            null,
                            files.getJavaFileObjects(source))
                    .call();
            assertThat(diagnostics.getDiagnostics())
                    .extracting(Object::toString)
                    .isEmpty();
            assertThat(compiled).isTrue();
        }
        // The test's class loader as parent: the handler uses the client classes the test has.
        URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, WebhookHandlerReadmeTest.class.getClassLoader());
        return loader.loadClass("FlexWebhookHandler").getMethod("handle", String.class, Map.class, String.class);
    }
}
