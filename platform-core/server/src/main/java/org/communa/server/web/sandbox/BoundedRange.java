package org.communa.server.web.sandbox;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * range() and the .. operator, refusing more items than the limit before making any: Pebble's own builds the
 * whole list first, and range(1, 20000000) filled the heap of the server for every organisation.
 */
final class BoundedRange implements Function {

    private final RangeFunction range = new RangeFunction();

    @Override
    public List<String> getArgumentNames() {
        return range.getArgumentNames();
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        RenderBudget.check();
        Object start = args.get("start");
        Object end = args.get("end");
        Object increment = args.get("increment");
        if (start instanceof Number from && end instanceof Number to) {
            long step = increment instanceof Number n ? n.longValue() : 1;
            if (step != 0) {
                BigInteger items = BigInteger.valueOf(to.longValue()).subtract(BigInteger.valueOf(from.longValue()))
                        .divide(BigInteger.valueOf(step)).add(BigInteger.ONE);
                int max = RenderBudget.limits().maxRange();
                if (items.compareTo(BigInteger.valueOf(max)) > 0) {
                    throw new TemplateLimitExceeded("range(" + from + ", " + to + ") has " + items + " items; the limit is " + max, "range",
                            items, max);
                }
            }
        }
        return range.execute(args, self, context, lineNumber);
    }
}
