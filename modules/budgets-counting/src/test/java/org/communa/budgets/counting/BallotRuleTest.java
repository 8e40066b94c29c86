package org.communa.budgets.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ballot rules as a table: rule, ballot, and what is refused (nothing for a valid ballot). */
class BallotRuleTest {

    // three projects: A costs 40, B 30, C 50; the envelope is 100
    static final Map<String, Rational> COSTS = Map.of("A", Rational.of(40), "B", Rational.of(30), "C", Rational.of(50));

    static BallotRule rule(String text) {
        String[] parts = text.trim().split(" ");
        return switch (parts[0]) {
            case "knapsack" -> BallotRule.knapsack(Rational.parse(parts[1]));
            case "approval" -> BallotRule.approval(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            case "cumulative" -> BallotRule.cumulative(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            case "ranked" -> BallotRule.ranked(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** "A B" or "A:3 B:2" */
    static Map<String, Integer> ballot(String text) {
        Map<String, Integer> choices = new LinkedHashMap<>();
        if (!text.isBlank()) {
            for (String choice : text.trim().split(" ")) {
                String[] parts = choice.split(":");
                choices.put(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
            }
        }
        return choices;
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "knapsack 0     | A B      | ''",
        "knapsack 0     | A C      | ''",
        "knapsack 0     | A B C    | ballot.over_envelope 120 100",
        "knapsack 0.5   | B        | ballot.under_minimum 30 50",
        "knapsack 0.5   | C        | ''",
        "knapsack 0     | ''       | ballot.empty",
        "knapsack 0     | A Z      | ballot.unknown_project Z",
        "approval 1 2   | A B      | ''",
        "approval 1 2   | A B C    | ballot.too_many 3 2",
        "approval 2 0   | A        | ballot.too_few 1 2",
        "approval 2 0   | A B C    | ''",
        "cumulative 5 3 | A:3 B:2  | ''",
        "cumulative 5 3 | A:4 B:1  | ballot.points_over_project_maximum A 4 3",
        "cumulative 5 0 | A:4 B:2  | ballot.too_many_points 6 5",
        "cumulative 5 3 | A:0 B:2  | ballot.points_not_positive A",
        "ranked 1 2     | C A      | ''",
        "ranked 1 2     | C A B    | ballot.too_many 3 2",
        "ranked 3 3     | C A      | ballot.too_few 2 3",
    })
    void checksBallotsAgainstTheirRule(String rule, String ballot, String refused) {
        List<BallotRule.Refusal> refusals = rule(rule).check(ballot(ballot), COSTS, Rational.of(100));
        List<String> described = refusals.stream()
                .map(r -> (r.key() + " " + String.join(" ", r.arguments().stream().map(String::valueOf).toList())).trim()).toList();
        assertThat(described).containsExactlyElementsOf(refused.isEmpty() ? List.of() : List.of(refused));
    }
}
