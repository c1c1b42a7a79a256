package dev.flexkit.compat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names, read from its constant pool: every class it refers to is there, as a class
 * constant ({@code dev/flexkit/client/model/Customer}) or inside a descriptor or signature
 * ({@code Ldev/flexkit/client/model/Customer;}), and the constant pool is all of a class file that needs reading.
 */
final class ClassFileNames {

    /* A class type in a descriptor or generic signature: L<internal name>; or L<internal name><type arguments>. */
    private static final Pattern CLASS_TYPE = Pattern.compile("L([^;<>]+)[;<]");

    private ClassFileNames() {}

    /**
     * @param classFile the bytes of a class file
     * @return every string of its constant pool, and every class name inside its descriptors and signatures:
     *     a class named by internal name ({@code a/b/C}) that it refers to is in the set
     */
    static Set<String> of(byte[] classFile) {
        Set<String> names = new HashSet<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> addUtf8(names, in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // class, string, method type, module, package
                    case 15 -> in.skipNBytes(3); // method handle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // int, float, refs, name and type, dynamic
                    case 5, 6 -> { // long, double: two entries
                        in.skipNBytes(8);
                        index++;
                    }
                    default -> throw new IllegalArgumentException("not a class file: constant pool tag " + tag);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a class file", e);
        }
        return names;
    }

    private static void addUtf8(Set<String> names, String text) {
        names.add(text);
        if (text.indexOf('L') >= 0) {
            Matcher type = CLASS_TYPE.matcher(text);
            while (type.find()) {
                names.add(type.group(1));
            }
        }
    }
}
