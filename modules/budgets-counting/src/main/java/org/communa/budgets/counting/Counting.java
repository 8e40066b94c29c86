package org.communa.budgets.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts an election with a rule: the one entry point of the engine, for the budgets module and the
 * command line alike.
 */
public final class Counting {

    /**
     * Settings some rules take.
     *
     * @param threshold the score a project needs to be funded, whatever the rule (else META min_project_score_threshold,
     *                  which Pabulib files give under greedy-no-skip too); greedy-threshold requires one
     * @param greedyCompletion after MES with Add1, fund what still fits, greedily
     * @param ties how projects a rule ranks equal are ordered
     */
    public record Options(Rational threshold, boolean greedyCompletion, TieBreak ties) {
        public static final Options DEFAULT = new Options(null, false, TieBreak.LOWER_COST_FIRST);

        public Options(Rational threshold, boolean greedyCompletion) {
            this(threshold, greedyCompletion, TieBreak.LOWER_COST_FIRST);
        }
    }

    private Counting() {
    }

    public static Outcome count(Election election, CountingRule rule) {
        return count(election, rule, Options.DEFAULT);
    }

    public static Outcome count(Election election, CountingRule rule, Options options) {
        Rational threshold = options.threshold() != null ? options.threshold()
                : election.meta("min_project_score_threshold").map(Rational::parse).orElse(null);
        if (rule == CountingRule.GREEDY_THRESHOLD && threshold == null) {
            throw new IllegalArgumentException("greedy-threshold needs a threshold (META min_project_score_threshold)");
        }
        Tally tally = new Tally(election, threshold, options.ties());
        Rational budget = election.budget();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("budget", budget.exact());
        parameters.put(TieBreak.META_KEY, options.ties().cliName());
        if (threshold != null) {
            parameters.put("threshold", threshold.exact());
        }
        List<Integer> winners;
        List<Audit.Round> rounds = List.of();
        switch (rule) {
            case GREEDY -> winners = GreedyCount.winners(tally, budget, false);
            case GREEDY_NO_SKIP -> winners = GreedyCount.winners(tally, budget, true);
            case GREEDY_THRESHOLD -> winners = GreedyCount.winners(tally, budget, false);
            case MES_ADD1, MES_ADD1_COMPARISON -> {
                Add1Completion.Result add1 = Add1Completion.run(tally, budget);
                parameters.put("utilities", election.kind().approvals() ? "cost" : "points");
                parameters.put("initial_share", budget.dividedBy(Rational.of(Math.max(1, tally.voters()))).exact());
                parameters.put("final_share", add1.share().exact());
                parameters.put("add1_raises", String.valueOf(add1.raises()));
                winners = add1.run().winners();
                rounds = add1.run().rounds();
                if (options.greedyCompletion()) {
                    parameters.put("greedy_completion", "true");
                    winners = GreedyCount.complete(tally, budget, winners);
                }
                if (rule == CountingRule.MES_ADD1_COMPARISON) {
                    List<Integer> greedy = GreedyCount.winners(tally, budget, false);
                    GreedyComparison.Verdict verdict = GreedyComparison.compare(tally, winners, greedy);
                    parameters.put("voters_preferring_greedy", String.valueOf(verdict.preferGreedy()));
                    parameters.put("voters_preferring_equal_shares", String.valueOf(verdict.preferProportional()));
                    parameters.put("comparison_chose", verdict.greedyWins() ? "greedy" : "equal_shares");
                    if (verdict.greedyWins()) {
                        winners = greedy;
                        rounds = List.of();
                    }
                }
            }
            case PHRAGMEN -> winners = SequentialPhragmen.winners(tally, budget);
            case GREEDY_CUSTOM_POZNAN -> {
                parameters.put("reserve_from", GreedyCount.RESERVE_FROM.exact());
                winners = GreedyCount.poznan(tally, budget);
            }
            default -> throw new IllegalStateException(rule.name());
        }
        Rational total = Rational.ZERO;
        for (int p : winners) {
            total = total.plus(tally.cost(p));
        }
        Audit audit = new Audit(parameters, options.ties().description(), BallotSetHash.of(election), tally.voters(), rounds);
        return new Outcome(rule, winners.stream().map(tally::id).toList(), total, budget, tally.scoresById(), audit);
    }
}
