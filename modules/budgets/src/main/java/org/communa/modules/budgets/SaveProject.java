package org.communa.modules.budgets;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * An admin puts a project on a budget's ballot (POST admin/budgets/{id}/projects) or changes it (PUT
 * .../projects/{project}: title, description, cost, category, scope, withdrawn, address, latitude and longitude). A project costing more
 * than the envelope may be listed (voters see it) but can never be funded.
 */
final class SaveProject implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return AdminPage.respond(request, () -> save(request));
    }

    private static ModuleResponse save(ModuleRequest request) {
        JsonObject json = AdminPage.input(request, "the project");
        String title = BudgetInput.title(json);
        BigDecimal cost = BudgetInput.decimal(json, "cost");
        if (cost == null || cost.signum() < 0 || cost.scale() > 2) {
            throw ModuleProblem.badRequest("cost must be an amount of 0 or more with at most 2 decimals");
        }
        String description = BudgetInput.longText(json, "description", 10_000);
        UUID categoryId = uuid(BudgetInput.text(json, "categoryId"), "categoryId");
        UUID scopeId = uuid(BudgetInput.text(json, "scopeId"), "scopeId");
        boolean withdrawn = json.getBoolean("withdrawn", false);
        org.communa.module.api.data.Place place = org.communa.module.api.data.Place.of(json);
        boolean creating = request.pathParameter("project") == null;
        return request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            UUID budgetId = budget.uuid("id");
            if (categoryId != null && sql.first("select 1 from sdk_categories c join sdk_components k on k.space_id = c.space_id "
                    + "where k.id = ? and c.id = ?", request.componentId(), categoryId).isEmpty()) {
                throw ModuleProblem.badRequest("categoryId is not a category of this space: " + categoryId);
            }
            if (scopeId != null && sql.first("select 1 from sdk_scopes where id = ?", scopeId).isEmpty()) {
                throw ModuleProblem.badRequest("scopeId is not a scope of this organisation: " + scopeId);
            }
            UUID id;
            if (creating) {
                id = UUID.randomUUID();
                sql.update("insert into budgets_projects (id, component_id, budget_id, reference, title, description, cost, "
                        + "category_id, scope_id, withdrawn, address, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, request.componentId(), budgetId, nextReference(sql, budgetId), title, description, cost, categoryId, scopeId,
                        withdrawn, place.address(), place.latitude(), place.longitude());
            } else {
                id = uuid(request.pathParameter("project"), "project");
                int changed = sql.update("update budgets_projects set title = ?, description = ?, cost = ?, category_id = ?, "
                        + "scope_id = ?, withdrawn = ?, address = ?, latitude = ?, longitude = ? where id = ? and budget_id = ?", title,
                        description, cost, categoryId, scopeId, withdrawn, place.address(), place.latitude(), place.longitude(), id, budgetId);
                if (changed == 0) {
                    throw ModuleProblem.notFound("no project " + id + " in this budget");
                }
            }
            sql.recordAction(creating ? "create" : "update", BudgetsModule.PROJECT, id.toString());
            // followers of the space receive the project (Create), its changes (Update), its withdrawal
            request.services().federate(BudgetsModule.PROJECT, id.toString());
            ProjectIndex.index(request.services().participation().search(), sql, id);
            return ModuleResponse.json(creating ? 201 : 200, BudgetJson.project(
                    sql.first(Budgets.PROJECTS.replace("where budget_id = ?", "where id = ?"), id).orElseThrow()).toString());
        });
    }

    /** Numbers follow each other in a budget; two projects added at once must not take the same one. */
    static int nextReference(org.communa.module.api.data.Sql sql, UUID budgetId) {
        sql.query("select 1 as locked from pg_advisory_xact_lock(hashtextextended(?, 0))", budgetId.toString());
        return sql.first("select coalesce(max(reference), 0) + 1 as next from budgets_projects where budget_id = ?", budgetId)
                .orElseThrow().integer("next").intValue();
    }

    static UUID uuid(String text, String name) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest(name + " is not an id: " + text);
        }
    }
}
