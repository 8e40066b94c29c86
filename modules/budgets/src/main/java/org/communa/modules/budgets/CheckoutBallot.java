package org.communa.modules.budgets;

import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** A participant checks out their ballot: all of it at once, or nothing (POST budgets/{id}/ballot). */
final class CheckoutBallot implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (request.wantsPage()) {
            Map<UUID, Integer> choices = Map.of();
            try {
                choices = BallotInput.fromFields(request.form());
                checkout(request, choices);
            } catch (ModuleProblem refused) {
                if (refused.status() == 401) {
                    throw refused;
                }
                return BudgetPage.render(request, Budgets.id(request, "id"), choices, refused);
            }
            return ModuleResponse.redirect("budgets/" + request.pathParameter("id") + "?voted=1");
        }
        CastBallot.Outcome outcome = checkout(request, BallotInput.from(BudgetJson.read(request.body(), "the ballot")));
        return ModuleResponse.json(outcome.changed() ? 200 : 201, "{\"ballot\":\"" + (outcome.changed() ? "changed" : "cast") + "\"}");
    }

    private static CastBallot.Outcome checkout(ModuleRequest request, Map<UUID, Integer> choices) {
        request.require("vote");
        // read before the ballot's transaction, which then holds one connection only
        Voter voter = Voter.participant(request);
        CastBallot.Outcome outcome = request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            CastBallot.Outcome cast = CastBallot.cast(sql, request, budget, voter, choices, "online",
                    request.participantId().orElseThrow(), null);
            sql.recordAction(cast.changed() ? "change_vote" : "vote", "budget", budget.uuid("id").toString());
            // the ballot is cast: what was kept while filling it in (and its reminder) is no longer needed
            sql.update("delete from budgets_drafts where budget_id = ? and participant_id = ?", budget.uuid("id"),
                    request.participantId().orElseThrow());
            return cast;
        });
        // voters hear how the projects they chose come along (follow-up of the works); a changed ballot
        // follows only what it adds
        outcome.newlyChosen().forEach(project -> request.services().participation().follows().follow(BudgetsModule.PROJECT, project.toString()));
        return outcome;
    }
}
