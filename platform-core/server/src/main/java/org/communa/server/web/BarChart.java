package org.communa.server.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a horizontal bar chart drawn as SVG on the server (no script, no external library):
 * one row per item, its label above its bar, its value after the bar. Horizontal bars keep long
 * labels (campus, district, project names) readable on a phone. The template also prints the
 * numbers in a table: the SVG is for the eye, the table for everyone.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    public static final int WIDTH = 600;
    static final int ROW = 40;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its value. */
    static final int VALUE_ROOM = 80;

    public record Bar(String label, String value, int labelY, int barY, int barWidth, int valueX, int valueY) {
    }

    /** Rows are maps with a "label" and a numeric "value" (what a template or a module's model holds). */
    public static BarChart of(List<?> rows, String language) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        double max = 0;
        for (Object row : rows) {
            max = Math.max(max, value(row));
        }
        List<Bar> bars = new ArrayList<>();
        int usable = WIDTH - VALUE_ROOM;
        for (int i = 0; i < rows.size(); i++) {
            Object row = rows.get(i);
            double value = value(row);
            int top = i * ROW;
            // a zero stays visible as a hairline so that "nothing" reads differently from "missing"
            int barWidth = max <= 0 ? 1 : Math.max(1, (int) Math.round(value / max * usable));
            bars.add(new Bar(label(row), numbers.format(value), top + 14, top + 20, barWidth, barWidth + 6, top + 33));
        }
        return new BarChart(WIDTH, Math.max(ROW, rows.size() * ROW), bars);
    }

    private static double value(Object row) {
        Object value = row instanceof Map<?, ?> map ? map.get("value") : null;
        if (value instanceof Number number) {
            return Math.max(0, number.doubleValue());
        }
        try {
            return value == null ? 0 : Math.max(0, Double.parseDouble(value.toString()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String label(Object row) {
        Object label = row instanceof Map<?, ?> map ? map.get("label") : null;
        return label == null ? "" : label.toString();
    }
}
