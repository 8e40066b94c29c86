package org.communa.server.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a column chart drawn as SVG on the server, for figures over days: one column per day,
 * the scale's top value on the left, the first and last days under the columns. A day with nothing keeps
 * a hairline, so that "nothing" reads differently from "missing". The template prints the numbers in a
 * table too.
 */
public record ColumnChart(int width, int height, int plotTop, int plotBottom, String maximum, String firstLabel,
        String lastLabel, List<Column> columns) {

    static final int WIDTH = 600;
    static final int HEIGHT = 180;
    static final int LEFT = 48;
    static final int TOP = 12;
    static final int BOTTOM = 150;

    public record Column(String label, String value, double x, double y, double width, double height) {
    }

    /** Rows are maps with a "label" (a day) and a numeric "value". */
    public static ColumnChart of(List<?> rows, String language) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        double max = 0;
        for (Object row : rows) {
            max = Math.max(max, value(row));
        }
        double slot = rows.isEmpty() ? 0 : (WIDTH - LEFT) / (double) rows.size();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double value = value(rows.get(i));
            double height = max <= 0 ? 1 : Math.max(1, value / max * (BOTTOM - TOP));
            columns.add(new Column(label(rows.get(i)), numbers.format(value), round(LEFT + i * slot + slot * 0.15),
                    round(BOTTOM - height), round(Math.max(1, slot * 0.7)), round(height)));
        }
        return new ColumnChart(WIDTH, HEIGHT, TOP, BOTTOM, numbers.format(max),
                columns.isEmpty() ? "" : columns.get(0).label(), columns.isEmpty() ? "" : columns.get(columns.size() - 1).label(),
                columns);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double value(Object row) {
        Object value = row instanceof Map<?, ?> map ? map.get("value") : null;
        return value instanceof Number number ? Math.max(0, number.doubleValue()) : 0;
    }

    private static String label(Object row) {
        Object label = row instanceof Map<?, ?> map ? map.get("label") : null;
        return label == null ? "" : label.toString();
    }
}
