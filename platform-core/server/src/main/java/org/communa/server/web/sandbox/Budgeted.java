package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.Test;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Filters, functions and tests that check the render's budget before and after they run, and refuse a string
 * result over the limit. A filter whose result can be far larger than its inputs (replace, join) is checked
 * before it builds anything, since one call could otherwise allocate gigabytes between two checks.
 */
final class Budgeted {

    private Budgeted() {
    }

    static Filter filter(String name, Filter filter) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return filter.getArgumentNames();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int lineNumber) {
                RenderBudget.check();
                RenderBudget.requireStringLength(worstLength(name, input, args));
                return checked(filter.apply(input, args, self, context, lineNumber));
            }
        };
    }

    static Function function(Function function) {
        return new Function() {
            @Override
            public List<String> getArgumentNames() {
                return function.getArgumentNames();
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
                RenderBudget.check();
                return checked(function.execute(args, self, context, lineNumber));
            }
        };
    }

    static Test test(Test test) {
        return new Test() {
            @Override
            public List<String> getArgumentNames() {
                return test.getArgumentNames();
            }

            @Override
            public boolean apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int lineNumber) {
                RenderBudget.check();
                return test.apply(input, args, self, context, lineNumber);
            }
        };
    }

    private static Object checked(Object result) {
        if (result instanceof CharSequence text) {
            RenderBudget.requireStringLength(text.length());
        }
        RenderBudget.check();
        return result;
    }

    /** The longest string the filter could build from these inputs (0 when its result is no larger than they are). */
    static long worstLength(String name, Object input, Map<String, Object> args) {
        return switch (name) {
            case "replace" -> length(input) * Math.max(1, longestValue(args.get("replace_pairs")));
            case "join" -> input instanceof Collection<?> items ? joinedLength(items, args.get("separator")) : 0;
            default -> 0;
        };
    }

    private static long joinedLength(Collection<?> items, Object separator) {
        long length = (long) items.size() * length(separator);
        for (Object item : items) {
            length += length(item);
        }
        return length;
    }

    private static long longestValue(Object pairs) {
        long longest = 0;
        if (pairs instanceof Map<?, ?> map) {
            for (Object value : map.values()) {
                longest = Math.max(longest, length(value));
            }
        }
        return longest;
    }

    private static long length(Object value) {
        return value == null ? 0 : value instanceof CharSequence text ? text.length() : String.valueOf(value).length();
    }
}
