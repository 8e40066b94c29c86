package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.tenant.TenantId;

/**
 * A space changed what its actor says (its title, description, current phase): its followers receive an
 * Update of the actor, so that a consultation followed from another server shows the phase it is in.
 */
@ApplicationScoped
public class PublishActor {

    static final String JOB = "federation.publish-actor";

    @Inject JobQueue jobs;
    @Inject Federation federation;
    @Inject LocalActors actors;
    @Inject Deliveries deliveries;
    @Inject FederationPolicies policies;

    /** After the change committed: the job reads the space as it now is. */
    public void spaceChanged(TenantId tenant, UUID spaceId) {
        jobs.enqueue(JOB, tenant, JSON.createObjectBuilder().add("space", spaceId.toString()).build().toString());
    }

    void run(TenantId tenant, String payload) {
        UUID spaceId = UUID.fromString(JSON.createReader(new StringReader(payload)).readObject().getString("space"));
        if (!policies.of(tenant).enabled()) {
            return;
        }
        federation.data(tenant).read(sql -> sql.first("select slug from spaces where id = ? and published", spaceId))
                .flatMap(row -> actors.space(tenant, row.string("slug"))).ifPresent(space -> {
                    String id = federation.base(tenant) + space.path();
                    JsonObject update = JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                            .add("id", id + "#updates/" + UUID.randomUUID()).add("type", "Update").add("actor", id)
                            .add("to", JSON.createArrayBuilder().add(Federation.PUBLIC)).add("object", actors.document(tenant, space)).build();
                    deliveries.toFollowers(tenant, space.path(), update, Set.of(space.path()));
                });
    }
}
