package dev.flexkit.client;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Walks an object graph of generated models. Used to prove that a document was read into declared fields,
 * not merely carried along in the unknown-fields bag (which would make any round trip pass).
 */
final class ModelGraph {

    private static final String MODEL_PACKAGE = "dev.flexkit.client.model";

    private ModelGraph() {}

    /**
     * @param model a generated model
     * @return "path: field" for every field of the document that no model declares
     */
    static List<String> undeclaredFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "$", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, found));
            return;
        }
        if (!value.getClass().getPackageName().equals(MODEL_PACKAGE)
                || value.getClass().isEnum()) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (isPropertyGetter(getter)) {
                Object child = invoke(getter, value);
                if (getter.getName().equals("getUnknownFields")) {
                    ((Map<?, ?>) child).keySet().forEach(name -> found.add(path + ": " + name));
                } else {
                    walk(child, path + "." + getter.getName().substring(3), found);
                }
            }
        }
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getName().startsWith("get")
                && method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && !method.getName().endsWith("_JsonNullable")
                && method.getDeclaringClass() != Object.class;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getter + " failed", e);
        }
    }
}
