package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.kernel.tenant.TenantId;

/**
 * Follows of the organisation or of a public space: recorded and answered with a signed Accept (or a
 * Reject when the organisation approves followers by hand, which this version does not offer yet).
 */
@ApplicationScoped
public class FollowRequests {

    private static final Logger LOG = Logger.getLogger(FollowRequests.class.getName());

    @Inject Federation federation;
    @Inject LocalActors actors;
    @Inject RemoteActors remoteActors;
    @Inject Deliveries deliveries;
    @Inject FederationPolicies policies;

    void follow(TenantId tenant, String actor, JsonObject follow) throws Exception {
        String base = federation.base(tenant);
        String object = ActivityJson.id(follow.get("object"));
        if (object == null || !object.startsWith(base + "/actors/")) {
            LOG.info("Follow of " + object + " dropped: not an actor of this organisation");
            return;
        }
        LocalActor followed = actors.byPath(tenant, object.substring(base.length())).orElse(null);
        if (followed == null || followed.kind() == LocalActor.Kind.INSTANCE) {
            LOG.info("Follow of " + object + " dropped: no such actor to follow");
            return;
        }
        RemoteActor follower = remoteActors.get(tenant, actor);
        boolean accepted = policies.of(tenant).autoAcceptFollows();
        if (accepted) {
            federation.data(tenant).write(sql -> sql.update("insert into federation_followers (local_actor, remote_actor, follow_id) "
                    + "values (?, ?, ?) on conflict (tenant_id, local_actor, remote_actor) do update set follow_id = excluded.follow_id",
                    followed.path(), actor, ActivityJson.id(follow.get("id"))));
        }
        String id = base + followed.path();
        JsonObject answer = JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", id + "#" + (accepted ? "accepts" : "rejects") + "/" + UUID.randomUUID())
                .add("type", accepted ? "Accept" : "Reject").add("actor", id)
                .add("object", JSON.createObjectBuilder().add("id", ActivityJson.id(follow.get("id"))).add("type", "Follow")
                        .add("actor", actor).add("object", id))
                .add("to", JSON.createArrayBuilder().add(actor)).build();
        deliveries.to(tenant, followed.path(), follower.inbox(), answer);
    }

    void unfollow(TenantId tenant, String actor, JsonObject follow) {
        String base = federation.base(tenant);
        String object = ActivityJson.id(follow.get("object"));
        if (object != null && object.startsWith(base)) {
            federation.data(tenant).write(sql -> sql.update("delete from federation_followers where local_actor = ? and remote_actor = ?",
                    object.substring(base.length()), actor));
        }
    }

    void unfollowById(TenantId tenant, String actor, String followId) {
        if (followId != null) {
            federation.data(tenant).write(sql -> sql.update("delete from federation_followers where follow_id = ? and remote_actor = ?",
                    followId, actor));
        }
    }
}
