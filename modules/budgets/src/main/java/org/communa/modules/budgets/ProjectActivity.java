package org.communa.modules.budgets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.data.Row;
import org.communa.module.api.federation.ActivityMapping;
import org.communa.module.api.federation.FederatedObject;
import org.communa.module.api.http.ModuleRequest;

/**
 * A budget's project as the fediverse sees it: a Page (as proposals are), with its cost, currency and
 * budget, and its state (withdrawn projects stay visible, marked so).
 */
final class ProjectActivity implements ActivityMapping {

    @Override
    public Optional<FederatedObject> object(ModuleRequest request, String type, String id) {
        UUID project;
        try {
            project = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!BudgetsModule.PROJECT.equals(type)) {
            return Optional.empty();
        }
        return request.data().read(sql -> sql.first("select p.id, p.budget_id, p.title, p.description, p.cost, p.withdrawn, p.created_at, "
                + "b.title as budget, b.currency from budgets_projects p join budgets_budgets b on b.id = p.budget_id "
                + "where p.id = ? and p.component_id = ?", project, request.componentId())).map(ProjectActivity::page);
    }

    private static FederatedObject page(Row row) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("communa:state", Boolean.TRUE.equals(row.bool("withdrawn")) ? "withdrawn" : "published");
        extra.put("communa:cost", row.decimal("cost"));
        extra.put("communa:currency", row.string("currency"));
        extra.put("communa:budget", row.string("budget"));
        String description = row.string("description");
        return new FederatedObject("Page", Map.of("fr", row.string("title")),
                description == null || description.isBlank() ? "" : FederatedObject.textAsHtml(description),
                "budgets/" + row.uuid("budget_id") + "/projects/" + row.uuid("id"), null, row.time("created_at"), row.time("created_at"), extra);
    }
}
