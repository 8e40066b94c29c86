package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the Method of Equal Shares (Peters and Skowron; equalshares.net) with every voter holding the
 * same share of money. Each round funds the project whose supporters can pay for it at the lowest price
 * per unit of their satisfaction, each paying that price or all they have left. Satisfaction is the
 * project's cost for approval ballots ("cost utilities", as in the cities that use the method) and the
 * points given otherwise. Ties between equal prices: {@link TieBreak}.
 *
 * <p>Voters who have supported the same funded projects hold the same money and, with approval ballots,
 * pay the same for the next project they support: they are handled as one group, which makes a round cost
 * the number of groups rather than the number of voters (a few dozen groups in the first rounds of an
 * election with thousands of voters). With points ballots every voter is a group of one.
 */
final class EqualShares {

    /** What one run funded, and its rounds when asked for. */
    record Run(List<Integer> winners, Rational totalCost, List<Audit.Round> rounds) {
    }

    private final Tally tally;
    private final boolean costUtilities;
    private final Comparator<Integer> tieBreak;

    EqualShares(Tally tally) {
        this.tally = tally;
        this.costUtilities = tally.election.kind() == BallotKind.APPROVAL;
        this.tieBreak = TieBreak.order(tally);
    }

    /** Voters holding the same money who, for every project, all support it with the same points, or none does. */
    private final class Group {
        Rational money;
        double approximateMoney;
        int[] voters;
        /** for each project, how many of the group's voters support it */
        int[] supporting;

        Group(Rational money, int[] voters) {
            this(money, voters, count(voters));
        }

        Group(Rational money, int[] voters, int[] supporting) {
            this.money = money;
            this.approximateMoney = money.toDouble();
            this.voters = voters;
            this.supporting = supporting;
        }

        /** Counts of the group's voters other than those counted in {@code part}. */
        int[] minus(int[] part) {
            int[] counts = supporting.clone();
            for (int p = 0; p < counts.length; p++) {
                counts[p] -= part[p];
            }
            return counts;
        }

        /** What each supporting voter's satisfaction from p is worth. */
        Rational utility(int p) {
            return costUtilities ? tally.cost(p) : tally.pointsOf(voters[0], p);
        }
    }

    /**
     * Funds projects while one is affordable by its supporters. Prices are first estimated in floating point
     * to find the few candidates that can be the cheapest (those within {@link #CLOSE} of the best estimate);
     * only those are priced exactly, and the exact prices decide, so rounding never picks a winner. With
     * {@code trace}, every candidate is priced exactly at every round and recorded.
     */
    Run run(Rational share, boolean trace) {
        List<Group> groups = initialGroups(share);
        List<Integer> candidates = new ArrayList<>();
        List<Integer> winners = new ArrayList<>();
        Rational total = Rational.ZERO;
        double[] lastEstimate = new double[tally.projects.size()];
        for (int p = 0; p < tally.projects.size(); p++) {
            if (!tally.fundable(p)) {
                continue;
            }
            if (tally.cost(p).signum() == 0) {
                winners.add(p); // costs nothing: funded before any money is spent
            } else {
                candidates.add(p);
            }
        }
        List<Audit.Round> rounds = new ArrayList<>();
        while (!candidates.isEmpty()) {
            // prices only rise as voters spend: a candidate whose last estimate is already well above the best
            // estimate of this round cannot be the cheapest, and is not looked at again this round
            candidates.sort(Comparator.comparingDouble(p -> lastEstimate[p]));
            double bestEstimate = Double.POSITIVE_INFINITY;
            List<Integer> unaffordable = new ArrayList<>();
            List<Integer> priced = new ArrayList<>();
            for (int p : candidates) {
                if (!trace && lastEstimate[p] > bestEstimate * (1 + CLOSE)) {
                    break;
                }
                double estimate = trace ? Double.NaN : estimate(p, groups);
                if (Double.isNaN(estimate)) {
                    Rational exact = price(p, groups);
                    estimate = exact == null ? Double.POSITIVE_INFINITY : exact.toDouble();
                }
                if (estimate == Double.POSITIVE_INFINITY) {
                    unaffordable.add(p);
                    continue;
                }
                lastEstimate[p] = estimate;
                priced.add(p);
                bestEstimate = Math.min(bestEstimate, estimate);
            }
            candidates.removeAll(unaffordable);
            Integer best = null;
            Rational bestPrice = null;
            Map<String, Rational> effective = trace ? new LinkedHashMap<>() : null;
            for (int p : priced) {
                if (!trace && lastEstimate[p] > bestEstimate * (1 + CLOSE)) {
                    continue;
                }
                Rational price = price(p, groups);
                if (price == null) {
                    candidates.remove((Integer) p);
                    continue;
                }
                if (trace) {
                    effective.put(tally.id(p), Rational.ONE.dividedBy(price));
                }
                int cmp = bestPrice == null ? -1 : price.compareTo(bestPrice);
                if (cmp < 0 || cmp == 0 && tieBreak.compare(p, best) < 0) {
                    best = p;
                    bestPrice = price;
                }
            }
            if (best == null) {
                if (candidates.isEmpty() || priced.isEmpty()) {
                    break;
                }
                continue; // the estimates' best turned out unaffordable when priced exactly: look again
            }
            Map<Integer, Rational> payments = trace ? new LinkedHashMap<>() : null;
            groups = pay(best, bestPrice, groups, payments);
            winners.add(best);
            total = total.plus(tally.cost(best));
            candidates.remove(best);
            if (trace) {
                rounds.add(new Audit.Round(tally.id(best), tally.cost(best), effective, payments));
            }
        }
        return new Run(winners, total, rounds);
    }

    /** Relative distance within which two floating-point estimates may hide a different exact order. */
    private static final double CLOSE = 1e-9;

    /**
     * {@link #price} in floating point: +infinity when the supporters clearly cannot pay, NaN when it is
     * too close to call (then the exact price decides).
     */
    private double estimate(int p, List<Group> groups) {
        double cost = tally.cost(p).toDouble();
        if (!costUtilities) {
            return Double.NaN; // points ballots: groups of one voter, priced exactly
        }
        List<Group> supporting = new ArrayList<>();
        for (Group group : groups) {
            if (group.supporting[p] > 0) {
                supporting.add(group);
            }
        }
        supporting.sort(Comparator.comparingDouble(g -> g.approximateMoney));
        double remaining = cost;
        long payers = tally.supportCounts[p];
        for (Group group : supporting) {
            double each = remaining / payers;
            if (each <= group.approximateMoney) {
                return each / cost;
            }
            remaining -= group.approximateMoney * group.supporting[p];
            payers -= group.supporting[p];
        }
        return remaining > cost * CLOSE ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    private int[] count(int[] voters) {
        int[] supporting = new int[tally.projects.size()];
        for (int voter : voters) {
            for (int p : tally.chosenBy(voter)) {
                supporting[p]++;
            }
        }
        return supporting;
    }

    private List<Group> initialGroups(Rational share) {
        int voters = tally.voters();
        List<Group> groups = new ArrayList<>();
        if (costUtilities) {
            int[] all = new int[voters];
            Arrays.setAll(all, v -> v);
            groups.add(new Group(share, all));
        } else {
            for (int v = 0; v < voters; v++) {
                groups.add(new Group(share, new int[] {v}));
            }
        }
        return groups;
    }

    /**
     * The lowest price per unit of satisfaction at which the supporters of p can pay its cost, each paying
     * price × satisfaction or all they have left; null when together they cannot.
     */
    private Rational price(int p, List<Group> groups) {
        List<Group> supporting = new ArrayList<>();
        Rational utilities = Rational.ZERO;
        for (Group group : groups) {
            if (group.supporting[p] > 0) {
                supporting.add(group);
                if (!costUtilities) {
                    utilities = utilities.plus(group.utility(p));
                }
            }
        }
        if (costUtilities) {
            // every supporter's satisfaction is the cost: work per voter, and turn it into a price at the end
            supporting.sort((a, b) -> a.money.compareTo(b.money));
            Rational remaining = tally.cost(p);
            long payers = tally.supportCounts[p];
            for (Group group : supporting) {
                Rational each = remaining.dividedBy(Rational.of(payers));
                if (each.compareTo(group.money) <= 0) {
                    return each.dividedBy(tally.cost(p));
                }
                remaining = remaining.minus(group.money.times(Rational.of(group.supporting[p])));
                payers -= group.supporting[p];
            }
            return null;
        }
        // those who can pay least per unit of satisfaction run out first (groups of one voter here)
        supporting.sort(Comparator.comparing(g -> g.money.dividedBy(g.utility(p))));
        Rational remaining = tally.cost(p);
        for (Group group : supporting) {
            Rational price = remaining.dividedBy(utilities);
            if (price.times(group.utility(p)).compareTo(group.money) <= 0) {
                return price;
            }
            remaining = remaining.minus(group.money);
            utilities = utilities.minus(group.utility(p));
        }
        return null;
    }

    /** Supporters of p pay price × satisfaction or all they have; a group split by p becomes two. */
    private List<Group> pay(int p, Rational price, List<Group> groups, Map<Integer, Rational> payments) {
        List<Group> after = new ArrayList<>(groups.size() + 8);
        for (Group group : groups) {
            int count = group.supporting[p];
            if (count == 0) {
                after.add(group);
                continue;
            }
            Group payers = group;
            if (count < group.voters.length) {
                // the voters of the group who support p split off; only the smaller side's ballots are read again
                int[] supporters = new int[count];
                int[] others = new int[group.voters.length - count];
                int s = 0;
                int o = 0;
                for (int voter : group.voters) {
                    if (tally.supports(voter, p)) {
                        supporters[s++] = voter;
                    } else {
                        others[o++] = voter;
                    }
                }
                int[] supportersCounts = count <= others.length ? count(supporters) : null;
                int[] othersCounts = supportersCounts == null ? count(others) : group.minus(supportersCounts);
                payers = new Group(group.money, supporters, supportersCounts == null ? group.minus(othersCounts) : supportersCounts);
                after.add(new Group(group.money, others, othersCounts));
            }
            Rational paid = Rational.min(payers.money, price.times(payers.utility(p)));
            payers.money = payers.money.minus(paid);
            payers.approximateMoney = payers.money.toDouble();
            after.add(payers);
            if (payments != null) {
                for (int voter : payers.voters) {
                    payments.put(voter, paid);
                }
            }
        }
        return after;
    }
}
