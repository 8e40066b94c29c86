package org.communa.modules.budgets;

import org.communa.budgets.counting.Counting;
import org.communa.budgets.counting.CountingRule;
import org.communa.budgets.counting.Outcome;
import org.communa.budgets.counting.Rational;
import org.communa.budgets.counting.TieBreak;
import org.communa.module.api.data.Row;

/** Counts a budget with the rule and options its admin chose. */
final class CountBudget {

    private CountBudget() {
    }

    static Outcome count(Row budget, BudgetElection election) {
        Rational threshold = budget.decimal("threshold") == null ? null : Rational.parse(budget.decimal("threshold").toPlainString());
        return Counting.count(election.election(), CountingRule.fromName(budget.string("counting_rule")),
                new Counting.Options(threshold, budget.bool("greedy_completion"), tieBreak(budget)));
    }

    static TieBreak tieBreak(Row budget) {
        return TieBreak.fromName(budget.string("tie_break"));
    }
}
