package org.communa.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.communa.kernel.tenant.TenantId;

/**
 * Sets the organisation of the current transaction on a connection: the setting row-level security
 * reads (communa_current_tenant()), local to the transaction so it can never outlive it in a pool.
 */
public final class TenantConnections {

    private TenantConnections() {
    }

    public static void setTenant(Connection connection, TenantId tenant) {
        try (PreparedStatement set = connection.prepareStatement("select set_config('communa.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the tenant of the transaction", e);
        }
    }
}
