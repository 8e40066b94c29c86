package org.communa.modules.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;
import org.communa.module.api.participation.ParticipationView;

/**
 * A project and its follow-up: status, progress, the timeline of its works, its photos and comments, and
 * the proposal it came from, so that whoever proposed or voted for it sees it realised.
 */
final class ShowProject implements RouteHandler {

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        UUID projectId = SaveProject.uuid(request.pathParameter("project"), "project");
        Map<String, Object> model = request.data().read(sql -> {
            Row budget = Budgets.budget(sql, request);
            Row project = sql.first(Budgets.PROJECTS.replace("where budget_id = ?", "where id = ? and budget_id = ?"), projectId,
                    budget.uuid("id")).orElseThrow(() -> ModuleProblem.notFound("no project " + projectId + " in this budget"));
            Optional<Row> result = sql.first("select id, status, progress, updated_at from budgets_results where project_id = ?", projectId);
            List<Map<String, Object>> timeline = result.map(r -> sql.query("select happened_on::text as happened_on, title, body, status, progress "
                    + "from budgets_timeline where result_id = ? order by happened_on desc, created_at desc", r.uuid("id"))).orElse(List.of())
                    .stream().map(entry -> {
                        Map<String, Object> view = new LinkedHashMap<>();
                        view.put("date", entry.string("happened_on"));
                        view.put("title", entry.string("title"));
                        view.put("body", entry.string("body"));
                        view.put("status", entry.string("status"));
                        view.put("progress", entry.integer("progress"));
                        return view;
                    }).toList();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("budget", BudgetPage.view(budget, request.locale()));
            view.put("project", Map.of("id", projectId.toString(), "reference", project.integer("reference"), "title", project.string("title"),
                    "description", project.string("description"),
                    "cost", Money.format(project.decimal("cost"), budget.string("currency"), request.locale()),
                    "address", project.string("address") == null ? "" : project.string("address")));
            view.put("status", result.map(r -> r.string("status")).orElse(""));
            view.put("progress", result.map(r -> r.integer("progress")).orElse(0L));
            view.put("timeline", timeline);
            view.put("proposalUrl", proposalUrl(sql, project).orElse(""));
            view.put("theme", name(sql, "select name::text as name from sdk_categories where id = ?", project.uuid("category_id")));
            view.put("scope", name(sql, "select name::text as name from sdk_scopes where id = ?", project.uuid("scope_id")));
            return view;
        });
        if (!request.wantsPage()) {
            var json = BudgetJson.JSON.createObjectBuilder().add("id", projectId.toString())
                    .add("status", model.get("status").toString()).add("progress", ((Number) model.get("progress")).intValue())
                    .add("proposalUrl", model.get("proposalUrl").toString());
            var entries = BudgetJson.JSON.createArrayBuilder();
            for (Object entry : (List<?>) model.get("timeline")) {
                var e = BudgetJson.JSON.createObjectBuilder();
                ((Map<?, ?>) entry).forEach((k, v) -> e.add(k.toString(), String.valueOf(v)));
                entries.add(e);
            }
            return ModuleResponse.json(200, json.add("timeline", entries).build().toString());
        }
        model.put("isAdmin", Budgets.staff(request));
        // the first image attached to the project is its picture, at the top of its page
        model.put("image", request.services().participation().attachments().list(BudgetsModule.PROJECT, projectId.toString()).stream()
                .filter(org.communa.module.api.participation.AttachmentView::image).map(org.communa.module.api.participation.AttachmentView::url)
                .findFirst().orElse(""));
        model.put("participation", ParticipationView.of(request, BudgetsModule.PROJECT, projectId.toString(), null, "comment", false, true));
        return ModuleResponse.view("project", model);
    }

    /** A category's or scope's names per language, or none. */
    private static Map<String, String> name(org.communa.module.api.data.Sql sql, String statement, UUID id) {
        return id == null ? Map.of() : sql.first(statement, id).map(row -> org.communa.module.api.data.Scopes.names(row.string("name")))
                .orElse(Map.of());
    }

    /** The page of the proposal a project came from, in its own space, if it is still there. */
    private static Optional<String> proposalUrl(org.communa.module.api.data.Sql sql, Row project) {
        if (project.uuid("proposal_id") == null) {
            return Optional.empty();
        }
        return sql.first("select s.slug, s.kind from budgets_projects p join sdk_components k on k.id = p.proposal_component_id "
                + "join sdk_spaces s on s.id = k.space_id where p.id = ?", project.uuid("id")).map(row -> "/"
                + ("assembly".equals(row.string("kind")) ? "assemblies" : "processes") + "/" + row.string("slug") + "/c/"
                + project.uuid("proposal_component_id") + "/proposals/" + project.uuid("proposal_id"));
    }
}
