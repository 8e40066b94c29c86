package org.communa.module.api.data;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organisation's scopes (campuses, districts, their buildings or neighbourhoods) as every module uses
 * them: to choose one in a form, to check one given, to filter by one and everything under it. The table
 * {@code scopes (id, code, name, parent_id)} is part of this package's contract. @since 1.4
 */
public final class Scopes {

    private Scopes() {
    }

    /**
     * SQL that keeps rows whose column is the scope given as its one parameter or one under it (a campus
     * includes its buildings): {@code "and " + Scopes.within("m.scope_id")}, then bind the scope's id.
     */
    public static String within(String column) {
        if (!column.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("a column name, got: " + column);
        }
        return column + " in (with recursive tree(id) as (select ?::uuid union all "
                + "select s.id from sdk_scopes s join tree t on s.parent_id = t.id) select id from tree)";
    }

    /** Whether the organisation has this scope. */
    public static boolean exists(Sql sql, UUID scope) {
        return sql.first("select 1 from sdk_scopes where id = ?", scope).isPresent();
    }

    /** Every scope of the organisation in code order: "id" and "name" (language to text), for forms and filters. */
    public static List<Map<String, Object>> all(Sql sql) {
        return sql.query("select id, name::text as name from sdk_scopes order by code limit 1000").stream()
                .map(row -> Map.<String, Object>of("id", row.uuid("id").toString(), "name", names(row.string("name")))).toList();
    }

    /** A name per language ({"fr": "...", "en": "..."}) as templates read it. */
    public static Map<String, String> names(String json) {
        Map<String, String> names = new LinkedHashMap<>();
        if (json == null) {
            return names;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((language, text) -> names.put(language,
                    text instanceof jakarta.json.JsonString string ? string.getString() : ""));
        }
        return names;
    }
}
