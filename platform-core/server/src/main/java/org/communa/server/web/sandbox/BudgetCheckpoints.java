package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a budget check at the start of every body when a template is compiled: each loop step, macro call,
 * include and branch then passes one, so even a loop that prints nothing, or a macro that calls itself twice,
 * stops when its render is over budget. Statements in a row need none of their own: each operator, filter and
 * function that could build something large checks the budget itself.
 */
final class BudgetCheckpoints implements NodeVisitorFactory {

    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(BodyNode body) {
                super.visit(body);
                List<RenderableNode> children = body.getChildren();
                if (children.stream().anyMatch(Checkpoint.class::isInstance)) {
                    return; // visited already (a body reached twice)
                }
                List<RenderableNode> checked = new ArrayList<>(children.size() + 1);
                checked.add(new Checkpoint(body.getLineNumber()));
                checked.addAll(children);
                try {
                    children.clear();
                    children.addAll(checked);
                } catch (UnsupportedOperationException e) {
                    // an embed's fixed body of one node: the embedded template's own bodies carry the checks
                }
            }
        };
    }

    private static final class Checkpoint extends AbstractRenderableNode {
        Checkpoint(int lineNumber) {
            super(lineNumber);
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) {
            RenderBudget.check();
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }
}
