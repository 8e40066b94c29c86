package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** {{ columnChart(rows) }}: the geometry of {@link ColumnChart} for the partial "partials/column-chart". */
final class ColumnChartFunction implements Function {

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object rows = args.get("0");
        Object locale = context.getVariable("locale");
        return ColumnChart.of(rows instanceof List<?> list ? list : List.of(), locale == null ? "fr" : locale.toString());
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
