package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.tenant.TenantId;

/**
 * An organisation re-shares what the spaces it follows publish: a new item is announced (Announce) by the
 * organisation's actor to its own followers, so that people who follow the organisation see the federated
 * consultations it takes part in, as people who follow a Mastodon account see what it boosts.
 */
@ApplicationScoped
public class ReshareItems {

    @Inject Federation federation;
    @Inject Deliveries deliveries;

    void announce(TenantId tenant, String objectId) {
        String organisation = federation.base(tenant) + LocalActor.ORGANISATION_PATH;
        deliveries.toFollowers(tenant, LocalActor.ORGANISATION_PATH, JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", organisation + "#announces/" + UUID.randomUUID()).add("type", "Announce").add("actor", organisation)
                .add("object", objectId).add("published", java.time.Instant.now().toString())
                .add("to", JSON.createArrayBuilder().add(Federation.PUBLIC))
                .add("cc", JSON.createArrayBuilder().add(organisation + "/followers")).build(), Set.of(LocalActor.ORGANISATION_PATH));
    }
}
