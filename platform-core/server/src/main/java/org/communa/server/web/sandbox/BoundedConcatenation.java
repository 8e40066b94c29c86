package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

/** The ~ operator, refusing a result over the string limit before building it ({% set s = s ~ s %} doubles). */
final class BoundedConcatenation extends BinaryExpression<Object> {

    @Override
    public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        Object left = getLeftExpression().evaluate(self, context);
        Object right = getRightExpression().evaluate(self, context);
        String first = left == null ? "" : left.toString();
        String second = right == null ? "" : right.toString();
        RenderBudget.requireStringLength((long) first.length() + second.length());
        RenderBudget.check();
        return first.concat(second);
    }
}
