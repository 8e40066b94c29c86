package org.communa.server.verifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.eligibility.Verification;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.eligibility.SqlEligibility;
import org.communa.server.platform.Platform;

/** The verifications a participant holds: the confirmed e-mail (every signed-in account), and those they proved. */
@ApplicationScoped
public class Verifications {

    /** Every method an action may require. */
    public static final Set<String> METHODS = Set.of(Verification.EMAIL, Verification.CENSUS);

    @Inject Platform platform;
    @Inject org.communa.server.http.ReadCaches caches;

    /** Read on every signed-in module request, so kept a few seconds; proving or a new census drops it at once. */
    @SuppressWarnings("unchecked")
    public Set<String> held(TenantId tenant, UUID participant) {
        return (Set<String>) caches.resolvedContent().get(tenant, "verifications:" + participant, () -> java.util.Optional.of(load(tenant, participant)))
                .orElseThrow();
    }

    /** As the SDK's eligibility service gives them to modules: valid proofs of methods that are on, and the e-mail. */
    private Set<String> load(TenantId tenant, UUID participant) {
        return new SqlEligibility(platform.moduleConnections().host(tenant, new ActionContext("verifications", null, participant)), participant)
                .held().stream().map(Verification::method).collect(Collectors.toUnmodifiableSet());
    }
}
