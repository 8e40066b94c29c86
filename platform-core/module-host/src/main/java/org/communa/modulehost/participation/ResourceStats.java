package org.communa.modulehost.participation;

import java.util.UUID;
import org.communa.module.api.data.Sql;

/** The counters row of a resource, created on first use, updated in the transaction of the change it counts. */
final class ResourceStats {

    private ResourceStats() {
    }

    /** Adds delta to one counter. The row lock it takes also serialises concurrent changes to that resource. */
    static void add(Sql sql, UUID component, String type, String id, String counter, int delta) {
        if (!counter.matches("supports|comments|followers|reports")) {
            throw new IllegalArgumentException("no counter " + counter);
        }
        sql.update("insert into resource_stats (component_id, resource_type, resource_id, " + counter + ") values (?, ?, ?, greatest(?, 0)) "
                + "on conflict (component_id, resource_type, resource_id) do update set " + counter
                + " = greatest(resource_stats." + counter + " + ?, 0)", component, type, id, delta, delta);
    }

    static boolean hidden(Sql sql, UUID component, String type, String id) {
        return sql.first("select 1 from resource_stats where component_id = ? and resource_type = ? and resource_id = ? "
                + "and hidden_at is not null", component, type, id).isPresent();
    }
}
