package org.communa.modules.budgets;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communa.module.api.http.ModuleRequest;
import org.communa.module.api.participation.ResourceCatalog;
import org.communa.module.api.participation.ResourceInfo;

/**
 * Tells the host about a project of this component, so that participants follow it (voters do so when
 * they choose it), comment on it and see its photos: projects take comments, never supports (the vote
 * is the support).
 */
final class ProjectCatalog implements ResourceCatalog {

    @Override
    public Optional<ResourceInfo> find(ModuleRequest request, String type, String id) {
        if (!BudgetsModule.PROJECT.equals(type)) {
            return Optional.empty();
        }
        UUID projectId;
        try {
            projectId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return request.data().read(sql -> sql.first("select title, budget_id from budgets_projects where id = ? and component_id = ?",
                projectId, request.componentId())).map(row -> new ResourceInfo(type, id, Map.of("fr", row.string("title")),
                        "budgets/" + row.uuid("budget_id") + "/projects/" + id, null, false, true, 0));
    }
}
