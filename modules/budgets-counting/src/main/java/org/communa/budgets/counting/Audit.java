package org.communa.budgets.counting;

import java.util.List;
import java.util.Map;

/**
 * How a count was made: enough to recount from the published ballots and get the same winners.
 *
 * @param parameters the rule's settings as used (threshold, per-voter share reached by Add1, comparison...)
 * @param ballotSetHash SHA-256 of the anonymised ballots in canonical form ({@link BallotSetHash})
 * @param rounds for the Method of Equal Shares, each funded project with the effective vote counts of the
 *        candidates at that round and what each voter paid; empty for other rules
 */
public record Audit(Map<String, String> parameters, String tieBreak, String ballotSetHash, int ballots, List<Round> rounds) {

    public Audit {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        rounds = List.copyOf(rounds);
    }

    /**
     * One round of the Method of Equal Shares.
     *
     * @param funded the project bought this round
     * @param effectiveVotes each candidate still affordable at this round, by id: how many voters' worth of
     *        support it has at the price its supporters can pay (the round funds the highest)
     * @param payments what each voter paid, by the ballot's position in the published ballot list
     */
    public record Round(String funded, Rational cost, Map<String, Rational> effectiveVotes, Map<Integer, Rational> payments) {
    }
}
