package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.Test;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Pebble's own extensions as the sandbox offers them: every filter, function and test checks the budget,
 * range() is bounded, and what reaches outside one render is gone: the cache tag (kept rendered output in
 * the engine between renders, up to the maximum size each), the parallel tag and the i18n function (read any
 * resource bundle of the class path by name).
 */
final class SandboxCustomizer extends ExtensionCustomizer {

    /** Left as they are: the escaper and default filters are recognised by their class while rendering. */
    private static final Set<String> UNWRAPPED_FILTERS = Set.of("escape", "raw", "default");
    private static final Set<String> REMOVED_FUNCTIONS = Set.of("i18n");
    private static final Set<String> REMOVED_TAGS = Set.of("cache", "parallel");

    SandboxCustomizer(Extension delegate) {
        super(delegate);
    }

    @Override
    public Map<String, Filter> getFilters() {
        return each(super.getFilters(), (name, filter) -> UNWRAPPED_FILTERS.contains(name) ? filter : Budgeted.filter(name, filter));
    }

    @Override
    public Map<String, Function> getFunctions() {
        return each(super.getFunctions(), (name, function) -> REMOVED_FUNCTIONS.contains(name) ? null
                : name.equals("range") ? new BoundedRange() : Budgeted.function(function));
    }

    @Override
    public Map<String, Test> getTests() {
        return each(super.getTests(), (name, test) -> Budgeted.test(test));
    }

    /** Each of an extension's named items as the sandbox offers it (null: not offered). */
    private static <T> Map<String, T> each(Map<String, T> items, BiFunction<String, T, T> sandboxed) {
        if (items == null) {
            return null;
        }
        Map<String, T> offered = new HashMap<>();
        items.forEach((name, item) -> {
            T kept = sandboxed.apply(name, item);
            if (kept != null) {
                offered.put(name, kept);
            }
        });
        return offered;
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        List<TokenParser> parsers = super.getTokenParsers();
        return parsers == null ? null : parsers.stream().filter(parser -> !REMOVED_TAGS.contains(parser.getTag())).toList();
    }
}
