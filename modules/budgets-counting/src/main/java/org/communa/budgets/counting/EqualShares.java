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
 * election with thousands of voters). With points ballots, voters start grouped by identical ballots.
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
        this.costUtilities = tally.election.kind().approvals();
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
            this(money, money.toDouble(), voters, count(voters));
        }

        /** {@code money} is null in a run made in floating point only. */
        Group(Rational money, double approximateMoney, int[] voters, int[] supporting) {
            this.money = money;
            this.approximateMoney = approximateMoney;
            this.voters = voters;
            this.supporting = supporting;
        }

        /** Some of this group's voters, holding the same money. */
        Group part(int[] members, int[] counts) {
            return new Group(money, approximateMoney, members, counts);
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

        double approximateUtility(int p) {
            return costUtilities ? tally.approximateCost(p) : tally.pointsOf(voters[0], p).toDouble();
        }
    }

    /**
     * Funds projects while one is affordable by its supporters. Prices are first estimated in floating point
     * to find the few candidates that can be the cheapest (those within {@link #CLOSE} of the best estimate);
     * only those are priced exactly, and the exact prices decide, so rounding never picks a winner. With
     * {@code trace}, every candidate is estimated at every round and its effective votes recorded (exact for
     * those priced exactly, to 6 significant digits for the others), with what each voter paid.
     */
    Run run(Rational share, boolean trace) {
        List<Group> groups = initialGroups(share);
        List<Integer> winners = new ArrayList<>();
        List<Integer> candidates = candidates(winners);
        Rational total = Rational.ZERO;
        double[] lastEstimate = new double[tally.projects.size()];
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
                double estimate = estimate(p, groups);
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
                if (lastEstimate[p] > bestEstimate * (1 + CLOSE)) {
                    if (trace) {
                        // far from the best: its effective votes are shown from the estimate, to 6 significant digits
                        effective.put(tally.id(p), Rational.parse(new java.math.BigDecimal(1 / lastEstimate[p],
                                new java.math.MathContext(6)).toPlainString()));
                    }
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

    /**
     * The same run in floating point only, many times cheaper: it answers the winners only when no decision
     * was close (no two candidates within {@link #CLOSE} of each other, no project on the edge of being
     * affordable); otherwise nothing, and an exact run must decide. Rounding errors stay far below CLOSE
     * (a few hundred operations on doubles, relative error around 1e-13).
     */
    java.util.Optional<Run> runApproximately(Rational share) {
        List<Group> groups = initialGroups(share);
        List<Integer> winners = new ArrayList<>();
        List<Integer> candidates = candidates(winners);
        Rational total = Rational.ZERO;
        double[] lastEstimate = new double[tally.projects.size()];
        while (!candidates.isEmpty()) {
            candidates.sort(Comparator.comparingDouble(p -> lastEstimate[p]));
            int best = -1;
            double bestEstimate = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            List<Integer> unaffordable = new ArrayList<>();
            for (int p : candidates) {
                if (lastEstimate[p] > bestEstimate * (1 + CLOSE)) {
                    break;
                }
                double estimate = estimate(p, groups);
                if (Double.isNaN(estimate)) {
                    return java.util.Optional.empty();
                }
                if (estimate == Double.POSITIVE_INFINITY) {
                    unaffordable.add(p);
                    continue;
                }
                lastEstimate[p] = estimate;
                if (estimate < bestEstimate) {
                    second = bestEstimate;
                    bestEstimate = estimate;
                    best = p;
                } else if (estimate < second) {
                    second = estimate;
                }
            }
            candidates.removeAll(unaffordable);
            if (best < 0) {
                break;
            }
            if (second <= bestEstimate * (1 + CLOSE)) {
                return java.util.Optional.empty(); // a tie, or nearly: exact prices and the tie-break decide
            }
            groups = payApproximately(best, bestEstimate, groups);
            winners.add(best);
            total = total.plus(tally.cost(best));
            candidates.remove((Integer) best);
        }
        return java.util.Optional.of(new Run(winners, total, List.of()));
    }

    /** The projects a run may fund; those that cost nothing go straight to {@code winners}, before any money is spent. */
    private List<Integer> candidates(List<Integer> winners) {
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < tally.projects.size(); p++) {
            if (tally.fundable(p)) {
                if (tally.cost(p).signum() == 0) {
                    winners.add(p);
                } else {
                    candidates.add(p);
                }
            }
        }
        return candidates;
    }

    /** Relative distance within which two floating-point estimates may hide a different exact order. */
    private static final double CLOSE = 1e-9;

    /**
     * {@link #price} in floating point: +infinity when the supporters clearly cannot pay, NaN when it is
     * too close to call (then the exact price decides).
     */
    private double estimate(int p, List<Group> groups) {
        List<Group> supporting = new ArrayList<>();
        double utilities = 0;
        for (Group group : groups) {
            if (group.supporting[p] > 0) {
                supporting.add(group);
                utilities += group.supporting[p] * group.approximateUtility(p);
            }
        }
        // those who can pay least per unit of satisfaction run out first
        supporting.sort(Comparator.comparingDouble(g -> g.approximateMoney / g.approximateUtility(p)));
        double cost = tally.cost(p).toDouble();
        double remaining = cost;
        for (Group group : supporting) {
            double price = remaining / utilities;
            if (price * group.approximateUtility(p) <= group.approximateMoney) {
                return price;
            }
            remaining -= group.approximateMoney * group.supporting[p];
            utilities -= group.supporting[p] * group.approximateUtility(p);
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

    /**
     * Voters who chose exactly the same (projects and points) hold the same money at every round and pay
     * the same: they start as one group. With approval ballots, everyone starts in one group, split as
     * projects are funded (voters in a group always support the same funded projects).
     */
    private List<Group> initialGroups(Rational share) {
        int voters = tally.voters();
        List<Group> groups = new ArrayList<>();
        if (costUtilities) {
            int[] all = new int[voters];
            Arrays.setAll(all, v -> v);
            groups.add(new Group(share, all));
            return groups;
        }
        Map<Map<String, Rational>, List<Integer>> alike = new LinkedHashMap<>();
        List<Ballot> ballots = tally.election.ballots();
        for (int v = 0; v < voters; v++) {
            alike.computeIfAbsent(ballots.get(v).points(), k -> new ArrayList<>()).add(v);
        }
        for (List<Integer> members : alike.values()) {
            groups.add(new Group(share, members.stream().mapToInt(Integer::intValue).toArray()));
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
                utilities = utilities.plus(group.utility(p).times(Rational.of(group.supporting[p])));
            }
        }
        // those who can pay least per unit of satisfaction run out first: money / utility, compared crosswise
        supporting.sort(costUtilities ? (a, b) -> a.money.compareTo(b.money)
                : (a, b) -> a.money.times(b.utility(p)).compareTo(b.money.times(a.utility(p))));
        Rational remaining = tally.cost(p);
        for (Group group : supporting) {
            Rational price = remaining.dividedBy(utilities);
            if (price.times(group.utility(p)).compareTo(group.money) <= 0) {
                return price;
            }
            Rational members = Rational.of(group.supporting[p]);
            remaining = remaining.minus(group.money.times(members));
            utilities = utilities.minus(group.utility(p).times(members));
        }
        return null;
    }

    /**
     * Supporters of p pay price × satisfaction or all they have; a group split by p becomes two. Voters left
     * with nothing are dropped: with no money they change no later price (they can pay nothing).
     */
    private List<Group> pay(int p, Rational price, List<Group> groups, Map<Integer, Rational> payments) {
        List<Group> after = new ArrayList<>(groups.size() + 16);
        for (Group group : groups) {
            Group payers = split(group, p, after);
            if (payers == null) {
                continue;
            }
            Rational paid = Rational.min(payers.money, price.times(payers.utility(p)));
            payers.money = payers.money.minus(paid);
            payers.approximateMoney = payers.money.toDouble();
            if (payers.money.signum() > 0) {
                after.add(payers);
            }
            if (payments != null) {
                for (int voter : payers.voters) {
                    payments.put(voter, paid);
                }
            }
        }
        return after;
    }

    /** {@link #pay} in floating point. */
    private List<Group> payApproximately(int p, double price, List<Group> groups) {
        List<Group> after = new ArrayList<>(groups.size() + 16);
        for (Group group : groups) {
            Group payers = split(group, p, after);
            if (payers != null) {
                payers.approximateMoney -= Math.min(payers.approximateMoney, price * payers.approximateUtility(p));
                if (payers.approximateMoney > 0) {
                    after.add(payers);
                }
            }
        }
        return after;
    }

    /**
     * Adds to {@code after} the group when none of its voters supports p, or the part that does not; answers
     * the part that pays for p (not added: it is kept only while it has money left), or null.
     */
    private Group split(Group group, int p, List<Group> after) {
        int count = group.supporting[p];
        if (count == 0) {
            after.add(group);
            return null;
        }
        if (count == group.voters.length) {
            return group;
        }
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
        // only the smaller part's ballots are read again; the other part's counts follow by subtraction
        int[] supportersCounts = count <= others.length ? count(supporters) : null;
        int[] othersCounts = supportersCounts == null ? count(others) : group.minus(supportersCounts);
        after.add(group.part(others, othersCounts));
        return group.part(supporters, supportersCounts == null ? group.minus(othersCounts) : supportersCounts);
    }
}
