package org.communa.modules.budgets;

import jakarta.json.JsonArrayBuilder;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/** The budgets of the component with their envelopes, numbers of projects, and whether the participant has voted. */
final class ListBudgets implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        UUID participant = request.participantId().orElse(null);
        if (request.wantsPage()) {
            return page(request, participant);
        }
        return request.data().read(sql -> {
            JsonArrayBuilder items = BudgetJson.JSON.createArrayBuilder();
            for (Row row : sql.query(BUDGETS, participant, request.componentId())) {
                items.add(BudgetJson.JSON.createObjectBuilder(BudgetJson.budget(row)).add("projects", row.integer("projects"))
                        .add("voted", row.bool("voted")));
            }
            return ModuleResponse.json(200, BudgetJson.JSON.createObjectBuilder().add("budgets", items)
                    .add("votingOpen", request.settings().bool("voting_enabled"))
                    .add("resultsPublished", request.settings().bool("results_published"))
                    .add("censusRequired", request.settings().bool("census_required"))
                    .add("votingMode", request.settings().text("voting_mode")).build().toString());
        });
    }

    private static final String BUDGETS = "select b.*, (select count(*) from budgets_projects p where p.budget_id = b.id and not p.withdrawn) "
            + "as projects, exists (select 1 from budgets_ballots x where x.budget_id = b.id and x.participant_id = ?) as voted "
            + "from budgets_budgets b where b.component_id = ? order by b.position, b.created_at";

    private static ModuleResponse page(ModuleRequest request, UUID participant) {
        java.util.List<java.util.Map<String, Object>> budgets = request.data().read(sql -> sql.query(BUDGETS, participant,
                request.componentId())).stream().map(row -> {
                    java.util.Map<String, Object> view = BudgetPage.view(row, request.locale());
                    view.put("projects", row.integer("projects"));
                    view.put("voted", row.bool("voted"));
                    return view;
                }).toList();
        java.util.Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("budgets", budgets);
        model.put("votingOpen", request.settings().bool("voting_enabled"));
        model.put("resultsPublished", request.settings().bool("results_published") || Budgets.staff(request));
        model.put("votingMode", request.settings().text("voting_mode"));
        model.put("isAdmin", Budgets.staff(request));
        return ModuleResponse.view("list", model);
    }
}
