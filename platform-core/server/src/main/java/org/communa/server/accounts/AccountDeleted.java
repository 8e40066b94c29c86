package org.communa.server.accounts;

import java.util.UUID;
import org.communa.kernel.tenant.TenantId;

/** Fired once a participant's account is erased, for what other parts keep about them (their fediverse replies). */
public record AccountDeleted(TenantId tenant, UUID participant) {
}
