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
        Map<String, Filter> filters = super.getFilters();
        if (filters == null) {
            return null;
        }
        Map<String, Filter> budgeted = new HashMap<>();
        filters.forEach((name, filter) -> budgeted.put(name, UNWRAPPED_FILTERS.contains(name) ? filter : Budgeted.filter(name, filter)));
        return budgeted;
    }

    @Override
    public Map<String, Function> getFunctions() {
        Map<String, Function> functions = super.getFunctions();
        if (functions == null) {
            return null;
        }
        Map<String, Function> budgeted = new HashMap<>();
        functions.forEach((name, function) -> {
            if (!REMOVED_FUNCTIONS.contains(name)) {
                budgeted.put(name, name.equals("range") ? new BoundedRange() : Budgeted.function(function));
            }
        });
        return budgeted;
    }

    @Override
    public Map<String, Test> getTests() {
        Map<String, Test> tests = super.getTests();
        if (tests == null) {
            return null;
        }
        Map<String, Test> budgeted = new HashMap<>();
        tests.forEach((name, test) -> budgeted.put(name, Budgeted.test(test)));
        return budgeted;
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        List<TokenParser> parsers = super.getTokenParsers();
        return parsers == null ? null : parsers.stream().filter(parser -> !REMOVED_TAGS.contains(parser.getTag())).toList();
    }
}
