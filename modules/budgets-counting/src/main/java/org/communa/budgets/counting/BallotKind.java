package org.communa.budgets.counting;

/** How voters filled their ballots (Pabulib's vote_type). */
public enum BallotKind {
    /** a set of projects: knapsack ballots (total within the envelope) are approval ballots too */
    APPROVAL,
    /** one project per voter (Pabulib's choose-1, e.g. every Wrocław file): an approval ballot of one */
    CHOOSE_ONE,
    /** points spread over projects */
    CUMULATIVE,
    /** a ranking; points say what each rank is worth (Pabulib's points column, else n, n-1, ... 1) */
    ORDINAL,
    /** a score per project */
    SCORING;

    public String pabulibName() {
        return this == CHOOSE_ONE ? "choose-1" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a ballot says yes or no to each project (every chosen project worth one): approval and choose-1. */
    public boolean approvals() {
        return this == APPROVAL || this == CHOOSE_ONE;
    }

    public static BallotKind fromPabulib(String voteType) {
        return switch (voteType.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "approval", "knapsack", "knapsack approval" -> APPROVAL;
            case "choose-1" -> CHOOSE_ONE;
            case "cumulative" -> CUMULATIVE;
            case "ordinal" -> ORDINAL;
            case "scoring" -> SCORING;
            default -> throw new IllegalArgumentException("unknown vote_type " + voteType
                    + " (expected approval, choose-1, cumulative, ordinal or scoring)");
        };
    }
}
