package org.communa.server.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.ReadCaches;

/** An organisation admin chooses the blocks of the home page and their order. */
@ApplicationScoped
public class ChangeHomePage {

    @Inject TenantTransactions transactions;
    @Inject ReadCaches caches;

    /** @param blocks already checked against the blocks the page layer knows */
    public void change(TenantId tenant, List<String> blocks) {
        transactions.runInTenant(tenant, em -> em.createNativeQuery("update organisations set home_blocks = "
                + "string_to_array(?1, ','), updated_at = now() where id = communa_current_tenant()")
                .setParameter(1, String.join(",", blocks)).executeUpdate());
        caches.invalidateContent(tenant);
    }
}
