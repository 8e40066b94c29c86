package org.communa.kernel.modules;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.communa.kernel.persistence.ConstraintMessages;
import org.communa.kernel.persistence.TenantConnections;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.DataConflictException;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.SqlWork;

/**
 * A module's transactions, on the application role's pool (subject to row-level security) with the
 * organisation set on the connection before the module's first statement.
 */
public final class JdbcModuleData implements ModuleData {

    private final DataSource appPool;
    private final TenantId tenant;
    private final ActionContext actions;

    public JdbcModuleData(DataSource appPool, TenantId tenant, ActionContext actions) {
        this.appPool = appPool;
        this.tenant = tenant;
        this.actions = actions;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(SqlWork<T> work, boolean readOnly) {
        try (Connection connection = appPool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                TenantConnections.setTenant(connection, tenant);
                T result = work.run(new JdbcSql(connection, actions));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw translate(e, "commit");
        }
    }

    /** Constraint violations become the SDK's conflict (the participant's doing); anything else is the module's fault. */
    static RuntimeException translate(SQLException e, String statement) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("23")) {
            return new DataConflictException(ConstraintMessages.explain(e));
        }
        return new IllegalStateException("module statement failed (" + state + "): " + e.getMessage() + " in: " + statement, e);
    }
}
