package org.communa.server.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.server.http.ReadCaches;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/** Ends the current session on the server (the cookie alone would not be enough). */
@ApplicationScoped
public class SignOut {

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    public void signOut(TenantId tenant, CurrentParticipant current) {
        if (!current.present()) {
            return;
        }
        transactions.runInTenant(tenant, em -> em.createQuery("delete from SignInSession s where s.id = :id")
                .setParameter("id", current.sessionId()).executeUpdate());
        caches.sessions().invalidate(tenant);
    }
}
