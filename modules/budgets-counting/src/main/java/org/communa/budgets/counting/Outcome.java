package org.communa.budgets.counting;

import java.util.List;
import java.util.Map;

/**
 * The result of a count, with what anyone needs to redo it: the winners in the order they were funded,
 * their total cost, every project's score, and the audit (rule, parameters, tie-break, ballot set hash,
 * and for the Method of Equal Shares the rounds).
 */
public record Outcome(CountingRule rule, List<String> winners, Rational totalCost, Rational budget,
        Map<String, Rational> scores, Audit audit) {

    public Outcome {
        winners = List.copyOf(winners);
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    public Rational left() {
        return budget.minus(totalCost);
    }

    public boolean funded(String projectId) {
        return winners.contains(projectId);
    }
}
