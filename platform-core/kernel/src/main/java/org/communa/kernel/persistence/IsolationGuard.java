package org.communa.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start a server whose database would not isolate tenants: every table with a tenant_id
 * column must have forced row-level security, and the application role must own none of them.
 * This is what makes isolation impossible to forget in a module's migration.
 */
public final class IsolationGuard {

    private final DatabaseSettings settings;

    IsolationGuard(DatabaseSettings settings) {
        this.settings = settings;
    }

    void verify() {
        try (Connection admin = AdminConnections.open(settings.url(), settings.adminUser(), settings.adminPassword())) {
            List<String> faults = faults(admin, settings.appRole(), settings.systemRole());
            if (!faults.isEmpty()) {
                throw new IllegalStateException("tenant isolation is not enforced: " + String.join("; ", faults));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot verify tenant isolation: " + e.getMessage(), e);
        }
    }

    /** What breaks isolation in the schema as this connection sees it; empty when all is well. */
    public static List<String> faults(Connection connection, String appRole, String systemRole) throws SQLException {
        List<String> faults = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner)"
                + DatabaseBootstrap.TENANT_TABLES);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!rs.getBoolean(2) || !rs.getBoolean(3)) {
                    faults.add(table + " has no forced row-level security (call communa_protect('" + table + "'))");
                }
                String owner = rs.getString(4);
                if (owner.equals(appRole) || owner.equals(systemRole)) {
                    faults.add(table + " is owned by " + owner + ", which must own no table");
                }
            }
        }
        return faults;
    }
}
