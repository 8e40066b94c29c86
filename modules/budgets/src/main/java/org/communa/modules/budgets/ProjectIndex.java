package org.communa.modules.budgets;

import java.util.UUID;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Sql;
import org.communa.module.api.participation.Search;

/** What the organisation's search knows of a project: its title and description, while it is not withdrawn. */
final class ProjectIndex {

    private static final String PROJECT = "select id, budget_id, title, description, withdrawn from budgets_projects ";

    private ProjectIndex() {
    }

    static void index(Search search, Sql sql, UUID projectId) {
        sql.first(PROJECT + "where id = ?", projectId).ifPresent(row -> index(search, row));
    }

    /** Every project of a budget (after an import). */
    static void indexBudget(Search search, Sql sql, UUID budgetId) {
        sql.query(PROJECT + "where budget_id = ?", budgetId).forEach(row -> index(search, row));
    }

    /** Every project of the component, again (the demo's start). */
    static void indexAll(ModuleData data, UUID componentId, Search search) {
        data.read(sql -> sql.query(PROJECT + "where component_id = ?", componentId)).forEach(row -> index(search, row));
    }

    private static void index(Search search, Row row) {
        search.index(BudgetsModule.PROJECT, row.uuid("id").toString(), row.string("title"),
                row.string("description") == null ? "" : row.string("description"),
                "budgets/" + row.uuid("budget_id") + "/projects/" + row.uuid("id"), !row.bool("withdrawn"));
    }
}
