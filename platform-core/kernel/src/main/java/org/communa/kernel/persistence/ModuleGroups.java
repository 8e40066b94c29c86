package org.communa.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two database groups of modules' roles, named after the application role: every module's run-time role
 * is a member of the first, every module's owner role of the second. The core migrations grant to them (and
 * row-level security policies name them), so the bootstrap creates them before migrating; the module host
 * creates each module's roles in them.
 */
public record ModuleGroups(String appRole) {

    /** Group of every run-time role: row-level security admits it to the current organisation's rows. */
    public String runtime() {
        return appRole + "_modules";
    }

    /** Group of every owner role: may create tables and reference the host's, and migrates every organisation's rows. */
    public String owners() {
        return appRole + "_module_owners";
    }

    /** Creates both groups unless they exist (admin connection). */
    public void ensure(Connection admin) throws SQLException {
        ensureNologinRole(admin, runtime());
        ensureNologinRole(admin, owners());
    }

    /** Creates a role that cannot sign in, nor bypass anything, unless it exists; a process creating it at the same time is fine. */
    public static void ensureNologinRole(Connection admin, String role) throws SQLException {
        if (roleExists(admin, role)) {
            return;
        }
        try (Statement create = admin.createStatement()) {
            create.execute("create role " + role + " nologin nosuperuser nocreatedb nocreaterole nobypassrls");
        } catch (SQLException e) {
            if (!roleExists(admin, role)) {
                throw new SQLException("cannot create the database role " + role + " (" + e.getMessage()
                        + "): the admin user needs CREATEROLE", e.getSQLState(), e);
            }
        }
    }

    private static boolean roleExists(Connection admin, String role) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select exists (select 1 from pg_roles where rolname = ?)")) {
            query.setString(1, role);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
