package org.communa.budgets.counting;

/** How voters filled their ballots (Pabulib's vote_type). */
public enum BallotKind {
    /** a set of projects: knapsack ballots (total within the envelope) are approval ballots too */
    APPROVAL,
    /** points spread over projects */
    CUMULATIVE,
    /** a ranking; points say what each rank is worth (Pabulib's points column, else n, n-1, ... 1) */
    ORDINAL,
    /** a score per project */
    SCORING;

    public String pabulibName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BallotKind fromPabulib(String voteType) {
        return switch (voteType.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "approval", "knapsack", "knapsack approval" -> APPROVAL;
            case "cumulative" -> CUMULATIVE;
            case "ordinal" -> ORDINAL;
            case "scoring" -> SCORING;
            default -> throw new IllegalArgumentException("unknown vote_type " + voteType
                    + " (expected approval, cumulative, ordinal or scoring)");
        };
    }
}
