package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.kernel.json.JsonFactory;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.federation.FederatedObject;
import org.communa.server.participation.ActivityObjects;

/**
 * A module said one of its resources changed. The job asks the module's mapping what the public sees
 * now and compares it with what was last sent: newly public → Create, changed → Update, no longer public
 * → Delete with a Tombstone; then the space's and the organisation's followers receive it. Running after
 * the module's transaction committed, it sees the committed state, and running it twice sends nothing new.
 */
@ApplicationScoped
public class PublishChanges {

    public static final String JOB = "federation.publish";
    private static final Logger LOG = Logger.getLogger(PublishChanges.class.getName());

    @Inject VisitorRequests visitors;
    @Inject Federation federation;
    @Inject Deliveries deliveries;
    @Inject FederationPolicies policies;

    public static String payload(UUID componentId, String type, String id) {
        return JSON.createObjectBuilder().add("component", componentId.toString()).add("type", type).add("id", id).build().toString();
    }

    public void run(TenantId tenant, String payload) {
        JsonObject job = JsonFactory.JSON.createReader(new StringReader(payload)).readObject();
        UUID componentId = UUID.fromString(job.getString("component"));
        String type = job.getString("type");
        String id = job.getString("id");
        if (!policies.of(tenant).enabled()) {
            return;
        }
        String base = federation.base(tenant);
        String objectId = ActivityObjects.objectId(base, componentId, type, id);
        Optional<VisitorRequests.Visit> visit = visitors.on(tenant, componentId);
        Optional<JsonObject> now = visit.flatMap(v -> current(v, base, componentId, type, id));
        var sent = federation.data(tenant).read(sql -> sql.first("select object_json::text as json, deleted, actor_path "
                + "from federation_objects where object_id = ?", objectId));
        boolean wasPublic = sent.isPresent() && !Boolean.TRUE.equals(sent.get().bool("deleted"));
        if (now.isPresent()) {
            String actorPath = LocalActor.spacePath(visit.get().spaceSlug());
            JsonObject object = now.get();
            if (wasPublic && JSON.createReader(new StringReader(sent.get().string("json"))).readObject().equals(object)) {
                return; // nothing the fediverse sees has changed
            }
            federation.data(tenant).write(sql -> sql.update("insert into federation_objects (object_id, actor_path, component_id, "
                    + "resource_type, resource_id, object_json) values (?, ?, ?, ?, ?, ?::jsonb) on conflict (tenant_id, object_id) do update "
                    + "set object_json = excluded.object_json, deleted = false, updated_at = now(), actor_path = excluded.actor_path",
                    objectId, actorPath, componentId, type, id, object.toString()));
            send(tenant, base, actorPath, wasPublic ? "Update" : "Create", object);
        } else if (wasPublic) {
            String actorPath = sent.get().string("actor_path");
            federation.data(tenant).write(sql -> sql.update("update federation_objects set deleted = true, updated_at = now() "
                    + "where object_id = ?", objectId));
            send(tenant, base, actorPath, "Delete", JSON.createObjectBuilder().add("id", objectId).add("type", "Tombstone").build());
        }
    }

    private Optional<JsonObject> current(VisitorRequests.Visit visit, String base, UUID componentId, String type, String id) {
        var mapping = visit.manifest().activityMapping();
        if (mapping == null || !visit.manifest().resourceTypes().contains(type)) {
            return Optional.empty();
        }
        Optional<FederatedObject> object = mapping.object(visit.request(), type, id);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        // counts and replies change all the time; the object as sent carries its content only
        return Optional.of(withoutCounts(ActivityObjects.of(object.get(), base, componentId, type, id, visit.componentPath(),
                visit.spaceSlug(), java.util.List.of(), 0)));
    }

    private static JsonObject withoutCounts(JsonObject object) {
        var copy = JSON.createObjectBuilder(object);
        copy.remove("replies");
        copy.remove("likes");
        return copy.build();
    }

    private void send(TenantId tenant, String base, String actorPath, String type, JsonObject object) {
        String actor = base + actorPath;
        JsonObject activity = JSON.createObjectBuilder().add("@context", Federation.AS_CONTEXT)
                .add("id", ActivityJson.id(object.get("id")) + "#" + type.toLowerCase() + "-" + UUID.randomUUID())
                .add("type", type).add("actor", actor).add("published", java.time.Instant.now().toString())
                .add("to", JSON.createArrayBuilder().add(Federation.PUBLIC))
                .add("cc", JSON.createArrayBuilder().add(actor + "/followers"))
                .add("object", object).build();
        int inboxes = deliveries.toFollowers(tenant, actorPath, activity, Set.of(actorPath, LocalActor.ORGANISATION_PATH));
        LOG.fine(type + " of " + object.getString("id", "?") + " queued for " + inboxes + " inboxes");
    }
}
