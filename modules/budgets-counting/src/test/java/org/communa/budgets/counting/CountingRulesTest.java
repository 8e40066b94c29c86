package org.communa.budgets.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small elections counted by hand, one or more per rule, and the edge cases. */
class CountingRulesTest {

    /** A Pabulib text with these projects (id;cost) and approval ballots (comma-separated ids, one per voter). */
    static Election approval(String budget, List<String> projects, List<String> ballots) {
        StringBuilder pb = new StringBuilder("META\nkey;value\nbudget;" + budget + "\nvote_type;approval\nPROJECTS\nproject_id;cost\n");
        projects.forEach(p -> pb.append(p).append('\n'));
        pb.append("VOTES\nvoter_id;vote\n");
        for (int i = 0; i < ballots.size(); i++) {
            pb.append("v").append(i).append(';').append(ballots.get(i)).append('\n');
        }
        return PabulibFile.parse(pb.toString()).election();
    }

    static List<String> times(int n, String ballot) {
        List<String> ballots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ballots.add(ballot);
        }
        return ballots;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // A: 3 votes, cost 6; B: 2 votes, cost 5; C: 1 vote, cost 4; envelope 10
    static final Election SKIPPING = approval("10", List.of("A;6", "B;5", "C;4"), List.of("A,B,C", "A,B", "A"));

    /**
     * Poznań's rule (greedy-custom): greedy without skipping, then the project it stopped at, from a reserve, when
     * what is left covers 80 % of its cost. A (60, 3 votes), B (50 or 51, 2 votes), C (10, 1 vote); envelope 100.
     */
    @Test
    void poznansRuleFundsTheNextProjectFromTheReserveWhenEightyPercentOfItIsLeft() {
        List<String> ballots = List.of("A,B,C", "A,B", "A");
        Election reachable = approval("100", List.of("A;60", "B;50", "C;10"), ballots);
        Outcome outcome = Counting.count(reachable, CountingRule.GREEDY_CUSTOM_POZNAN);
        assertThat(outcome.winners()).containsExactly("A", "B");
        assertThat(outcome.totalCost()).isEqualTo(Rational.of(110));
        assertThat(outcome.audit().parameters()).containsEntry("reserve_from", "0.8");
        assertThat(Counting.count(approval("100", List.of("A;60", "B;51", "C;10"), ballots), CountingRule.GREEDY_CUSTOM_POZNAN)
                .winners()).containsExactly("A");
        assertThat(CountingRule.fromName("greedy-custom").forBudgets()).isFalse();
        assertThat(CountingRule.fromName("greedy-custom").selectedMarks()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void greedySkipsWhatNoLongerFitsAndGoesOn() {
        Outcome outcome = Counting.count(SKIPPING, CountingRule.GREEDY);
        assertThat(outcome.winners()).containsExactly("A", "C");
        assertThat(outcome.totalCost()).isEqualTo(Rational.of(10));
        assertThat(outcome.left()).isEqualTo(Rational.ZERO);
        assertThat(outcome.scores()).containsEntry("A", Rational.of(3)).containsEntry("C", Rational.ONE);
    }

    @Test
    void greedyWithoutSkippingStopsAtTheFirstMiss() {
        assertThat(Counting.count(SKIPPING, CountingRule.GREEDY_NO_SKIP).winners()).containsExactly("A");
    }

    @Test
    void greedyWithThresholdLeavesOutProjectsBelowIt() {
        Outcome outcome = Counting.count(SKIPPING, CountingRule.GREEDY_THRESHOLD, new Counting.Options(Rational.of(2), false));
        assertThat(outcome.winners()).containsExactly("A");
        assertThat(outcome.audit().parameters()).containsEntry("threshold", "2");
        assertThatThrownBy(() -> Counting.count(SKIPPING, CountingRule.GREEDY_THRESHOLD))
                .hasMessageContaining("min_project_score_threshold");
    }

    @Test
    void tiesGoToTheCheaperProjectThenToTheOneListedFirst() {
        Election cheaper = approval("5", List.of("A;5", "B;4"), List.of("A,B", "A,B"));
        assertThat(Counting.count(cheaper, CountingRule.GREEDY).winners()).containsExactly("B");
        Election listed = approval("5", List.of("B;5", "A;5"), List.of("A,B"));
        assertThat(Counting.count(listed, CountingRule.GREEDY).winners()).containsExactly("B");
        assertThat(Counting.count(listed, CountingRule.MES_ADD1).winners()).containsExactly("B");
        assertThat(Counting.count(listed, CountingRule.PHRAGMEN).winners()).containsExactly("B");
    }

    @Test
    void aProjectCostingMoreThanTheEnvelopeOrWithdrawnIsNeverFunded() {
        Election election = approval("100", List.of("BIG;150", "GONE;999999999", "SMALL;30"),
                List.of("BIG,GONE,SMALL", "BIG,GONE", "BIG,GONE"));
        assertThat(election.project("GONE").orElseThrow().withdrawn()).isTrue();
        for (CountingRule rule : List.of(CountingRule.GREEDY, CountingRule.GREEDY_NO_SKIP, CountingRule.MES_ADD1, CountingRule.PHRAGMEN)) {
            assertThat(Counting.count(election, rule).winners()).as(rule.cliName()).doesNotContain("BIG", "GONE");
        }
        assertThat(Counting.count(election, CountingRule.GREEDY).winners()).containsExactly("SMALL");
        assertThat(Counting.count(election, CountingRule.GREEDY_NO_SKIP).winners()).isEmpty();
    }

    @Test
    void aBudgetWithoutBallotsFundsNothing() {
        Election empty = approval("100", List.of("A;10", "B;20"), List.of());
        for (CountingRule rule : List.of(CountingRule.GREEDY, CountingRule.GREEDY_NO_SKIP, CountingRule.MES_ADD1,
                CountingRule.MES_ADD1_COMPARISON, CountingRule.PHRAGMEN)) {
            Outcome outcome = Counting.count(empty, rule);
            assertThat(outcome.winners()).as(rule.cliName()).isEmpty();
            assertThat(outcome.totalCost()).isEqualTo(Rational.ZERO);
            assertThat(outcome.audit().ballots()).isZero();
        }
    }

    /*
     * Six voters approve A and B, four approve C; each costs 50, the envelope is 100 (10 per voter).
     * Greedy funds A and B (6 votes each). Equal Shares: A costs its 6 supporters 50/6 each; B would then
     * need 50 from 6 x 1.67, C needs 50 from 4 x 10: neither, so MES alone funds A. Add1 raises the share:
     * at 13, C becomes affordable (4 x 12.5) after A; at 17, B would be too (6 x (17 - 50/6) >= 50) and the
     * outcome A, B, C overspends, so the share stops at 16 with A and C, funded in that order.
     */
    static final Election MAJORITY_AND_MINORITY = approval("100", List.of("A;50", "B;50", "C;50"),
            concat(times(6, "A,B"), times(4, "C")));

    @Test
    void equalSharesWithAdd1GivesTheMinorityItsShare() {
        Outcome greedy = Counting.count(MAJORITY_AND_MINORITY, CountingRule.GREEDY);
        assertThat(greedy.winners()).containsExactly("A", "B");
        Outcome mes = Counting.count(MAJORITY_AND_MINORITY, CountingRule.MES_ADD1);
        assertThat(mes.winners()).containsExactly("A", "C");
        assertThat(mes.audit().parameters()).containsEntry("initial_share", "10").containsEntry("final_share", "16")
                .containsEntry("add1_raises", "6").containsEntry("utilities", "cost");
        // the rounds: A at 50/6 per supporter (6 effective votes), then C at 12.5 (4 effective votes)
        assertThat(mes.audit().rounds()).extracting(Audit.Round::funded).containsExactly("A", "C");
        Audit.Round first = mes.audit().rounds().get(0);
        assertThat(first.effectiveVotes()).containsEntry("A", Rational.of(6)).containsEntry("B", Rational.of(6))
                .containsEntry("C", Rational.of(4));
        assertThat(first.payments()).hasSize(6).containsEntry(0, Rational.of(50, 6));
        assertThat(mes.audit().rounds().get(1).payments()).containsEntry(9, Rational.of(25, 2));
    }

    @Test
    void theComparisonStepSwitchesToGreedyOnlyWhenMoreVotersPreferIt() {
        Outcome compared = Counting.count(MAJORITY_AND_MINORITY, CountingRule.MES_ADD1_COMPARISON);
        // 6 voters get 2 projects under greedy instead of 1; 4 voters get 0 instead of 1: greedy wins, 6 to 4
        assertThat(compared.winners()).containsExactly("A", "B");
        assertThat(compared.audit().parameters()).containsEntry("voters_preferring_greedy", "6")
                .containsEntry("voters_preferring_equal_shares", "4").containsEntry("comparison_chose", "greedy");
        Election moreMinority = approval("100", List.of("A;50", "B;50", "C;50"), concat(times(4, "A,B"), times(5, "C")));
        Outcome kept = Counting.count(moreMinority, CountingRule.MES_ADD1_COMPARISON);
        assertThat(kept.audit().parameters()).containsEntry("comparison_chose", "equal_shares");
        assertThat(kept.winners()).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void greedyCompletionFillsWhatEqualSharesLeft() {
        // 7 voters approve A (60) and 3 approve B (60) and S (30); envelope 100: MES with Add1 funds A only
        // (B and S together cannot be afforded by 3 voters before A's share makes the outcome overspend)
        Election election = approval("100", List.of("A;60", "B;60", "S;30"), concat(times(7, "A"), times(3, "B,S")));
        Outcome plain = Counting.count(election, CountingRule.MES_ADD1);
        Outcome completed = Counting.count(election, CountingRule.MES_ADD1, new Counting.Options(null, true));
        assertThat(completed.winners()).containsAll(plain.winners());
        assertThat(completed.totalCost().compareTo(election.budget())).isLessThanOrEqualTo(0);
        assertThat(completed.winners()).contains("S");
        assertThat(completed.audit().parameters()).containsEntry("greedy_completion", "true");
    }

    @Test
    void sequentialPhragmenBuysWhatSupportersCanAffordFirst() {
        // A and B tie at 50/6 (A listed first); then C at 12.5 beats B at (50 + 6 x 50/6) / 6 = 16.67; B no longer fits
        assertThat(Counting.count(MAJORITY_AND_MINORITY, CountingRule.PHRAGMEN).winners()).containsExactly("A", "C");
    }

    @Test
    void pointsBallotsCountPointsAndEqualSharesUsesThemAsSatisfaction() {
        String pb = """
                META
                key;value
                budget;10
                vote_type;cumulative
                PROJECTS
                project_id;cost
                A;6
                B;6
                C;4
                VOTES
                voter_id;vote;points
                1;A,C;3,2
                2;B;5
                3;B,C;4,1
                """;
        Election election = PabulibFile.parse(pb).election();
        Outcome greedy = Counting.count(election, CountingRule.GREEDY);
        assertThat(greedy.scores()).containsEntry("A", Rational.of(3)).containsEntry("B", Rational.of(9)).containsEntry("C", Rational.of(3));
        assertThat(greedy.winners()).containsExactly("B", "C");
        Outcome mes = Counting.count(election, CountingRule.MES_ADD1);
        assertThat(mes.audit().parameters()).containsEntry("utilities", "points");
        assertThat(mes.totalCost().compareTo(Rational.of(10))).isLessThanOrEqualTo(0);
    }

    @Test
    void theBallotSetHashIgnoresVoterIdsAndOrderButNotChoices() {
        Election one = approval("10", List.of("A;5", "B;5"), List.of("A,B", "B"));
        Election reordered = approval("10", List.of("A;5", "B;5"), List.of("B", "B,A"));
        Election other = approval("10", List.of("A;5", "B;5"), List.of("A,B", "A"));
        assertThat(BallotSetHash.of(one)).isEqualTo(BallotSetHash.of(reordered)).hasSize(64).isNotEqualTo(BallotSetHash.of(other));
        assertThat(Counting.count(one, CountingRule.GREEDY).audit().ballotSetHash()).isEqualTo(BallotSetHash.of(one));
    }

    @Test
    void rulesAreNamedAsOnTheCommandLineAndInPabulibFiles() {
        assertThat(CountingRule.fromName("mes-add1-comparison")).isEqualTo(CountingRule.MES_ADD1_COMPARISON);
        assertThat(CountingRule.fromName("equalshares/add1")).isEqualTo(CountingRule.MES_ADD1);
        assertThatThrownBy(() -> CountingRule.fromName("borda")).hasMessageContaining("greedy, greedy-no-skip");
    }

    @Test
    void exactArithmeticKeepsThirdsExact() {
        Rational third = Rational.of(1, 3);
        assertThat(third.plus(third).plus(third)).isEqualTo(Rational.ONE);
        assertThat(Rational.parse("1019940.37").exact()).isEqualTo("1019940.37");
        assertThat(third.exact()).isEqualTo("1/3");
        assertThat(Map.of("x", Rational.of(6, 4))).containsEntry("x", Rational.of(3, 2));
    }
}
