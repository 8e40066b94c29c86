package org.communa.modulehost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.communa.module.api.ModuleManifest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs a module's own migrations under the module's owner role (see {@link ModuleRoles}), in a history table of
 * the module's own (so modules and core version independently), each script read by {@link MigrationScriptRules}
 * before anything runs and each migration checked by {@link ModuleTableRules}; and
 * drops a module's tables when a system admin purges it.
 */
public final class ModuleMigrations {

    private final DataSource admin;
    private final ModuleRoles roles;
    private final String systemRole;

    public ModuleMigrations(DataSource admin, String appRole, String systemRole) {
        this.admin = admin;
        this.roles = new ModuleRoles(appRole);
        this.systemRole = systemRole;
    }

    /** Applies the scripts not applied yet; returns how many ran. Refuses edited or broken scripts. */
    public int migrate(String moduleKey, List<MigrationScript> scripts) {
        scripts.forEach(script -> MigrationScriptRules.check(moduleKey, script));
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(true);
            roles.ensure(connection, moduleKey);
            if (!scripts.isEmpty()) {
                // what an older budgets bundle wrote in its own census since the host moved it (V29) joins the
                // organisation's before a newer budgets drops those tables; nothing when there is nothing left
                try (var adopt = connection.createStatement()) {
                    adopt.execute("select communa_adopt_budgets_census()");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the database roles of module " + moduleKey + ": " + e.getMessage(), e);
        }
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
                    // all of an install's or upgrade's migrations in one transaction: refused or failed, none of them stays
                    .group(true)
                    .placeholders(Map.of("appRole", roles.appRole(), "systemRole", systemRole))
                    .callbacks(new ModuleTableRules(moduleKey, roles, systemRole))
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            SQLException denied = denial(e);
            if (denied != null) {
                forgetIfNeverInstalled(moduleKey);
                throw new ModuleRefused("the migrations of module " + moduleKey + " are refused: they touch "
                        + JdbcModuleData.deniedObject(denied) + ", which is not a table of module " + moduleKey
                        + " (" + denied.getMessage().strip() + ")", e);
            }
            java.util.Optional<ModuleRefused> refused = ModuleRefused.in(e);
            if (refused.isPresent()) {
                forgetIfNeverInstalled(moduleKey);
                throw new ModuleRefused(refused.get().getMessage(), e);
            }
            throw new IllegalStateException("the migrations of module " + moduleKey + " failed: " + rootMessage(e), e);
        }
    }

    /**
     * A first install refused: Flyway created the module's history table before the (rolled back) migrations; with no
     * migration of the module ever applied, it goes too, so that nothing of the refused bundle stays.
     */
    private void forgetIfNeverInstalled(String moduleKey) {
        String history = quote(historyTable(moduleKey));
        try (Connection connection = admin.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("do $$ begin if to_regclass('" + history.replace("'", "''") + "') is not null and not exists "
                    + "(select 1 from " + history + " where success and type = 'SQL') then execute 'drop table " + history.replace("'", "''")
                    + "'; end if; end $$");
        } catch (SQLException e) {
            // the refusal stands either way; an empty history table left over only records that nothing was applied
        }
    }

    /**
     * After a module's migrations: checks the views it publishes exist, then opens them to the active modules
     * whose requirement its version meets, and opens to it those of the active modules it requires (closing
     * whatever no longer meets a requirement). A missing view is refused like a broken migration.
     */
    public void connect(ModuleManifest module, Collection<ModuleManifest> active) {
        ModuleContracts contracts = new ModuleContracts(roles);
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(true);
            List<String> faults = contracts.unpublished(connection, module);
            if (!faults.isEmpty()) {
                throw new ModuleRefused(String.join("; ", faults));
            }
            for (ModuleManifest other : active) {
                if (other.key().equals(module.key())) {
                    continue;
                }
                if (requires(other, module)) {
                    contracts.connect(connection, other, module);
                }
                if (requires(module, other)) {
                    contracts.connect(connection, module, other);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the contracts of module " + module.key() + ": " + e.getMessage(), e);
        }
    }

    /** A module leaves: the modules that required it no longer read its views. */
    public void disconnect(ModuleManifest module, Collection<ModuleManifest> active) {
        ModuleContracts contracts = new ModuleContracts(roles);
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(true);
            for (ModuleManifest other : active) {
                if (!other.key().equals(module.key()) && requires(other, module)) {
                    contracts.disconnect(connection, other.key(), module);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the contracts of module " + module.key() + ": " + e.getMessage(), e);
        }
    }

    private static boolean requires(ModuleManifest requirer, ModuleManifest provider) {
        return requirer.requirements().stream().anyMatch(r -> r.moduleKey().equals(provider.key()));
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

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The database's refusal of the owner role (insufficient privilege) behind a failed migration, if that is what it was. */
    private static SQLException denial(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
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
