package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds Pebble engines whose every render runs in the sandbox (see the package note). */
public final class TemplateSandbox {

    /** The precedence of Pebble's own ~, which this one replaces. */
    private static final int CONCATENATION_PRECEDENCE = 110;

    private TemplateSandbox() {
    }

    /**
     * Renders a template of a sandboxed engine within the limits: the output, time and allocation budget, and a
     * call stack too deep for the thread, are the template's fault ({@link TemplateLimitExceeded}).
     */
    public static String render(PebbleTemplate template, Map<String, Object> context, TemplateLimits limits) throws IOException {
        BoundedWriter page = new BoundedWriter(limits.maxRenderedChars());
        try {
            RenderBudget.run(limits, () -> {
                template.evaluate(page, context);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + template.getName() + " failed", e);
        }
        return page.toString();
    }

    /** An engine builder with the sandbox applied; the platform's own functions are budgeted like Pebble's. */
    public static PebbleEngine.Builder builder(TemplateLimits limits, Map<String, Function> functions) {
        Map<String, Function> budgeted = new LinkedHashMap<>();
        functions.forEach((name, function) -> budgeted.put(name, Budgeted.function(function)));
        return new PebbleEngine.Builder()
                .methodAccessValidator(new TemplateMethodAccess())
                .registerExtensionCustomizer(SandboxCustomizer::new)
                .allowOverrideCoreOperators(true)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return budgeted;
                    }

                    @Override
                    public List<BinaryOperator> getBinaryOperators() {
                        return List.of(new BinaryOperatorImpl("~", CONCATENATION_PRECEDENCE,
                                () -> (BinaryExpression<?>) new BoundedConcatenation(), BinaryOperatorType.NORMAL, Associativity.LEFT));
                    }

                    @Override
                    public List<NodeVisitorFactory> getNodeVisitors() {
                        return List.of(new BudgetCheckpoints());
                    }
                });
    }
}
