package org.communa.modulehost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.communa.kernel.persistence.ConstraintMessages;
import org.communa.kernel.persistence.TenantConnections;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.data.DataConflictException;
import org.communa.module.api.data.ModuleData;
import org.communa.module.api.data.SqlWork;

/**
 * A module's transactions, on the application role's pool (subject to row-level security) with the
 * organisation set on the connection before the module's first statement, and the transaction switched to
 * the module's run-time role (see {@link ModuleRoles}): its statements reach its own tables, the SDK views and
 * the contracts it requires, and nothing else.
 */
public final class JdbcModuleData implements ModuleData {

    static final Pattern DENIED = Pattern.compile("(?:permission denied for|must be owner of) (?:table|view|relation|sequence|function|schema) ([\\w$.\"]+)");

    private final DataSource appPool;
    private final TenantId tenant;
    private final ActionContext actions;
    private final String role;

    private JdbcModuleData(DataSource appPool, TenantId tenant, ActionContext actions, String role) {
        this.appPool = appPool;
        this.tenant = tenant;
        this.actions = actions;
        this.role = role;
    }

    /** A module's transactions, under its run-time role. */
    public static JdbcModuleData forModule(DataSource appPool, ModuleRoles roles, TenantId tenant, ActionContext actions) {
        return new JdbcModuleData(appPool, tenant, actions, roles.runtime(actions.moduleKey()));
    }

    /** The host's own statements through the same interface (federation's tables), under the application role. */
    public static JdbcModuleData forHost(DataSource appPool, TenantId tenant, ActionContext actions) {
        return new JdbcModuleData(appPool, tenant, actions, null);
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
                if (role == null) {
                    TenantConnections.setTenant(connection, tenant);
                } else {
                    enter(connection);
                }
                T result = work.run(new JdbcSql(connection, actions, role));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw translate(e, actions.moduleKey(), "commit");
        }
    }

    /** Organisation and role in one round trip: both local to the transaction, so neither outlives it in the pool. */
    private void enter(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('communa.tenant_id', ?, true), set_config('role', ?, true)")) {
            set.setString(1, tenant.toString());
            set.setString(2, role);
            set.execute();
        }
    }

    /** The table (or view, schema...) PostgreSQL refused a module's role, as its message names it. */
    static String deniedObject(SQLException e) {
        Matcher denied = DENIED.matcher(String.valueOf(e.getMessage()));
        return denied.find() ? denied.group(1) : "an object outside it";
    }

    /** Constraint violations become the SDK's conflict (the participant's doing); anything else is the module's fault. */
    static RuntimeException translate(SQLException e, String moduleKey, String statement) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("23")) {
            return new DataConflictException(ConstraintMessages.explain(e));
        }
        if ("42501".equals(state) || "42P01".equals(state)) {
            String object = deniedObject(e);
            return new IllegalStateException("module " + moduleKey + " may not use " + object + ": a module reads and changes its "
                    + "own tables, reads the host through the SDK views (sdk_spaces, sdk_components, sdk_scopes, sdk_categories, "
                    + "sdk_participants, sdk_resource_stats, sdk_comments) and other modules through the contracts it requires "
                    + "(" + e.getMessage() + ") in: " + statement, e);
        }
        return new IllegalStateException("module " + moduleKey + " statement failed (" + state + "): " + e.getMessage() + " in: " + statement, e);
    }
}
