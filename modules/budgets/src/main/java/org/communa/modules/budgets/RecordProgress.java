package org.communa.modules.budgets;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * An admin records where a project's works stand (POST admin/budgets/{id}/projects/{project}/progress):
 * a dated timeline entry with a title and text, the status and the progress in percent. The project's
 * followers (its voters among them) are told.
 */
final class RecordProgress implements RouteHandler {

    static final List<String> STATUSES = List.of("planned", "in_progress", "completed", "cancelled");

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        request.require("administer");
        return AdminPage.respond(request, () -> record(request));
    }

    private static ModuleResponse record(ModuleRequest request) {
        JsonObject json = AdminPage.input(request, "the progress");
        String status = json.getString("status", "in_progress");
        if (!STATUSES.contains(status)) {
            throw ModuleProblem.badRequest("status must be one of " + String.join(", ", STATUSES));
        }
        int progress = BudgetInput.whole(json, "progress");
        if (progress > 100) {
            throw ModuleProblem.badRequest("progress is a percentage, from 0 to 100");
        }
        String title = BudgetInput.title(json);
        String body = BudgetInput.longText(json, "body", 5_000);
        LocalDate day;
        try {
            day = LocalDate.parse(json.getString("date", LocalDate.now().toString()));
        } catch (DateTimeParseException e) {
            throw ModuleProblem.badRequest("date must be written 2026-06-30");
        }
        UUID projectId = SaveProject.uuid(request.pathParameter("project"), "project");
        Row project = request.data().write(sql -> {
            Row budget = Budgets.budget(sql, request);
            Row found = sql.first("select id, title, budget_id from budgets_projects where id = ? and budget_id = ?", projectId,
                    budget.uuid("id")).orElseThrow(() -> ModuleProblem.notFound("no project " + projectId + " in this budget"));
            sql.update("insert into budgets_results (id, component_id, project_id, status, progress) values (?, ?, ?, ?, ?) "
                    + "on conflict (project_id) do update set status = excluded.status, progress = excluded.progress, updated_at = now()",
                    UUID.randomUUID(), request.componentId(), projectId, status, progress);
            UUID result = sql.first("select id from budgets_results where project_id = ?", projectId).orElseThrow().uuid("id");
            sql.update("insert into budgets_timeline (id, component_id, result_id, happened_on, title, body, status, progress) "
                    + "values (?, ?, ?, ?::date, ?, ?, ?, ?)", UUID.randomUUID(), request.componentId(), result, day.toString(), title, body, status, progress);
            sql.recordAction("progress", BudgetsModule.PROJECT, projectId.toString());
            return found;
        });
        int told = request.services().participation().notifications().notifyFollowers(BudgetsModule.PROJECT, projectId.toString(),
                "project_progress", Map.of("fr", project.string("title")), "budgets/" + project.uuid("budget_id") + "/projects/" + projectId);
        return ModuleResponse.json(201, "{\"status\":\"" + status + "\",\"progress\":" + progress + ",\"notified\":" + told + "}");
    }
}
