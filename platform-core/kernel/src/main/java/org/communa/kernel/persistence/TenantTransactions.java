package org.communa.kernel.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.eclipse.persistence.sessions.UnitOfWork;
import java.util.Map;
import java.util.function.Function;
import org.communa.kernel.tenant.TenantId;

/**
 * Runs work in one transaction of one tenant: the EntityManager filters by tenant (EclipseLink
 * multitenancy) and the connection carries the tenant for PostgreSQL's row-level security, so a query
 * that forgets the tenant still cannot see another organisation's rows.
 */
public final class TenantTransactions {

    private final Database database;

    public TenantTransactions(Database database) {
        this.database = database;
    }

    public <T> T inTenant(TenantId tenant, Function<EntityManager, T> work) {
        EntityManager em = database.entityManagers().createEntityManager(Map.of(Database.TENANT_PROPERTY, tenant.toString()));
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            // Begin the database transaction now, so that reads too run on its connection, after
            // TenantSessionListener has set the tenant there.
            em.unwrap(UnitOfWork.class).beginEarlyTransaction();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public void runInTenant(TenantId tenant, java.util.function.Consumer<EntityManager> work) {
        inTenant(tenant, em -> {
            work.accept(em);
            return null;
        });
    }
}
