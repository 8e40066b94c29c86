package org.communa.modules.budgets;

import java.util.Map;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** A participant checks out their ballot: all of it at once, or nothing (POST budgets/{id}/ballot). */
final class CheckoutBallot implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("vote");
        Map<UUID, Integer> choices = request.wantsPage() ? BallotInput.fromForm(request.body())
                : BallotInput.from(BudgetJson.read(request.body(), "the ballot"));
        CastBallot.Outcome outcome = request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            Voter voter = Voter.participant(sql, request);
            CastBallot.Outcome cast = CastBallot.cast(sql, request, budget, voter, choices, "online",
                    request.participantId().orElseThrow(), null);
            sql.recordAction(cast == CastBallot.Outcome.CAST ? "vote" : "change_vote", "budget", budget.uuid("id").toString());
            return cast;
        });
        if (request.wantsPage()) {
            return ModuleResponse.redirect("budgets/" + request.pathParameter("id") + "?voted=1");
        }
        return ModuleResponse.json(outcome == CastBallot.Outcome.CAST ? 201 : 200,
                "{\"ballot\":\"" + (outcome == CastBallot.Outcome.CAST ? "cast" : "changed") + "\"}");
    }
}
