package org.communa.modules.budgets;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.data.Scopes;
import org.communa.module.api.data.Sql;

/**
 * The projects a voter asked to see on the ballot: one theme (category of the space), one scope (a district and
 * what is under it), or all. Only what is shown is filtered: a ticked project that the filter hides stays in the
 * ballot (the page carries it in hidden fields), so filtering never loses a choice.
 */
record ProjectFilter(UUID theme, UUID scope, Set<UUID> scopes) {

    /** From the page's query (a link) or its posted form (the filter button inside the ballot). */
    static ProjectFilter of(Sql sql, Map<String, String> fields) {
        UUID theme = uuid(fields.get("theme"), "theme");
        UUID scope = uuid(fields.get("scope"), "scope");
        Set<UUID> scopes = new HashSet<>();
        if (scope != null) {
            sql.query("select id from sdk_scopes where " + Scopes.within("id"), scope).forEach(row -> scopes.add(row.uuid("id")));
        }
        return new ProjectFilter(theme, scope, scopes);
    }

    boolean shows(Row project) {
        return (theme == null || theme.equals(project.uuid("category_id")))
                && (scope == null || scopes.contains(project.uuid("scope_id")));
    }

    boolean active() {
        return theme != null || scope != null;
    }

    /** The themes (categories of the budget's space) and scopes to choose from, with their names per language. */
    static Map<String, Object> choices(Sql sql, UUID componentId) {
        List<Map<String, Object>> themes = sql.query("select c.id, c.name::text as name from sdk_categories c join sdk_components k "
                + "on k.space_id = c.space_id where k.id = ? order by c.name->>'fr'", componentId).stream()
                .map(row -> Map.<String, Object>of("id", row.uuid("id").toString(), "name", Scopes.names(row.string("name")))).toList();
        Map<String, Object> choices = new LinkedHashMap<>();
        choices.put("themes", themes);
        choices.put("scopes", Scopes.all(sql));
        return choices;
    }

    Map<String, String> toModel() {
        return Map.of("theme", theme == null ? "" : theme.toString(), "scope", scope == null ? "" : scope.toString());
    }

    private static UUID uuid(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ModuleProblem.badRequest(name + " must be an id, got: " + text);
        }
    }
}
