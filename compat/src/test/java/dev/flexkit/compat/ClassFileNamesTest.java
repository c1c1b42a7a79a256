package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classes a class file names: what japicmp is handed, beside the classes whose class file differs. */
class ClassFileNamesTest {

    /* Names a class only in a field's generic signature, and holds long and double constants (two entries each). */
    static class Holder {
        static final long BIG = 1L << 40;
        static final double HALF = 0.5;
        Map<String, List<ClientJar>> jars;
    }

    @Test
    void readsTheClassesOfTheConstantPoolAndOfDescriptorsAndSignatures() throws IOException {
        var names = ClassFileNames.of(classFile(Holder.class));

        assertThat(names)
                .contains(
                        "dev/flexkit/compat/ClassFileNamesTest$Holder", // this class
                        "java/lang/Object", // its superclass
                        "java/util/Map", // the field's type, in its descriptor
                        "dev/flexkit/compat/ClientJar") // only in the field's generic signature
                .doesNotContain("dev/flexkit/compat/ClientCache");
    }

    @Test
    void refusesBytesThatAreNotAClassFile() {
        byte[] notAClass = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 2, 99};

        assertThatThrownBy(() -> ClassFileNames.of(notAClass)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
