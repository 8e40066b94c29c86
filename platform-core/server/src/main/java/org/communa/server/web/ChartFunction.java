package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {{ barChart(rows) }}, {{ columnChart(rows) }}: the geometry of a chart for its partial ("partials/bar-chart",
 * "partials/column-chart"), numbers in the page's language.
 */
final class ChartFunction implements Function {

    private final BiFunction<List<?>, String, Object> geometry;

    ChartFunction(BiFunction<List<?>, String, Object> geometry) {
        this.geometry = geometry;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object rows = args.get("0");
        Object locale = context.getVariable("locale");
        return geometry.apply(rows instanceof List<?> list ? list : List.of(), locale == null ? "fr" : locale.toString());
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
