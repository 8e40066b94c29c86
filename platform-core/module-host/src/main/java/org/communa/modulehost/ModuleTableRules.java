package org.communa.modulehost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communa.kernel.persistence.IsolationGuard;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Checks each module migration inside its own transaction, so that a migration breaking a rule is
 * rolled back whole: every table it creates holds organisation data (a tenant_id column and forced
 * row-level security, via communa_protect), references other tables with deferrable keys (organisation
 * deletion and import defer them), and it drops no table but its module's own. The tables it creates
 * are recorded for the module, which is what a purge drops.
 */
final class ModuleTableRules implements Callback {

    private final String moduleKey;
    private final ModuleRoles roles;
    private final String systemRole;
    private Set<String> before = Set.of();

    ModuleTableRules(String moduleKey, ModuleRoles roles, String systemRole) {
        this.moduleKey = moduleKey;
        this.roles = roles;
        this.systemRole = systemRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            if (event == Event.BEFORE_EACH_MIGRATE) {
                before = tables(connection);
                roles.beginMigration(connection, moduleKey);
            } else {
                // a failed migration needs no switching back: its transaction rolls back, and the role with it
                roles.endMigration(connection);
                check(connection, context.getMigrationInfo().getScript());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the tables of module " + moduleKey + ": " + e.getMessage(), e);
        }
    }

    private void check(Connection connection, String script) throws SQLException {
        Set<String> after = tables(connection);
        Set<String> created = new HashSet<>(after);
        created.removeAll(before);
        Set<String> dropped = new HashSet<>(before);
        dropped.removeAll(after);
        Set<String> own = ownTables(connection, moduleKey);
        List<String> faults = new ArrayList<>();
        for (String table : dropped) {
            if (!own.contains(table)) {
                faults.add("it drops " + table + ", which is not a table of module " + moduleKey);
            }
        }
        for (String table : created) {
            if (!hasTenantColumn(connection, table)) {
                faults.add(table + " has no tenant_id column: module tables hold organisation data "
                        + "(tenant_id uuid not null default communa_current_tenant() references organisations (id) "
                        + "deferrable initially deferred)");
            }
        }
        faults.addAll(nonDeferrableKeys(connection, created));
        faults.addAll(IsolationGuard.faults(connection, roles.appRole(), systemRole));
        if (!faults.isEmpty()) {
            throw new ModuleRefused("migration " + script + " of module " + moduleKey + " is refused: "
                    + String.join("; ", faults));
        }
        record(connection, created, dropped);
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p')
                """); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The tables the module's migrations created, as recorded. */
    static Set<String> ownTables(Connection connection, String moduleKey) throws SQLException {
        Set<String> own = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select table_name from module_tables where module_key = ?")) {
            query.setString(1, moduleKey);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    own.add(rs.getString(1));
                }
            }
        }
        return own;
    }

    private static boolean hasTenantColumn(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select 1 from pg_attribute a join pg_class c on c.oid = a.attrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relname = ? and a.attname = 'tenant_id' and not a.attisdropped
                """)) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> nonDeferrableKeys(Connection connection, Set<String> tables) throws SQLException {
        List<String> faults = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select k.conname, c.relname from pg_constraint k join pg_class c on c.oid = k.conrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and k.contype = 'f' and not k.condeferrable
                """); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                if (tables.contains(rs.getString(2))) {
                    faults.add("foreign key " + rs.getString(1) + " of " + rs.getString(2)
                            + " must be deferrable initially deferred");
                }
            }
        }
        return faults;
    }

    private void record(Connection connection, Set<String> created, Set<String> dropped) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into module_tables (table_name, module_key) values (?, ?)");
                PreparedStatement delete = connection.prepareStatement(
                        "delete from module_tables where table_name = ? and module_key = ?")) {
            for (String table : created) {
                insert.setString(1, table);
                insert.setString(2, moduleKey);
                insert.addBatch();
            }
            for (String table : dropped) {
                delete.setString(1, table);
                delete.setString(2, moduleKey);
                delete.addBatch();
            }
            insert.executeBatch();
            delete.executeBatch();
        }
        for (String table : created) {
            roles.adopt(connection, moduleKey, table);
        }
    }

    @Override
    public String getCallbackName() {
        return "communa-module-table-rules-" + moduleKey;
    }
}
