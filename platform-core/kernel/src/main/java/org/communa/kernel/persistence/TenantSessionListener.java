package org.communa.kernel.persistence;

import java.sql.Connection;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.communa.kernel.tenant.TenantId;

/**
 * Sets the tenant for PostgreSQL at the start of every database transaction EclipseLink begins, on
 * the very connection that transaction uses. Registered on the persistence unit by {@link Database};
 * a transaction without a tenant is refused rather than run unfiltered.
 */
public final class TenantSessionListener extends SessionEventAdapter {

    @Override
    public void postBeginTransaction(SessionEvent event) {
        Session session = event.getSession();
        Object tenant = session.getProperty(Database.TENANT_PROPERTY);
        if (tenant == null) {
            throw new IllegalStateException("a database transaction began without a tenant");
        }
        Connection connection = (Connection) ((AbstractSession) session).getAccessor().getDatasourceConnection();
        TenantConnections.setTenant(connection, TenantId.parse(tenant.toString()));
    }
}
