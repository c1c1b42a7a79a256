package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cases in which a source whose text is the same must be compiled again, because one of its names now means
 * another class, and the common case in which it need not. Each is held to a whole compilation: japicmp must find
 * the same changes in both.
 */
class RecompilationTest {

    private static final List<Path> CLASSPATH = ClientClasspath.entries(ClientCache.IN_MEMORY_ONLY);

    private static final String USES_A = """
            package p;
            public class B {
                public A a() { return null; }
            }
            """;

    @Test
    void aSourceNamingAChangedClassKeepsItsClassFile() {
        Map<String, String> base =
                Map.of("p/A.java", "package p; public class A { public int x; }", "p/B.java", USES_A);
        Map<String, String> head =
                Map.of("p/A.java", "package p; public class A { public int y; }", "p/B.java", USES_A);

        Result result = assertSameChangesAsAWholeCompilation(base, head);

        assertThat(result.changes()).extracting(JavaChange::change).containsExactly("FIELD_REMOVED");
        assertThat(result.incremental().compiledSources()).isEqualTo(1);
    }

    @Test
    void aNewClassThatHidesAnImportedOneRecompilesTheSourcesNamingIt() {
        String namesAList = """
                package p;
                import java.util.*;
                public class B {
                    public List<String> names() { return null; }
                }
                """;
        Map<String, String> base = Map.of("p/B.java", namesAList);
        Map<String, String> head = Map.of("p/B.java", namesAList, "p/List.java", "package p; public class List<T> {}");

        Result result = assertSameChangesAsAWholeCompilation(base, head);

        assertThat(result.changes()).extracting(JavaChange::change).containsExactly("METHOD_RETURN_TYPE_CHANGED");
        assertThat(result.incremental().compiledSources()).isEqualTo(2);
    }

    @Test
    void aNestedClassThatHidesAnImportedOneRecompilesTheSourcesNamingIt() {
        String child = """
                package p;
                import java.util.*;
                public class Child extends Base {
                    public List<String> items() { return null; }
                }
                """;
        Map<String, String> base = Map.of(
                "p/Base.java", "package p; public class Base {}",
                "p/Child.java", child,
                "p/Other.java", "package p; public class Other { public Base base() { return null; } }");
        Map<String, String> head = Map.of(
                "p/Base.java", "package p; public class Base { public static class List<T> {} }",
                "p/Child.java", child,
                "p/Other.java", "package p; public class Other { public Base base() { return null; } }");

        Result result = assertSameChangesAsAWholeCompilation(base, head);

        assertThat(result.changes()).extracting(JavaChange::change).containsExactly("METHOD_RETURN_TYPE_CHANGED");
        assertThat(result.incremental().compiledSources())
                .as("Base and Child, not Other")
                .isEqualTo(2);
    }

    /**
     * @param incremental the head compiled as a change of the base
     * @param changes what japicmp finds, the same for both compilations
     */
    private record Result(ClientCompiler.Compiled incremental, List<JavaChange> changes) {}

    private static Result assertSameChangesAsAWholeCompilation(
            Map<String, String> baseSources, Map<String, String> headSources) {
        ClientJar base = compile(baseSources, Optional.empty()).client();
        ClientJar wholeHead = compile(headSources, Optional.empty()).client();
        ClientCompiler.Compiled incrementalHead = compile(headSources, Optional.of(base));

        assertThat(incrementalHead.client().classes().keySet())
                .isEqualTo(wholeHead.classes().keySet());
        List<JavaChange> whole = JavaApiDiff.compareEveryClass(base.bytes(), wholeHead.bytes(), CLASSPATH);
        assertThat(JavaApiDiff.compare(base.bytes(), incrementalHead.client().bytes(), CLASSPATH))
                .isEqualTo(whole);
        return new Result(incrementalHead, whole);
    }

    private static ClientCompiler.Compiled compile(Map<String, String> sources, Optional<ClientJar> reference) {
        try (Workspace workspace = new Workspace()) {
            Path root = workspace.newFolder("sources");
            sources.forEach((path, text) -> write(root.resolve(path), text));
            return ClientCompiler.compile(root, workspace.newFolder("compiled"), CLASSPATH, reference);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
