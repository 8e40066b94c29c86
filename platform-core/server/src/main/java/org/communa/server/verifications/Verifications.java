package org.communa.server.verifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.tenant.TenantId;

/** The verifications a participant holds: the confirmed e-mail (every signed-in account), and those they proved. */
@ApplicationScoped
public class Verifications {

    /** Every method an action may require. */
    public static final Set<String> METHODS = Set.of("email", Census.METHOD);

    @Inject TenantTransactions transactions;
    @Inject org.communa.server.http.ReadCaches caches;

    /** Read on every signed-in module request, so kept a few seconds; proving or a new census drops it at once. */
    @SuppressWarnings("unchecked")
    public Set<String> held(TenantId tenant, UUID participant) {
        return (Set<String>) caches.resolvedContent().get(tenant, "verifications:" + participant, () -> java.util.Optional.of(load(tenant, participant)))
                .orElseThrow();
    }

    private Set<String> load(TenantId tenant, UUID participant) {
        Set<String> held = new LinkedHashSet<>(List.of("email"));
        transactions.inTenant(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object> methods = em.createNativeQuery("select method from participant_verifications where participant_id = ? and (expires_at is null or expires_at > now()) and "
                    + org.communa.modulehost.eligibility.SqlEligibility.ENABLED)
                    .setParameter(1, participant).getResultList();
            methods.forEach(method -> held.add(method.toString()));
            return null;
        });
        return Set.copyOf(held);
    }
}
