package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.attributes.methodaccess.MethodAccessValidator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The methods a template may call, from a short list, instead of Pebble's list of forbidden ones (which left
 * {{ locale.getBytes() }} or {{ (1).TYPE }} open). Templates read values: the components of records, the
 * getters of the platform's own views, sizes, and a few string questions. Nothing else is reachable.
 */
final class TemplateMethodAccess implements MethodAccessValidator {

    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "startsWith", "endsWith",
            "contains", "equals", "toUpperCase", "toLowerCase", "trim", "strip", "indexOf");
    private static final Set<String> CONTAINER_METHODS = Set.of("size", "isEmpty", "containsKey", "containsValue", "contains",
            "get");
    private static final Set<String> NUMBER_METHODS = Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals");

    @Override
    public boolean isMethodAccessAllowed(Object object, Method method) {
        if (object == null || Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        String name = method.getName();
        if (object instanceof String) {
            return STRING_METHODS.contains(name);
        }
        if (object instanceof Map<?, ?> || object instanceof Collection<?>) {
            return CONTAINER_METHODS.contains(name);
        }
        if (object instanceof Map.Entry<?, ?>) {
            return name.equals("getKey") || name.equals("getValue");
        }
        if (object instanceof Number || object instanceof Boolean) {
            return NUMBER_METHODS.contains(name);
        }
        if (object instanceof Enum<?>) {
            return name.equals("name");
        }
        if (object instanceof TemporalAccessor) {
            return method.getParameterCount() == 0 && name.startsWith("get");
        }
        if (object.getClass().isRecord()) {
            return method.getParameterCount() == 0 && Arrays.stream(object.getClass().getRecordComponents())
                    .map(RecordComponent::getName).anyMatch(name::equals);
        }
        return isViewGetter(object, method);
    }

    /** A getter of one of the platform's own view objects (org.communa.*) or of Pebble's (loop.index), taking nothing. */
    private static boolean isViewGetter(Object object, Method method) {
        String name = method.getName();
        String type = object.getClass().getName();
        return method.getParameterCount() == 0 && (type.startsWith("org.communa.") || type.startsWith("io.pebbletemplates."))
                && ((name.startsWith("get") && name.length() > 3) || (name.startsWith("is") && name.length() > 2))
                && !name.equals("getClass");
    }
}
