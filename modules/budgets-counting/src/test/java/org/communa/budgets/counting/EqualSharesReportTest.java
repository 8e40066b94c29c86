package org.communa.budgets.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Equal Shares explains each project: worked by hand on a small election, then checked against every shared real file. */
class EqualSharesReportTest {

    @Test
    void eachProjectSaysWhenItWasBoughtByWhomOrWhenItsSupportersRanOut() {
        // envelope 300, three voters; A (200) is everyone's, B (150) only v0's, C (90) only v2's
        Election election = CountingRulesTest.approval("300", List.of("A;200", "B;150", "C;90"), List.of("A,B", "A", "A,C"));
        Outcome outcome = Counting.count(election, CountingRule.MES_ADD1);
        assertThat(outcome.winners()).containsExactly("A", "C");
        Rational share = Rational.parseExact(outcome.audit().parameters().get("final_share"));
        Map<String, EqualSharesReport.Explanation> why = EqualSharesReport.explain(election, outcome);

        EqualSharesReport.Explanation a = why.get("A");
        assertThat(a.kind()).isEqualTo(EqualSharesReport.Kind.FUNDED_IN_ROUND);
        assertThat(a.round()).isEqualTo(1);
        assertThat(a.payers()).isEqualTo(3);
        assertThat(a.supporters()).isEqualTo(3);
        assertThat(a.mostPaid()).isEqualTo(Rational.of(200, 3));
        assertThat(a.supportersHeld()).isEqualTo(share.times(Rational.of(3)).minus(Rational.of(200)));
        EqualSharesReport.Explanation c = why.get("C");
        assertThat(c.kind()).isEqualTo(EqualSharesReport.Kind.FUNDED_IN_ROUND);
        assertThat(c.round()).isEqualTo(2);
        assertThat(c.payers()).isEqualTo(1);
        assertThat(c.mostPaid()).isEqualTo(Rational.of(90));
        // B was affordable by v0 alone until v0 paid a third of A: then short of 150 by what v0 had spent
        EqualSharesReport.Explanation b = why.get("B");
        assertThat(b.kind()).isEqualTo(EqualSharesReport.Kind.SUPPORTERS_RAN_OUT);
        assertThat(b.round()).isEqualTo(1);
        assertThat(b.afterProject()).isEqualTo("A");
        assertThat(b.supportersHeld()).isEqualTo(share.minus(Rational.of(200, 3)));
        assertThat(b.shortBy()).isEqualTo(Rational.of(150).minus(share).plus(Rational.of(200, 3)));
        // the same, in the outcome's JSON with its rounds (the results API's ?rounds=1, exports, pb count --trace)
        jakarta.json.JsonObject b2 = OutcomeJson.of(election, outcome, true).getJsonArray("projects").getJsonObject(1).getJsonObject("why");
        assertThat(b2.getString("kind")).isEqualTo("supporters_ran_out");
        assertThat(b2.getString("after_project")).isEqualTo("A");
        assertThat(OutcomeJson.of(election, outcome, false).getJsonArray("projects").getJsonObject(1).containsKey("why")).isFalse();
        // other rules have no rounds to explain from
        assertThat(EqualSharesReport.explain(election, Counting.count(election, CountingRule.GREEDY))).isEmpty();
    }

    @Test
    void everySharedRealElectionIsExplainedConsistently() throws IOException {
        int files = 0;
        try (Stream<Path> paths = Files.list(PabulibElectionsTest.DATA)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".pb")).sorted().toList()) {
                Election election = PabulibFile.parse(Files.readString(path)).election();
                Outcome outcome = Counting.count(election, CountingRule.MES_ADD1);
                Map<String, EqualSharesReport.Explanation> why = EqualSharesReport.explain(election, outcome);
                assertThat(why).as(path.toString()).hasSize(election.projects().size());
                for (EqualSharesReport.Explanation explanation : why.values()) {
                    switch (explanation.kind()) {
                        case FUNDED_IN_ROUND -> {
                            assertThat(outcome.winners()).contains(explanation.project());
                            assertThat(explanation.payers()).isPositive().isLessThanOrEqualTo(explanation.supporters());
                        }
                        case NEVER_AFFORDABLE, SUPPORTERS_RAN_OUT -> {
                            assertThat(outcome.winners()).as(path + " " + explanation.project()).doesNotContain(explanation.project());
                            assertThat(explanation.shortBy().signum()).as(path + " " + explanation.project()).isPositive();
                        }
                        default -> assertThat(explanation.kind()).isIn(EqualSharesReport.Kind.WITHDRAWN, EqualSharesReport.Kind.FUNDED_BY_COMPLETION);
                    }
                }
                files++;
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(10);
    }
}
