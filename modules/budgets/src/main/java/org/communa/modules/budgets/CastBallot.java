package org.communa.modules.budgets;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.budgets.counting.BallotRule;
import org.communa.budgets.counting.Rational;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.http.ModuleRequest;

/**
 * Stores one ballot in one transaction, online or on paper: the ballot is checked against its rule, then
 * the database's unique constraints decide that a voter has one ballot per budget (and one budget per
 * component when the component says "vote in one"), whatever double clicks, tabs or server processes do.
 * A second ballot replaces the first only where the component allows changes, and only online.
 */
final class CastBallot {

    /** Whether a ballot was cast or replaced, and the projects it chooses that the previous one did not. */
    record Outcome(boolean changed, java.util.Set<UUID> newlyChosen) {
    }

    private CastBallot() {
    }

    static Outcome cast(Sql sql, ModuleRequest request, Row budget, Voter voter, Map<UUID, Integer> choices, String channel,
            UUID participantId, UUID enteredBy) {
        UUID budgetId = budget.uuid("id");
        if ("scope".equals(request.settings().text("voting_mode")) && budget.uuid("scope_id") != null
                && !budget.uuid("scope_id").equals(voter.scopeId())) {
            throw ModuleProblem.forbidden("this budget is for another scope than yours").explainedAs("budgets.problem.other_scope");
        }
        check(sql, budget, choices, request.locale());
        if ("one".equals(request.settings().text("voting_mode"))) {
            sql.update("insert into budgets_single_choice (component_id, voter_key, budget_id) values (?, ?, ?) on conflict do nothing",
                    request.componentId(), voter.key(), budgetId);
            UUID chosen = sql.first("select budget_id from budgets_single_choice where component_id = ? and voter_key = ?",
                    request.componentId(), voter.key()).orElseThrow().uuid("budget_id");
            if (!chosen.equals(budgetId)) {
                throw ModuleProblem.conflict("you have already voted in another budget of this vote, and may vote in one only")
                        .explainedAs("budgets.problem.one_budget_only");
            }
        }
        UUID ballotId = UUID.randomUUID();
        Optional<Row> inserted = sql.first("insert into budgets_ballots (id, component_id, budget_id, participant_id, voter_key, channel, "
                + "entered_by) values (?, ?, ?, ?, ?, ?, ?) on conflict (budget_id, voter_key) do nothing returning id",
                ballotId, request.componentId(), budgetId, participantId, voter.key(), channel, enteredBy);
        java.util.Set<UUID> previous = java.util.Set.of();
        if (inserted.isEmpty()) {
            Row existing = sql.first("select id, channel from budgets_ballots where budget_id = ? and voter_key = ? for update",
                    budgetId, voter.key()).orElseThrow();
            if (!request.settings().bool("ballot_changes_allowed") || !channel.equals("online") || !"online".equals(existing.string("channel"))) {
                throw ModuleProblem.conflict("a ballot has already been cast in this budget by this voter")
                        .explainedAs("budgets.problem.already_voted");
            }
            ballotId = existing.uuid("id");
            previous = new java.util.HashSet<>();
            for (Row choice : sql.query("select project_id from budgets_choices where ballot_id = ?", ballotId)) {
                previous.add(choice.uuid("project_id"));
            }
            sql.update("delete from budgets_choices where ballot_id = ?", ballotId);
            sql.update("update budgets_ballots set updated_at = now() where id = ?", ballotId);
        }
        int position = 0;
        for (Map.Entry<UUID, Integer> choice : choices.entrySet()) {
            sql.update("insert into budgets_choices (ballot_id, project_id, points, position) values (?, ?, ?, ?)",
                    ballotId, choice.getKey(), choice.getValue(), position++);
        }
        java.util.Set<UUID> newlyChosen = new java.util.LinkedHashSet<>(choices.keySet());
        newlyChosen.removeAll(previous);
        return new Outcome(inserted.isEmpty(), newlyChosen);
    }

    /** The ballot against its budget's rule and projects (withdrawn ones cannot be chosen). */
    private static void check(Sql sql, Row budget, Map<UUID, Integer> choices, String locale) {
        Map<String, Rational> costs = new HashMap<>();
        for (Row project : sql.query("select id, cost from budgets_projects where budget_id = ? and not withdrawn", budget.uuid("id"))) {
            costs.put(project.uuid("id").toString(), Rational.parse(project.decimal("cost").toPlainString()));
        }
        Map<String, Integer> byId = new LinkedHashMap<>();
        choices.forEach((id, points) -> byId.put(id.toString(), points));
        BallotRule rule = Budgets.ballotRule(budget);
        List<BallotRule.Refusal> refusals = rule.check(byId, costs, Budgets.envelope(budget));
        if (!refusals.isEmpty()) {
            BallotRule.Refusal first = refusals.get(0);
            // the page says amounts as the reader writes them ("1 100 EUR"); the API's detail keeps them exact
            boolean amounts = first.key().equals("ballot.over_envelope") || first.key().equals("ballot.under_minimum");
            Object[] shown = first.arguments().stream().map(argument -> amounts
                    ? Money.format(Rational.parseExact(argument.toString()).toDecimal(2), budget.string("currency"), locale) : argument)
                    .toArray();
            throw new ModuleProblem(422, describe(first)).explainedAs("budgets.problem." + first.key(), shown);
        }
    }

    /** The refusal in English, for the API's detail (pages show it in the reader's language). */
    static String describe(BallotRule.Refusal refusal) {
        List<Object> a = refusal.arguments();
        return switch (refusal.key()) {
            case "ballot.unknown_project" -> "not a project of this budget: " + a.get(0);
            case "ballot.empty" -> "the ballot chooses no project";
            case "ballot.over_envelope" -> "the projects chosen cost " + a.get(0) + ", more than the envelope of " + a.get(1);
            case "ballot.under_minimum" -> "the projects chosen cost " + a.get(0) + ", less than the " + a.get(1) + " a ballot must use";
            case "ballot.too_few" -> a.get(0) + " projects chosen, at least " + a.get(1) + " needed";
            case "ballot.too_many" -> a.get(0) + " projects chosen, at most " + a.get(1) + " allowed";
            case "ballot.points_not_positive" -> "points must be positive (project " + a.get(0) + ")";
            case "ballot.points_over_project_maximum" -> a.get(1) + " points on project " + a.get(0) + ", at most " + a.get(2) + " allowed";
            case "ballot.too_many_points" -> a.get(0) + " points given, " + a.get(1) + " to spread";
            default -> refusal.key();
        };
    }
}
