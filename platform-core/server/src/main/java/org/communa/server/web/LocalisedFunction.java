package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** {{ localised(space.title) }}: a translated field in the page's language, else French, else any. */
final class LocalisedFunction implements Function {

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object value = args.get("0");
        Object locale = context.getVariable("locale");
        return pick(value instanceof Map<?, ?> map ? map : Map.of(), locale == null ? "fr" : locale.toString());
    }

    static String pick(Map<?, ?> translations, String locale) {
        Object text = translations.get(locale);
        if (text == null) {
            text = translations.get("fr");
        }
        if (text == null && !translations.isEmpty()) {
            text = translations.values().iterator().next();
        }
        return text == null ? "" : text.toString();
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
