package org.communa.budgets.counting;

import java.util.Comparator;

/**
 * How every rule orders projects it ranks equal, published with each audit. The platform announces its choice
 * before the vote; a recount of a Pabulib file follows the file's own order, as the cities did.
 */
public enum TieBreak {

    /** The platform's default: higher score first, then the cheaper project, then the one listed first. */
    LOWER_COST_FIRST("higher score (approvals, or points), then lower cost, then earlier in the project list"),
    /** As the file lists the projects: higher score first, then the one listed first (recounts of official outcomes). */
    LISTED_FIRST("higher score (approvals, or points), then earlier in the project list (the file's order)");

    private final String description;

    TieBreak(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The order of the tally's projects: the rule's ranking for equal scores. */
    static Comparator<Integer> order(Tally tally) {
        Comparator<Integer> byScore = Comparator.<Integer, Rational>comparing(p -> tally.scores[p]).reversed();
        return tally.ties == LISTED_FIRST ? byScore.thenComparingInt(p -> p)
                : byScore.thenComparing(p -> tally.cost(p)).thenComparingInt(p -> p);
    }
}
