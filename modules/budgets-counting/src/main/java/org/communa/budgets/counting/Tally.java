package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballots read once for every rule: for each project its supporters (as ballot positions) with the
 * points each gave, its score (approvals, or the sum of points), and its place in the list.
 */
final class Tally {

    final Election election;
    final List<Project> projects;
    final Map<String, Integer> index = new HashMap<>();
    final int[][] supporters;
    final Rational[][] points;
    final Rational[] scores;
    final int[] supportCounts;
    private final double[] approximateCosts;
    /** for each voter, the projects they support */
    private final int[][] chosen;
    /** for each voter and project, the points given (approval ballots: 1 where supported, else null) */
    private final Rational[][] given;
    /** for each project, which voters support it (the same facts as given, laid out for scanning voters) */
    private final boolean[][] supportedBy;

    /** The score a project needs to be funded at all (null: none), whatever the rule. */
    final Rational threshold;
    /** How projects a rule ranks equal are ordered. */
    final TieBreak ties;

    Tally(Election election) {
        this(election, null, TieBreak.LOWER_COST_FIRST);
    }

    Tally(Election election, Rational threshold, TieBreak ties) {
        this.election = election;
        this.threshold = threshold;
        this.ties = ties;
        this.projects = election.projects();
        for (int p = 0; p < projects.size(); p++) {
            index.put(projects.get(p).id(), p);
        }
        List<List<Integer>> voters = new ArrayList<>();
        List<List<Rational>> given = new ArrayList<>();
        projects.forEach(p -> {
            voters.add(new ArrayList<>());
            given.add(new ArrayList<>());
        });
        List<Ballot> ballots = election.ballots();
        chosen = new int[ballots.size()][];
        this.given = new Rational[ballots.size()][];
        for (int v = 0; v < ballots.size(); v++) {
            List<Integer> mine = new ArrayList<>();
            this.given[v] = new Rational[projects.size()];
            for (Map.Entry<String, Rational> choice : ballots.get(v).points().entrySet()) {
                Integer p = index.get(choice.getKey());
                if (p != null && choice.getValue().signum() > 0) {
                    voters.get(p).add(v);
                    given.get(p).add(choice.getValue());
                    mine.add(p);
                    this.given[v][p] = choice.getValue();
                }
            }
            chosen[v] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        supportedBy = new boolean[projects.size()][ballots.size()];
        approximateCosts = projects.stream().mapToDouble(p -> p.cost().toDouble()).toArray();
        supporters = new int[projects.size()][];
        points = new Rational[projects.size()][];
        scores = new Rational[projects.size()];
        supportCounts = new int[projects.size()];
        for (int p = 0; p < projects.size(); p++) {
            supporters[p] = voters.get(p).stream().mapToInt(Integer::intValue).toArray();
            for (int voter : supporters[p]) {
                supportedBy[p][voter] = true;
            }
            points[p] = given.get(p).toArray(Rational[]::new);
            supportCounts[p] = supporters[p].length;
            Rational score = Rational.ZERO;
            if (election.kind().approvals()) {
                score = Rational.of(supportCounts[p]);
            } else {
                for (Rational r : points[p]) {
                    score = score.plus(r);
                }
            }
            scores[p] = score;
        }
    }

    int[] chosenBy(int voter) {
        return chosen[voter];
    }

    boolean supports(int voter, int p) {
        return supportedBy[p][voter];
    }

    Rational pointsOf(int voter, int p) {
        return given[voter][p];
    }

    int voters() {
        return election.ballots().size();
    }

    /** Whether a project may be funded at all: on the ballot, not withdrawn, supported by someone, up to the threshold. */
    boolean fundable(int p) {
        return !projects.get(p).withdrawn() && supportCounts[p] > 0 && (threshold == null || scores[p].compareTo(threshold) >= 0);
    }

    Rational cost(int p) {
        return projects.get(p).cost();
    }

    double approximateCost(int p) {
        return approximateCosts[p];
    }

    String id(int p) {
        return projects.get(p).id();
    }

    Map<String, Rational> scoresById() {
        Map<String, Rational> byId = new java.util.LinkedHashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            byId.put(id(p), scores[p]);
        }
        return byId;
    }
}
