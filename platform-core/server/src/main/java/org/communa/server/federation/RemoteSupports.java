package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.modulehost.participation.SqlSupports;
import org.communa.kernel.tenant.TenantId;

/**
 * A Like of a published resource counts as a support of its remote author only where the organisation's
 * policy takes remote supports and the component takes supports in its active phase; otherwise it is
 * dropped (and logged). Undo of the Like withdraws the support.
 */
@ApplicationScoped
public class RemoteSupports {

    private static final Logger LOG = Logger.getLogger(RemoteSupports.class.getName());

    @Inject FederatedResources resources;
    @Inject RemoteActors remoteActors;
    @Inject FederationPolicies policies;
    @Inject Federation federation;
    @Inject RemoteParticipation participation;

    void like(TenantId tenant, String actor, JsonObject like) throws Exception {
        Optional<FederatedResource> resource = supportable(tenant, ActivityJson.id(like.get("object")), ActivityJson.id(like.get("id")));
        if (resource.isPresent()) {
            UUID author = remoteActors.participantFor(tenant, remoteActors.get(tenant, actor));
            supports(tenant, resource.get(), author).support(resource.get().type(), resource.get().id(), 0);
        }
    }

    void unlike(TenantId tenant, String actor, JsonObject like) throws Exception {
        Optional<FederatedResource> resource = resources.byObjectId(tenant, ActivityJson.id(like.get("object")));
        Optional<RemoteActor> known = remoteActors.known(tenant, actor);
        if (resource.isPresent() && known.isPresent() && known.get().participantId() != null) {
            supports(tenant, resource.get(), known.get().participantId()).withdraw(resource.get().type(), resource.get().id());
        }
    }

    private Optional<FederatedResource> supportable(TenantId tenant, String objectId, String likeId) {
        if (!policies.of(tenant).remoteSupports()) {
            LOG.info("Like " + likeId + " dropped: this organisation does not count supports from other servers");
            return Optional.empty();
        }
        Optional<FederatedResource> resource = resources.byObjectId(tenant, objectId).filter(r -> !r.deleted());
        if (resource.isEmpty()) {
            LOG.info("Like " + likeId + " dropped: " + objectId + " is nothing this organisation publishes");
            return Optional.empty();
        }
        boolean open = federation.data(tenant).read(sql -> sql.first("select coalesce((c.phase_settings -> p.id::text ->> "
                + "'supports_enabled')::boolean, false) as open from components c join phases p on p.space_id = c.space_id and p.active "
                + "where c.id = ?", resource.get().componentId())).map(row -> Boolean.TRUE.equals(row.bool("open"))).orElse(false);
        if (!open) {
            LOG.info("Like " + likeId + " dropped: the component takes no supports in its active phase");
            return Optional.empty();
        }
        return resource;
    }

    private SqlSupports supports(TenantId tenant, FederatedResource resource, UUID author) {
        return new SqlSupports(participation.scope(tenant, resource, author));
    }
}
