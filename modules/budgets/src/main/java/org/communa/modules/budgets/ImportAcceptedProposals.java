package org.communa.modules.budgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.DataConflictException;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * Puts the accepted proposals of a proposals component on a budget's ballot ({@code {"source": componentId}}):
 * title, text, category and scope come along, the cost is the feasibility study's estimate, and the project
 * keeps a link to its proposal, whose author is told. Proposals already imported into this budget, and
 * accepted ones without a cost, are left out (the answer says how many).
 */
final class ImportAcceptedProposals implements RouteHandler {

    private record Imported(UUID id, String title, UUID author) {
    }

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return AdminPage.respond(request, () -> importAccepted(request));
    }

    private static ModuleResponse importAccepted(ModuleRequest request) {
        UUID source = SaveProject.uuid(BudgetInput.text(AdminPage.input(request, "the import"), "source"), "source");
        if (source == null) {
            throw ModuleProblem.badRequest("source must be the id of a proposals component");
        }
        if (!request.services().available(BudgetsModule.PROPOSALS)) {
            throw ModuleProblem.conflict("importing proposals needs the proposals module (1.2 or a later 1.x), which is not "
                    + "available on this instance");
        }
        List<Imported> imported = new ArrayList<>();
        int withoutCost = request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            if (sql.first("select 1 from sdk_components where id = ? and module_key = 'proposals'", source).isEmpty()) {
                throw ModuleProblem.badRequest("source must be the id of a proposals component of this organisation");
            }
            // the proposals module's published contract (answered-proposals, v1): never its tables
            List<Row> accepted = sql.query("select id, title, body, category_id, scope_id, cost, author_id, address, latitude, longitude "
                    + "from proposals_answered_v1 "
                    + "where component_id = ? and answer_state = 'accepted' "
                    + "and id not in (select proposal_id from budgets_projects where budget_id = ? and proposal_id is not null) "
                    + "order by reference", source, budget.uuid("id"));
            int costless = 0;
            for (Row proposal : accepted) {
                if (proposal.decimal("cost") == null) {
                    costless++;
                    continue;
                }
                UUID id = UUID.randomUUID();
                String title = proposal.string("title").length() > 150 ? proposal.string("title").substring(0, 150) : proposal.string("title");
                // a category of another space does not carry over
                org.communa.module.api.data.Place place = org.communa.module.api.data.Place.of(proposal);
                sql.update("insert into budgets_projects (id, component_id, budget_id, reference, title, description, cost, category_id, "
                        + "scope_id, proposal_id, proposal_component_id, address, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?, "
                        + "(select c.id from sdk_categories c join sdk_components k on k.space_id = c.space_id where k.id = ? and c.id = ?), "
                        + "?, ?, ?, ?, ?, ?)", id, request.componentId(),
                        budget.uuid("id"), SaveProject.nextReference(sql, budget.uuid("id")), title, proposal.string("body"),
                        proposal.decimal("cost"), request.componentId(), proposal.uuid("category_id"), proposal.uuid("scope_id"),
                        proposal.uuid("id"), source, place.address(), place.latitude(), place.longitude());
                sql.recordAction("import", BudgetsModule.PROJECT, id.toString());
                imported.add(new Imported(id, title, proposal.uuid("author_id")));
                ProjectIndex.index(request.services().participation().search(), sql, id);
            }
            return costless;
        });
        // once the projects are written: an author hears of it only if the project exists
        UUID budgetId = Budgets.id(request, "id");
        for (Imported project : imported) {
            if (project.author() != null) {
                request.services().participation().notifications().notifyParticipant(project.author(), "idea_became_project",
                        Map.of("fr", project.title()), "budgets/" + budgetId + "/projects/" + project.id());
            }
        }
        return ModuleResponse.json(200, "{\"imported\":" + imported.size() + ",\"acceptedWithoutCost\":" + withoutCost
                + ",\"authorsNotified\":" + imported.stream().filter(p -> p.author() != null).count() + "}");
    }
}
