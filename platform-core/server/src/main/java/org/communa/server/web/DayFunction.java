package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {{ day('2026-02-01') }}: a date as people of the page's language write it ("1 février 2026"). */
final class DayFunction implements Function {

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object value = args.get("0");
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        return LocalDate.parse(value.toString()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(pageLocale(context)));
    }

    /** The language the page is written in (French when none is set). */
    static Locale pageLocale(EvaluationContext context) {
        Object locale = context.getVariable("locale");
        return Locale.forLanguageTag(locale == null ? "fr" : locale.toString());
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
