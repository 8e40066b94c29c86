package org.communa.budgets.counting;

import java.util.Comparator;

/**
 * The one tie-breaking order of every rule, published with each audit: between projects that a rule
 * ranks equal, the one with more votes (or points) comes first, then the cheaper one, then the one listed
 * first (the order in which the projects were entered, or their order in the file).
 */
final class TieBreak {

    static final String DESCRIPTION = "higher score (approvals, or points), then lower cost, then earlier in the project list";

    private TieBreak() {
    }

    static Comparator<Integer> order(Tally tally) {
        return Comparator.<Integer, Rational>comparing(p -> tally.scores[p]).reversed()
                .thenComparing(p -> tally.cost(p))
                .thenComparingInt(p -> p);
    }
}
