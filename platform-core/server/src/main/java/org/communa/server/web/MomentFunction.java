package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * {{ moment('2026-12-03T17:30:00Z') }}: a date and time as people of the page's language write it, in the
 * organisation's time zone ("3 décembre 2026 à 18:30"): meetings happen somewhere, at that place's time.
 */
final class MomentFunction implements Function {

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object value = args.get("0");
        ZoneId zone = ZoneId.of("UTC");
        if (context.getVariable("organisation") instanceof Map<?, ?> organisation && organisation.get("timeZone") != null) {
            try {
                zone = ZoneId.of(organisation.get("timeZone").toString());
            } catch (DateTimeException unknown) {
                // an organisation's zone was checked when it was set; UTC rather than no page
            }
        }
        return value == null || value.toString().isBlank() ? "" : OffsetDateTime.parse(value.toString()).atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(DayFunction.pageLocale(context)));
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
