package org.communa.kernel.modules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs a module's own migrations with the admin role, in a history table of the module's own (so
 * modules and core version independently), each migration checked by {@link ModuleTableRules}; and
 * drops a module's tables when a system admin purges it.
 */
public final class ModuleMigrations {

    private final DataSource admin;
    private final String appRole;
    private final String systemRole;

    public ModuleMigrations(DataSource admin, String appRole, String systemRole) {
        this.admin = admin;
        this.appRole = appRole;
        this.systemRole = systemRole;
    }

    /** Applies the scripts not applied yet; returns how many ran. Refuses edited or broken scripts. */
    public int migrate(String moduleKey, List<MigrationScript> scripts) {
        if (scripts.isEmpty()) {
            return 0;
        }
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(admin)
                    .table(historyTable(moduleKey))
                    .locations("classpath:communa/no-such-location")
                    .resourceProvider(new ScriptResources(scripts))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .placeholders(Map.of("appRole", appRole, "systemRole", systemRole))
                    .callbacks(new ModuleTableRules(moduleKey, appRole, systemRole))
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new IllegalStateException("the migrations of module " + moduleKey + " failed: " + rootMessage(e), e);
        }
    }

    /** Drops every table the module's migrations created, and its history: its data is gone for all organisations. */
    public List<String> purge(String moduleKey) {
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(false);
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select table_name from module_tables where module_key = ? order by created_at desc")) {
                query.setString(1, moduleKey);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            try (Statement drop = connection.createStatement();
                    PreparedStatement forget = connection.prepareStatement("delete from module_tables where module_key = ?")) {
                for (String table : tables) {
                    drop.execute("drop table if exists " + quote(table) + " cascade");
                }
                drop.execute("drop table if exists " + quote(historyTable(moduleKey)));
                forget.setString(1, moduleKey);
                forget.executeUpdate();
            }
            connection.commit();
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge the tables of module " + moduleKey + ": " + e.getMessage(), e);
        }
    }

    static String historyTable(String moduleKey) {
        return "module_history_" + moduleKey.replace('-', '_');
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage();
        return root == e ? message : message + " (" + root.getMessage() + ")";
    }
}
