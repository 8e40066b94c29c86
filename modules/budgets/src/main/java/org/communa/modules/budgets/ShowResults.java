package org.communa.modules.budgets;

import jakarta.json.JsonObject;
import org.communa.budgets.counting.Outcome;
import org.communa.budgets.counting.OutcomeJson;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The results of a budget: each project's votes, cost and whether it is funded, the total spent and left,
 * and the audit (rule, parameters, tie-break, hash of the anonymised ballots, MES rounds with
 * {@code ?rounds=1}). Public once the phase publishes results; admins see them at any time.
 */
final class ShowResults implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        boolean staff = Budgets.staff(request);
        if (!staff && !request.settings().bool("results_published")) {
            throw ModuleProblem.forbidden("the results of this budget are not published yet").explainedAs("budgets.problem.results_not_published");
        }
        if (request.wantsPage()) {
            return request.data().read(sql -> {
                Row budget = Budgets.budget(sql, request);
                BudgetElection election = BudgetElection.load(sql, budget);
                return ResultsPage.render(request, budget, election, CountBudget.count(budget, election),
                        org.communa.module.api.data.Scopes.all(sql));
            });
        }
        JsonObject json = request.data().read(sql -> {
            Row budget = Budgets.budget(sql, request);
            BudgetElection election = BudgetElection.load(sql, budget);
            Outcome outcome = CountBudget.count(budget, election);
            return OutcomeJson.of(election.election(), outcome, "1".equals(request.query().get("rounds")));
        });
        return ModuleResponse.json(200, json.toString());
    }
}
