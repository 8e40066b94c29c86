package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {{ t('key', arg0, arg1) }}: the interface text in the page's language (the model's "locale"). */
final class TranslateFunction implements Function {

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object locale = context.getVariable("locale");
        List<Object> arguments = new ArrayList<>();
        for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
            arguments.add(args.get(String.valueOf(i)));
        }
        return Messages.text(locale == null ? "fr" : locale.toString(), String.valueOf(args.get("0")), arguments.toArray());
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
