package org.communa.server.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.server.http.ReadCaches;
import org.communa.server.http.RequestOrganisation;

/**
 * How organisation admins change their organisation's content: the caller must hold the admin role, the
 * work runs in one transaction of the request's organisation, and that organisation's cached public
 * reads are dropped afterwards.
 */
@RequestScoped
public class AdminWork {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    public <T> T run(Function<EntityManager, T> work) {
        current.require(Role.admin);
        T result = transactions.inTenant(organisation.tenant(), work);
        caches.invalidateContent(organisation.tenant());
        return result;
    }
}
