package org.communa.modules.budgets;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** A budget with its projects, and the participant's ballot if they have cast one; as a page, the ballot form. */
final class ShowBudget implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        if (request.wantsPage()) {
            // "update the total" sends the ticked projects back as the query: show them with their total
            boolean updating = request.query().keySet().stream().anyMatch(k -> k.startsWith("p.") || k.startsWith("points.") || k.startsWith("rank."));
            return BudgetPage.render(request, Budgets.id(request, "id"), updating ? BallotInput.fromFields(request.query()) : null, null);
        }
        UUID participant = request.participantId().orElse(null);
        return request.data().read(sql -> {
            Row budget = Budgets.budget(sql, request);
            JsonArrayBuilder projects = BudgetJson.JSON.createArrayBuilder();
            Budgets.projects(sql, budget.uuid("id")).forEach(row -> projects.add(BudgetJson.project(row)));
            JsonObjectBuilder json = BudgetJson.JSON.createObjectBuilder(BudgetJson.budget(budget)).add("projects", projects);
            if (participant != null) {
                JsonObjectBuilder mine = BudgetJson.JSON.createObjectBuilder();
                sql.query("select c.project_id, c.points from budgets_choices c join budgets_ballots b on b.id = c.ballot_id "
                        + "where b.budget_id = ? and b.participant_id = ? order by c.position", budget.uuid("id"), participant)
                        .forEach(choice -> mine.add(choice.uuid("project_id").toString(), choice.integer("points")));
                json.add("myBallot", mine);
            }
            return ModuleResponse.json(200, json.build().toString());
        });
    }
}
