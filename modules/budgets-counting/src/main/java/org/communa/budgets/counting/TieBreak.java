package org.communa.budgets.counting;

import java.util.Comparator;

/**
 * How every rule orders projects it ranks equal, published with each audit. The platform announces its choice
 * before the vote; a recount of a Pabulib file follows the file's own order, as the cities did.
 */
public enum TieBreak {

    /** The platform's default: higher score first, then the cheaper project, then the one listed first. */
    LOWER_COST_FIRST("lower-cost-first", "higher score (approvals, or points), then lower cost, then earlier in the project list"),
    /** As the file lists the projects: higher score first, then the one listed first (recounts of official outcomes). */
    LISTED_FIRST("listed-first", "higher score (approvals, or points), then earlier in the project list (the file's order)");

    /** The META key under which an export says how its count broke ties, so that a recount does the same. */
    public static final String META_KEY = "tie_break";

    private final String cliName;
    private final String description;

    TieBreak(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** As written in budgets' settings, exports' META and the command line. */
    public String cliName() {
        return cliName;
    }

    public static TieBreak fromName(String name) {
        for (TieBreak ties : values()) {
            if (ties.cliName.equals(name)) {
                return ties;
            }
        }
        throw new IllegalArgumentException("unknown tie-break " + name + " (lower-cost-first, listed-first)");
    }

    /**
     * How a recount of this file orders equal scores: as its META says (our exports say it), otherwise as the
     * file lists the projects, which is how the cities of the Pabulib corpus did it.
     */
    public static TieBreak ofFile(Election election) {
        return election.meta(META_KEY).map(TieBreak::fromName).orElse(LISTED_FIRST);
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
