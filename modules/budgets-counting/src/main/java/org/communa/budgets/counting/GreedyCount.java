package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy counting: projects by score, highest first (ties: {@link TieBreak}); each is funded if it still
 * fits in what is left. With {@code stopAtFirstMiss} the count ends at the first project that does not fit
 * instead of trying cheaper ones. Projects under the threshold are not fundable (see {@link Tally#fundable}).
 */
final class GreedyCount {

    private GreedyCount() {
    }

    static List<Integer> winners(Tally tally, Rational budget, boolean stopAtFirstMiss) {
        List<Integer> order = IntStream.range(0, tally.projects.size()).boxed()
                .filter(tally::fundable)
                .sorted(TieBreak.order(tally)).toList();
        List<Integer> winners = new ArrayList<>();
        Rational left = budget;
        for (int p : order) {
            if (tally.cost(p).compareTo(left) <= 0) {
                winners.add(p);
                left = left.minus(tally.cost(p));
            } else if (stopAtFirstMiss) {
                break;
            }
        }
        return winners;
    }

    /** The share of its cost a reserve covers at most in Poznań's rule: funded when what is left covers 80 % of it. */
    static final Rational RESERVE_FROM = Rational.of(4, 5);

    /**
     * Poznań's rule: greedy without skipping; the project it stopped at is funded as well when what is left is at
     * least 80 % of its cost (the rest comes from a reserve outside the envelope).
     */
    static List<Integer> poznan(Tally tally, Rational budget) {
        List<Integer> winners = winners(tally, budget, true);
        Rational left = budget;
        for (int p : winners) {
            left = left.minus(tally.cost(p));
        }
        List<Integer> order = IntStream.range(0, tally.projects.size()).boxed().filter(tally::fundable)
                .sorted(TieBreak.order(tally)).toList();
        if (winners.size() < order.size()) {
            int next = order.get(winners.size());
            if (left.compareTo(tally.cost(next).times(RESERVE_FROM)) >= 0) {
                winners.add(next);
            }
        }
        return winners;
    }

    /** Fills what a first rule left, greedily (the optional completion after the Method of Equal Shares). */
    static List<Integer> complete(Tally tally, Rational budget, List<Integer> funded) {
        List<Integer> winners = new ArrayList<>(funded);
        Rational left = budget;
        for (int p : funded) {
            left = left.minus(tally.cost(p));
        }
        for (int p : IntStream.range(0, tally.projects.size()).boxed().filter(tally::fundable).sorted(TieBreak.order(tally)).toList()) {
            if (!winners.contains(p) && tally.cost(p).compareTo(left) <= 0) {
                winners.add(p);
                left = left.minus(tally.cost(p));
            }
        }
        return winners;
    }
}
