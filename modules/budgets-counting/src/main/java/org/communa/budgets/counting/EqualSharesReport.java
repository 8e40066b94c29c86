package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each project was or was not funded by the Method of Equal Shares, in the terms of equalshares.net's
 * reports, replayed from the rounds the audit publishes: every voter starts with the same share; a funded
 * project says in which round, how many of its supporters paid, the most one paid (the others gave all
 * they had left) and what its supporters still held; a project not funded says when its supporters' money
 * fell short of its cost, after which project, and by how much. Anyone can redo it from the open data.
 */
public final class EqualSharesReport {

    /** One project's explanation; {@code round} counts from 1, 0 when it does not apply. */
    public record Explanation(String project, Kind kind, int round, String afterProject, int payers, int supporters,
            Rational mostPaid, Rational supportersHeld, Rational shortBy) {
    }

    public enum Kind {
        /** bought in {@code round} by {@code payers} of its {@code supporters}, each paying at most {@code mostPaid} */
        FUNDED_IN_ROUND,
        /** bought with the money left once no project could be bought by its supporters alone */
        FUNDED_BY_COMPLETION,
        /** its supporters held {@code supportersHeld} from the start, {@code shortBy} less than its cost */
        NEVER_AFFORDABLE,
        /** affordable until its supporters paid for {@code afterProject} in {@code round}; then {@code shortBy} short */
        SUPPORTERS_RAN_OUT,
        /** withdrawn before the count */
        WITHDRAWN
    }

    private EqualSharesReport() {
    }

    /**
     * The explanations of an outcome counted with Equal Shares (its audit's rounds and {@code final_share}), in
     * the election's project order; empty for other rules.
     */
    public static Map<String, Explanation> explain(Election election, Outcome outcome) {
        String share = outcome.audit().parameters().get("final_share");
        Map<String, Explanation> explanations = new LinkedHashMap<>();
        if (share == null || outcome.audit().rounds().isEmpty() && !outcome.winners().isEmpty()) {
            return explanations;
        }
        List<Ballot> ballots = election.ballots();
        Rational[] money = new Rational[ballots.size()];
        java.util.Arrays.fill(money, Rational.parseExact(share));
        Map<String, Integer> indexes = new java.util.HashMap<>();
        for (int p = 0; p < election.projects().size(); p++) {
            indexes.put(election.projects().get(p).id(), p);
        }
        // what each project's supporters held together before each round, and after the last one
        List<Rational[]> heldBefore = new ArrayList<>();
        Map<String, Explanation> funded = new LinkedHashMap<>();
        int roundNumber = 0;
        for (Audit.Round round : outcome.audit().rounds()) {
            roundNumber++;
            heldBefore.add(held(election, indexes, money));
            Rational most = Rational.ZERO;
            int payers = 0;
            for (Map.Entry<Integer, Rational> payment : round.payments().entrySet()) {
                money[payment.getKey()] = money[payment.getKey()].minus(payment.getValue());
                if (payment.getValue().signum() > 0) {
                    payers++;
                    most = Rational.max(most, payment.getValue());
                }
            }
            Rational left = Rational.ZERO;
            int supporters = 0;
            for (int v = 0; v < ballots.size(); v++) {
                if (ballots.get(v).supports(round.funded())) {
                    supporters++;
                    left = left.plus(money[v]);
                }
            }
            funded.put(round.funded(), new Explanation(round.funded(), Kind.FUNDED_IN_ROUND, roundNumber, null, payers, supporters,
                    most, left, Rational.ZERO));
        }
        heldBefore.add(held(election, indexes, money));
        List<Audit.Round> rounds = outcome.audit().rounds();
        for (int p = 0; p < election.projects().size(); p++) {
            Project project = election.projects().get(p);
            if (funded.containsKey(project.id())) {
                explanations.put(project.id(), funded.get(project.id()));
            } else if (project.withdrawn()) {
                explanations.put(project.id(), new Explanation(project.id(), Kind.WITHDRAWN, 0, null, 0, 0, null, null, null));
            } else if (outcome.funded(project.id())) {
                explanations.put(project.id(), new Explanation(project.id(), Kind.FUNDED_BY_COMPLETION, 0, null, 0, 0, null, null, null));
            } else {
                explanations.put(project.id(), shortfall(project, p, heldBefore, rounds));
            }
        }
        return explanations;
    }

    /** The first moment its supporters together held less than its cost: before round 1, or after some round. */
    private static Explanation shortfall(Project project, int index, List<Rational[]> heldBefore, List<Audit.Round> rounds) {
        for (int moment = 0; moment < heldBefore.size(); moment++) {
            Rational held = heldBefore.get(moment)[index];
            if (held.compareTo(project.cost()) < 0) {
                return moment == 0
                        ? new Explanation(project.id(), Kind.NEVER_AFFORDABLE, 1, null, 0, 0, null, held, project.cost().minus(held))
                        : new Explanation(project.id(), Kind.SUPPORTERS_RAN_OUT, moment, rounds.get(moment - 1).funded(), 0, 0, null,
                                held, project.cost().minus(held));
            }
        }
        // still affordable at the end: only a count that stopped otherwise (none does) would leave one
        Rational held = heldBefore.get(heldBefore.size() - 1)[index];
        return new Explanation(project.id(), Kind.SUPPORTERS_RAN_OUT, heldBefore.size() - 1, null, 0, 0, null, held, Rational.ZERO);
    }

    /** What the supporters of each project (by its index) hold together: each voter counts for every project on the ballot. */
    private static Rational[] held(Election election, Map<String, Integer> indexes, Rational[] money) {
        Rational[] held = new Rational[election.projects().size()];
        java.util.Arrays.fill(held, Rational.ZERO);
        for (int v = 0; v < money.length; v++) {
            for (Map.Entry<String, Rational> choice : election.ballots().get(v).points().entrySet()) {
                Integer p = indexes.get(choice.getKey());
                if (p != null && choice.getValue().signum() > 0) {
                    held[p] = held[p].plus(money[v]);
                }
            }
        }
        return held;
    }
}
