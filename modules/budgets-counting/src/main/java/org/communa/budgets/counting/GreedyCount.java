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
