package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequential Phragmén for budgets: every voter earns money at the same steady pace; a project is bought
 * the moment its supporters' savings cover its cost, and their savings are spent (each supporter's load
 * becomes that moment). A project that no longer fits in what is left of the budget is dropped and the
 * count goes on. Points ballots count as approvals of the projects given points. Ties: {@link TieBreak}.
 */
final class SequentialPhragmen {

    private SequentialPhragmen() {
    }

    static List<Integer> winners(Tally tally, Rational budget) {
        Rational[] load = new Rational[tally.voters()];
        java.util.Arrays.fill(load, Rational.ZERO);
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < tally.projects.size(); p++) {
            if (tally.fundable(p)) {
                candidates.add(p);
            }
        }
        var tieBreak = TieBreak.order(tally);
        List<Integer> winners = new ArrayList<>();
        Rational left = budget;
        while (true) {
            Rational finalLeft = left;
            candidates.removeIf(p -> tally.cost(p).compareTo(finalLeft) > 0);
            if (candidates.isEmpty()) {
                return winners;
            }
            Integer best = null;
            Rational bestTime = null;
            for (int p : candidates) {
                Rational time = tally.cost(p);
                for (int voter : tally.supporters[p]) {
                    time = time.plus(load[voter]);
                }
                time = time.dividedBy(Rational.of(tally.supporters[p].length));
                int cmp = bestTime == null ? -1 : time.compareTo(bestTime);
                if (cmp < 0 || cmp == 0 && tieBreak.compare(p, best) < 0) {
                    best = p;
                    bestTime = time;
                }
            }
            for (int voter : tally.supporters[best]) {
                load[voter] = bestTime;
            }
            winners.add(best);
            left = left.minus(tally.cost(best));
            candidates.remove(best);
        }
    }
}
