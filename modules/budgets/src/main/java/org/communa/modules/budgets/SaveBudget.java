package org.communa.modules.budgets;

import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** An admin creates a budget (POST admin/budgets) or changes one (PUT admin/budgets/{id}). */
final class SaveBudget implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return AdminPage.respond(request, () -> save(request));
    }

    private static ModuleResponse save(ModuleRequest request) {
        BudgetInput input = BudgetInput.from(AdminPage.input(request, "the budget"));
        boolean creating = request.pathParameter("id") == null;
        UUID id = creating ? UUID.randomUUID() : Budgets.id(request, "id");
        return request.data().write(sql -> {
            if (input.scopeId() != null && sql.first("select 1 from sdk_scopes where id = ?", input.scopeId()).isEmpty()) {
                throw ModuleProblem.badRequest("scopeId is not a scope of this organisation: " + input.scopeId());
            }
            Object[] values = {input.title(), input.description(), input.envelope(), input.currency(), input.scopeId(),
                input.ballotRule(), input.minShare(), input.minChoices(), input.maxChoices(), input.points(),
                input.maxPointsPerProject(), input.countingRule(), input.greedyCompletion(), input.threshold(), input.tieBreak().cliName(), input.position()};
            if (creating) {
                sql.update("insert into budgets_budgets (title, description, envelope, currency, scope_id, ballot_rule, min_share, "
                        + "min_choices, max_choices, points, max_points_per_project, counting_rule, greedy_completion, threshold, "
                        + "tie_break, position, id, component_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        append(values, id, request.componentId()));
            } else {
                Budgets.budget(sql, request);
                if (sql.first("select 1 from budgets_ballots where budget_id = ? limit 1", id).isPresent()) {
                    // the rules a vote was cast under do not change while or after it is cast
                    throw ModuleProblem.conflict("ballots have been cast in this budget: its rules can no longer change");
                }
                sql.update("update budgets_budgets set title = ?, description = ?, envelope = ?, currency = ?, scope_id = ?, "
                        + "ballot_rule = ?, min_share = ?, min_choices = ?, max_choices = ?, points = ?, max_points_per_project = ?, "
                        + "counting_rule = ?, greedy_completion = ?, threshold = ?, tie_break = ?, position = ? where id = ? and component_id = ?",
                        append(values, id, request.componentId()));
            }
            sql.recordAction(creating ? "create" : "update", "budget", id.toString());
            return ModuleResponse.json(creating ? 201 : 200, BudgetJson.budget(
                    sql.first("select * from budgets_budgets where id = ?", id).orElseThrow()).toString());
        });
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
