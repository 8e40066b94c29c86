package org.communa.modulehost;

import javax.sql.DataSource;
import org.communa.kernel.tenant.TenantId;

/**
 * Transactions in an organisation through the SDK's data interface, on the application pool: a module's,
 * under its run-time role, and the host's own (participation services, eligibility, federation), never under
 * a module's role.
 */
public final class ModuleConnections {

    private final DataSource appPool;
    private final ModuleRoles roles;

    public ModuleConnections(DataSource appPool, String appRole) {
        this.appPool = appPool;
        this.roles = new ModuleRoles(appRole);
    }

    /** A module's transactions in the organisation, under the module's run-time role. */
    public JdbcModuleData module(TenantId tenant, ActionContext actions) {
        return JdbcModuleData.forModule(appPool, roles, tenant, actions);
    }

    /** The host's own statements in the organisation through the same interface. */
    public JdbcModuleData host(TenantId tenant, ActionContext actions) {
        return JdbcModuleData.forHost(appPool, tenant, actions);
    }
}
