package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communa.kernel.tenant.TenantId;

/**
 * Remembers signatures and activity ids for longer than signatures stay valid: a captured request sent
 * again is refused, and an activity delivered twice (a sender's retry) is handled once.
 */
@ApplicationScoped
public class ReplayGuard {

    public enum Seen { NEW, SIGNATURE, ACTIVITY }

    @Inject Federation federation;

    public Seen record(TenantId tenant, String signatureKey, String activityId) {
        return federation.data(tenant).write(sql -> {
            if (sql.update("insert into federation_received (key) values (?) on conflict do nothing", "sig:" + signatureKey) == 0) {
                return Seen.SIGNATURE;
            }
            if (sql.update("insert into federation_received (key) values (?) on conflict do nothing", "id:" + activityId) == 0) {
                return Seen.ACTIVITY;
            }
            return Seen.NEW;
        });
    }
}
