package org.communa.modules.budgets;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * An officer at a polling station enters a paper ballot with the voter's census identifier
 * ({@code {"identifier": "...", "projects": [...]}}): refused when the identifier is not on the census or
 * has already voted, online or on paper. Needs a census: without one, nothing tells two people apart.
 */
final class EnterPaperBallot implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("enter_paper_ballots");
        if (!request.settings().bool("census_required")) {
            throw ModuleProblem.conflict("paper ballots need a census (census_required), so that nobody votes twice")
                    .explainedAs("budgets.problem.paper_needs_census");
        }
        JsonObject json = BudgetJson.read(request.body(), "the paper ballot");
        Map<UUID, Integer> choices = BallotInput.from(json);
        String identifier = BudgetInput.text(json, "identifier");
        Voter voter = Voter.onCensus(request, identifier);
        request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            CastBallot.cast(sql, request, budget, voter, choices, "paper", null, request.participantId().orElseThrow());
            sql.recordAction("enter_paper_ballot", "budget", budget.uuid("id").toString());
            return null;
        });
        return ModuleResponse.json(201, "{\"ballot\":\"cast\"}");
    }
}
