package org.communa.tenants;

import java.time.Instant;
import java.util.UUID;
import org.communa.kernel.tenant.TenantId;

/** An organisation as the registry knows it. */
public record Organisation(UUID id, OrganisationSpec spec, String status, Instant createdAt) {

    public TenantId tenant() {
        return new TenantId(id);
    }

    public boolean suspended() {
        return "suspended".equals(status);
    }
}
