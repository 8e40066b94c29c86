package org.communa.budgets.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * Add1 completion of the Method of Equal Shares: MES alone usually leaves money unspent, so each voter's
 * share is raised by one unit of currency at a time and MES run again; the last outcome whose cost still
 * fits in the budget is kept. The search stops at the first outcome that overspends (not at the first one
 * that leaves no room for another project, which funds one project too many in Wieliczka 2023), or when
 * every supported project is funded.
 */
final class Add1Completion {

    /** The outcome kept, with the share each voter had in the run that produced it. */
    record Result(EqualShares.Run run, Rational share, int raises) {
    }

    private Add1Completion() {
    }

    static Result run(Tally tally, Rational budget) {
        EqualShares mes = new EqualShares(tally);
        int voters = Math.max(1, tally.voters());
        Rational share = budget.dividedBy(Rational.of(voters));
        EqualShares.Run kept = fast(mes, share);
        long fundable = java.util.stream.IntStream.range(0, tally.projects.size()).filter(tally::fundable).count();
        int raises = 0;
        // the next few shares are counted at once on the machine's cores, then looked at in order: the
        // outcome is the one a one-at-a-time search keeps (a run past the first overspend is thrown away)
        int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
        boolean searching = tally.voters() > 0;
        while (searching && kept.winners().size() < fundable) {
            List<Rational> shares = new ArrayList<>();
            for (int i = 1; i <= batch; i++) {
                shares.add(share.plus(Rational.of(i)));
            }
            List<EqualShares.Run> runs = shares.parallelStream().map(next -> fast(mes, next)).toList();
            for (int i = 0; i < runs.size() && searching; i++) {
                if (runs.get(i).totalCost().compareTo(budget) > 0) {
                    searching = false;
                } else {
                    kept = runs.get(i);
                    share = shares.get(i);
                    raises++;
                    searching = kept.winners().size() < fundable;
                }
            }
        }
        // the kept run again, exactly, with its rounds written down for the audit
        return new Result(mes.run(share, true), share, raises);
    }

    /** A run in floating point when nothing in it is close to call, else exactly: the same winners either way. */
    private static EqualShares.Run fast(EqualShares mes, Rational share) {
        return mes.runApproximately(share).orElseGet(() -> mes.run(share, false));
    }
}
