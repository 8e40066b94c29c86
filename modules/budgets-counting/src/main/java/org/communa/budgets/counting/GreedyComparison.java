package org.communa.budgets.counting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison step used with MES in Wieliczka: the greedy outcome replaces the proportional one only
 * if strictly more voters have more of their chosen projects funded under greedy than under MES.
 */
final class GreedyComparison {

    record Verdict(boolean greedyWins, int preferGreedy, int preferProportional) {
    }

    private GreedyComparison() {
    }

    static Verdict compare(Tally tally, List<Integer> proportional, List<Integer> greedy) {
        Set<String> mes = ids(tally, proportional);
        Set<String> gr = ids(tally, greedy);
        int preferGreedy = 0;
        int preferProportional = 0;
        for (Ballot ballot : tally.election.ballots()) {
            long underMes = ballot.points().keySet().stream().filter(id -> ballot.supports(id) && mes.contains(id)).count();
            long underGreedy = ballot.points().keySet().stream().filter(id -> ballot.supports(id) && gr.contains(id)).count();
            if (underGreedy > underMes) {
                preferGreedy++;
            } else if (underMes > underGreedy) {
                preferProportional++;
            }
        }
        return new Verdict(preferGreedy > preferProportional, preferGreedy, preferProportional);
    }

    private static Set<String> ids(Tally tally, List<Integer> projects) {
        Set<String> ids = new HashSet<>();
        projects.forEach(p -> ids.add(tally.id(p)));
        return ids;
    }
}
