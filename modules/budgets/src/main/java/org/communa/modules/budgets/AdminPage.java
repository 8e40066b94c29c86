package org.communa.modules.budgets;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.http.ModuleResponse;
import org.communa.module.api.http.RouteHandler;

/**
 * The admins' page of a budgets component (GET admin): its budgets with their projects and follow-up,
 * and the forms that drive the same use cases as the API (create a budget, add a project, import accepted
 * proposals, upload the census, record progress). A refused form comes back on this page with its reason.
 */
final class AdminPage implements RouteHandler {

    private static final Set<String> NUMBERS = Set.of("envelope", "cost", "minShare", "minChoices", "maxChoices", "points",
            "maxPointsPerProject", "threshold", "position", "progress");
    private static final Set<String> SWITCHES = Set.of("greedyCompletion", "withdrawn");

    @Override
    public ModuleResponse handle(ModuleRequest request) {
        return render(request, null);
    }

    /** What a use case reads: the JSON body of an API call, or the fields of this page's form as the same JSON. */
    static JsonObject input(ModuleRequest request, String what) {
        if (!request.wantsPage()) {
            return BudgetJson.read(request.body(), what);
        }
        JsonObjectBuilder json = BudgetJson.JSON.createObjectBuilder();
        for (Map.Entry<String, String> field : request.form().entrySet()) {
            String name = field.getKey();
            String value = field.getValue().strip();
            if (name.equals("csrf") || value.isEmpty()) {
                continue;
            }
            if (SWITCHES.contains(name)) {
                json.add(name, true);
            } else if (NUMBERS.contains(name)) {
                try {
                    // "250 000" and "12,5" as people type them
                    json.add(name, new BigDecimal(value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.')));
                } catch (NumberFormatException e) {
                    throw ModuleProblem.badRequest(name + " must be a number");
                }
            } else {
                json.add(name, value);
            }
        }
        return json.build();
    }

    /** Runs an admin use case: its JSON answer for the API; for the page, back to it, saved or with the refusal. */
    static ModuleResponse respond(ModuleRequest request, Supplier<ModuleResponse> action) {
        if (!request.wantsPage()) {
            return action.get();
        }
        try {
            action.get();
            return ModuleResponse.redirect("admin?saved=1");
        } catch (ModuleProblem refused) {
            if (refused.status() == 401 || refused.status() == 403) {
                throw refused;
            }
            return render(request, refused);
        }
    }

    static ModuleResponse render(ModuleRequest request, ModuleProblem problem) {
        request.require("administer");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("budgets", request.data().read(sql -> {
            List<Map<String, Object>> budgets = new ArrayList<>();
            for (Row budget : sql.query("select * from budgets_budgets where component_id = ? order by position, created_at",
                    request.componentId())) {
                Map<String, Object> view = BudgetPage.view(budget, request.locale());
                view.put("ballots", sql.first("select count(*) as n from budgets_ballots where budget_id = ?", budget.uuid("id"))
                        .orElseThrow().integer("n"));
                view.put("projects", sql.query("select p.id, p.reference, p.title, p.cost, p.withdrawn, r.status, r.progress "
                        + "from budgets_projects p left join budgets_results r on r.project_id = p.id where p.budget_id = ? "
                        + "order by p.reference", budget.uuid("id")).stream().map(row -> {
                            Map<String, Object> project = new LinkedHashMap<>();
                            project.put("id", row.uuid("id").toString());
                            project.put("reference", row.integer("reference"));
                            project.put("title", row.string("title"));
                            project.put("cost", Money.format(row.decimal("cost"), budget.string("currency"), request.locale()));
                            project.put("withdrawn", row.bool("withdrawn"));
                            project.put("status", row.string("status") == null ? "" : row.string("status"));
                            project.put("progress", row.integer("progress") == null ? 0 : row.integer("progress"));
                            return project;
                        }).toList());
                budgets.add(view);
            }
            return budgets;
        }));
        model.put("sources", request.data().read(sql -> sql.query("select k.id, s.slug from sdk_components k join sdk_spaces s on s.id = k.space_id "
                + "where k.module_key = 'proposals' order by s.slug")).stream()
                .map(row -> Map.of("id", row.uuid("id").toString(), "space", row.string("slug"))).toList());
        model.put("ballotRules", BudgetInput.BALLOT_RULES);
        model.put("tieBreaks", java.util.Arrays.stream(org.communa.budgets.counting.TieBreak.values())
                .map(org.communa.budgets.counting.TieBreak::cliName).toList());
        model.put("countingRules", List.of("greedy", "greedy-no-skip", "greedy-threshold", "mes-add1", "mes-add1-comparison", "phragmen"));
        model.put("statuses", RecordProgress.STATUSES);
        model.put("saved", "1".equals(request.query().get("saved")));
        model.put("problem", problem == null ? "" : problem.toModel());
        return ModuleResponse.view(problem == null ? 200 : problem.status(), "admin", model);
    }
}
