package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a ballot must look like, checked when a participant checks out and when officers enter a paper
 * ballot. A refusal names the rule broken ({@link Refusal#key()}, for a message in the voter's language)
 * with the figures that explain it.
 *
 * @param kind knapsack, approval, cumulative or ranked
 * @param minChoices fewest projects (approval, ranked), 0 for none
 * @param maxChoices most projects (approval, ranked), 0 for no limit
 * @param points points to spread (cumulative)
 * @param maxPointsPerProject most points on one project (cumulative), 0 for no limit
 * @param minShare smallest part of the envelope a knapsack ballot must use, between 0 and 1
 */
public record BallotRule(Kind kind, int minChoices, int maxChoices, int points, int maxPointsPerProject, Rational minShare) {

    public enum Kind {
        /** projects whose total cost fits in the envelope */
        KNAPSACK,
        /** at most N and at least M projects */
        APPROVAL,
        /** points spread over projects */
        CUMULATIVE,
        /** projects in order of preference */
        RANKED
    }

    /** Why a ballot is refused: a message key and its arguments. */
    public record Refusal(String key, List<Object> arguments) {
    }

    public static BallotRule knapsack(Rational minShare) {
        return new BallotRule(Kind.KNAPSACK, 1, 0, 0, 0, minShare);
    }

    public static BallotRule approval(int min, int max) {
        return new BallotRule(Kind.APPROVAL, min, max, 0, 0, Rational.ZERO);
    }

    public static BallotRule cumulative(int points, int maxPerProject) {
        return new BallotRule(Kind.CUMULATIVE, 1, 0, points, maxPerProject, Rational.ZERO);
    }

    public static BallotRule ranked(int min, int max) {
        return new BallotRule(Kind.RANKED, min, max, 0, 0, Rational.ZERO);
    }

    /** How the counting engine reads ballots of this rule. */
    public BallotKind ballotKind() {
        return switch (kind) {
            case KNAPSACK, APPROVAL -> BallotKind.APPROVAL;
            case CUMULATIVE -> BallotKind.CUMULATIVE;
            case RANKED -> BallotKind.ORDINAL;
        };
    }

    /**
     * The refusals of a ballot ({@code choices}: project id → points, in the voter's order; 1 for a plain
     * choice) against the projects on offer (id → cost) and the envelope; empty when it is valid.
     */
    public List<Refusal> check(Map<String, Integer> choices, Map<String, Rational> costs, Rational envelope) {
        List<Refusal> refusals = new ArrayList<>();
        Set<String> unknown = new HashSet<>(choices.keySet());
        unknown.removeAll(costs.keySet());
        if (!unknown.isEmpty()) {
            refusals.add(new Refusal("ballot.unknown_project", List.of(String.join(", ", new java.util.TreeSet<>(unknown)))));
            return refusals;
        }
        int count = choices.size();
        if (count == 0) {
            refusals.add(new Refusal("ballot.empty", List.of()));
            return refusals;
        }
        switch (kind) {
            case KNAPSACK -> {
                Rational total = Rational.ZERO;
                for (String id : choices.keySet()) {
                    total = total.plus(costs.get(id));
                }
                if (total.compareTo(envelope) > 0) {
                    refusals.add(new Refusal("ballot.over_envelope", List.of(total.exact(), envelope.exact())));
                }
                Rational needed = envelope.times(minShare);
                if (total.compareTo(needed) < 0) {
                    refusals.add(new Refusal("ballot.under_minimum", List.of(total.exact(), needed.exact())));
                }
            }
            case APPROVAL, RANKED -> {
                if (count < minChoices) {
                    refusals.add(new Refusal("ballot.too_few", List.of(count, minChoices)));
                }
                if (maxChoices > 0 && count > maxChoices) {
                    refusals.add(new Refusal("ballot.too_many", List.of(count, maxChoices)));
                }
            }
            case CUMULATIVE -> {
                int spent = 0;
                for (Map.Entry<String, Integer> choice : choices.entrySet()) {
                    int given = choice.getValue();
                    if (given < 1) {
                        refusals.add(new Refusal("ballot.points_not_positive", List.of(choice.getKey())));
                    } else if (maxPointsPerProject > 0 && given > maxPointsPerProject) {
                        refusals.add(new Refusal("ballot.points_over_project_maximum", List.of(choice.getKey(), given, maxPointsPerProject)));
                    }
                    spent += Math.max(0, given);
                }
                if (spent > points) {
                    refusals.add(new Refusal("ballot.too_many_points", List.of(spent, points)));
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return refusals;
    }
}
