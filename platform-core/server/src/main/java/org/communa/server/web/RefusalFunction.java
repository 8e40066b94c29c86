package org.communa.server.web;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {{ refusal(problem) }}: a module's refusal ({@code ModuleProblem.toModel()}, or plain text) in the
 * reader's language when the module named its wording, else its detail as the module wrote it.
 */
final class RefusalFunction implements Function {

    private final TranslateFunction texts;

    RefusalFunction(TranslateFunction texts) {
        this.texts = texts;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object problem = args.get("0");
        if (!(problem instanceof Map<?, ?> model)) {
            return problem == null ? "" : problem.toString();
        }
        Object key = model.get("key");
        List<Object> arguments = model.get("arguments") instanceof List<?> list ? new ArrayList<>(list) : List.of();
        String text = key == null || key.toString().isEmpty() ? null : texts.find(context, key.toString(), arguments);
        return text != null ? text : String.valueOf(model.get("detail"));
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
