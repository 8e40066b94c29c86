package org.communa.budgets.counting;

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
        while (kept.winners().size() < fundable && tally.voters() > 0) {
            Rational raised = share.plus(Rational.ONE);
            EqualShares.Run next = fast(mes, raised);
            if (next.totalCost().compareTo(budget) > 0) {
                break;
            }
            kept = next;
            share = raised;
            raises++;
        }
        // the kept run again, exactly, with its rounds written down for the audit
        return new Result(mes.run(share, true), share, raises);
    }

    /** A run in floating point when nothing in it is close to call, else exactly: the same winners either way. */
    private static EqualShares.Run fast(EqualShares mes, Rational share) {
        return mes.runApproximately(share).orElseGet(() -> mes.run(share, false));
    }
}
