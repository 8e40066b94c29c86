package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code <h1{{ langOf(space.title) }}>}: when {@code localised()} had to fall back to another language,
 * the element says so ({@code lang="fr"}) so that screen readers pronounce it right (WCAG 3.1.2).
 */
final class LangOfFunction implements Function {

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object value = args.get("0");
        Object locale = context.getVariable("locale");
        return new SafeString(attribute(value instanceof Map<?, ?> map ? map : Map.of(), locale == null ? "fr" : locale.toString()));
    }

    static String attribute(Map<?, ?> translations, String locale) {
        Object language = LocalisedFunction.pickedLanguage(translations, locale);
        // language codes come from our own list (fr, en, ca, es), never from the request
        return language == null || language.equals(locale) || !Messages.LANGUAGES_LIST.contains(language.toString())
                ? "" : " lang=\"" + language + "\"";
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
