package org.communa.modulehost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import org.communa.kernel.persistence.ModuleGroups;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The database roles that hold each module inside its own tables. Every module has two:
 * <ul>
 *   <li>an <b>owner</b> role, which owns the module's tables and runs its migrations (the host switches to
 *   it for each migration), member of the owners' group (may create tables, reference the host's tables,
 *   and see every organisation's rows of its own tables while the host marks a migration running);</li>
 *   <li>a <b>run-time</b> role, which the host switches to inside each module transaction: it may read and
 *   change the rows of the module's own tables (under row-level security, as the application role) and
 *   read the SDK's views and the contracts of the modules it requires; it owns nothing, so it cannot
 *   change a table, a policy or a grant.</li>
 * </ul>
 * Names derive from the application role, so instances sharing a PostgreSQL cluster keep theirs apart.
 */
public record ModuleRoles(String appRole) {

    /** Group of every run-time role (the kernel creates it before the core migrations). */
    public String runtimeGroup() {
        return new ModuleGroups(appRole).runtime();
    }

    /** Group of every owner role. */
    public String ownersGroup() {
        return new ModuleGroups(appRole).owners();
    }

    public String runtime(String moduleKey) {
        return name("_m_", moduleKey);
    }

    public String owner(String moduleKey) {
        return name("_mo_", moduleKey);
    }

    private String name(String infix, String moduleKey) {
        String name = appRole + infix + moduleKey.replace('-', '_');
        if (name.length() <= 63) {
            return name;
        }
        // PostgreSQL would cut a longer name, and two modules could end up sharing a role
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((appRole + infix + moduleKey).getBytes(StandardCharsets.UTF_8));
            return "communa" + infix + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates the module's roles unless they exist, and hands the module's existing tables to them: owned by the
     * owner role, open to the run-time role. Idempotent; run before each migration pass, so modules installed
     * before the roles existed are brought under them too.
     */
    public void ensure(Connection admin, String moduleKey) throws SQLException {
        String owner = owner(moduleKey);
        String runtime = runtime(moduleKey);
        ModuleGroups.ensureNologinRole(admin, owner);
        ModuleGroups.ensureNologinRole(admin, runtime);
        try (Statement grant = admin.createStatement()) {
            grant.execute("grant " + ownersGroup() + " to " + owner);
            grant.execute("grant " + runtimeGroup() + " to " + runtime);
            // the admin switches to the owner for migrations, the application role to the run-time role for requests
            grant.execute("grant " + owner + " to current_user");
            grant.execute("grant " + runtime + " to " + appRole);
        }
        for (String table : ModuleTableRules.ownTables(admin, moduleKey)) {
            if (exists(admin, "select to_regclass(?) is not null", ModuleMigrations.quote(table))) {
                adopt(admin, moduleKey, table);
            }
        }
    }

    /** Gives one of the module's tables to its roles (admin connection). */
    public void adopt(Connection admin, String moduleKey, String table) throws SQLException {
        String quoted = ModuleMigrations.quote(table);
        try (Statement adopt = admin.createStatement()) {
            adopt.execute("alter table " + quoted + " owner to " + owner(moduleKey));
            adopt.execute("grant select, insert, update, delete on " + quoted + " to " + runtime(moduleKey));
        }
    }

    /** Switches a migration's transaction to the module's owner role, every organisation's rows in view. */
    public void beginMigration(Connection connection, String moduleKey) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('communa.migrating', 'on', true), set_config('role', ?, true)")) {
            set.setString(1, owner(moduleKey));
            set.execute();
        }
    }

    /** Back to the admin after a migration, to check and record what it did. */
    public void endMigration(Connection connection) throws SQLException {
        try (Statement reset = connection.createStatement()) {
            reset.execute("select set_config('role', 'none', true), set_config('communa.migrating', '', true)");
        }
    }

    /**
     * Creates a role that cannot log in, unless it exists. Instances starting together on one cluster may race:
     * the loser sees duplicate_object or a unique violation on pg_authid, and the role is there.
     */

    /** A yes-or-no question with one parameter. */
    private static boolean exists(Connection admin, String question, String value) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement(question)) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
