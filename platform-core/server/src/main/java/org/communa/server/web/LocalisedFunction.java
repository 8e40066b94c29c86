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
        Object language = pickedLanguage(translations, locale);
        return language == null ? "" : String.valueOf(translations.get(language));
    }

    /** The language whose text {@link #pick} shows: the page's, else French, else the first there is. */
    static Object pickedLanguage(Map<?, ?> translations, String locale) {
        if (translations.get(locale) != null) {
            return locale;
        }
        if (translations.get("fr") != null) {
            return "fr";
        }
        return translations.keySet().stream().filter(k -> translations.get(k) != null).findFirst().orElse(null);
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
