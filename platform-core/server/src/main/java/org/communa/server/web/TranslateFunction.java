package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {{ t('key', arg0, arg1) }}: the interface text in the page's language (the model's "locale"); on a
 * module's page, keys the platform lacks come from the module's own message bundle.
 */
final class TranslateFunction implements Function {

    /** A module's text: (module key, language, text key) → text, or null. */
    interface ModuleTexts {
        String text(String moduleKey, String language, String key);
    }

    private final ModuleTexts moduleTexts;

    TranslateFunction(ModuleTexts moduleTexts) {
        this.moduleTexts = moduleTexts;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        List<Object> arguments = new ArrayList<>();
        for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
            arguments.add(args.get(String.valueOf(i)));
        }
        return translate(context, String.valueOf(args.get("0")), arguments);
    }

    /** The text of key in the page's language, from the platform's bundle, else the page's module's; null when neither has it. */
    String find(EvaluationContext context, String key, List<Object> arguments) {
        if (Messages.bundle("fr").getProperty(key) != null) {
            return translate(context, key, arguments);
        }
        Object module = context.getVariable("moduleKey");
        return module == null || moduleTexts.text(module.toString(), "fr", key) == null ? null : translate(context, key, arguments);
    }

    private String translate(EvaluationContext context, String key, List<Object> arguments) {
        Object locale = context.getVariable("locale");
        String language = locale == null ? "fr" : locale.toString();
        Object module = context.getVariable("moduleKey");
        if (module != null && Messages.bundle("fr").getProperty(key) == null) {
            String text = moduleTexts.text(module.toString(), language, key);
            if (text == null && !language.equals("fr")) {
                text = moduleTexts.text(module.toString(), "fr", key);
            }
            if (text != null) {
                return arguments.isEmpty() ? text : new java.text.MessageFormat(text, java.util.Locale.forLanguageTag(language))
                        .format(arguments.toArray());
            }
        }
        return Messages.text(language, key, arguments.toArray());
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
