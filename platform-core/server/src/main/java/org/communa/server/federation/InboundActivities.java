package org.communa.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.logging.Logger;
import org.communa.kernel.json.JsonFactory;
import org.communa.kernel.tenant.TenantId;

/**
 * Handles verified activities from the queue, one handler per activity type. Unknown types are logged
 * and dropped; handlers are idempotent, since a sender may deliver the same activity twice.
 */
@ApplicationScoped
public class InboundActivities {

    private static final Logger LOG = Logger.getLogger(InboundActivities.class.getName());

    /** What one activity type does, given the organisation, the verified actor and the activity. */
    @FunctionalInterface
    interface Handler {
        void handle(TenantId tenant, String actor, JsonObject activity) throws Exception;
    }

    @Inject FollowRequests follows;
    @Inject RemoteComments comments;

    private Map<String, Handler> handlers() {
        return Map.of("Follow", follows::follow, "Undo", this::undo, "Create", comments::create, "Update", comments::update,
                "Delete", comments::delete);
    }

    public void run(TenantId tenant, String payload) throws Exception {
        JsonObject job = JsonFactory.JSON.createReader(new StringReader(payload)).readObject();
        JsonObject activity = job.getJsonObject("activity");
        String actor = job.getString("actor");
        for (String type : ActivityJson.types(activity)) {
            Handler handler = handlers().get(type);
            if (handler != null) {
                handler.handle(tenant, actor, activity);
                return;
            }
        }
        LOG.info("activity " + ActivityJson.id(activity.get("id")) + " of type " + ActivityJson.types(activity) + " has no handler: dropped");
    }

    private void undo(TenantId tenant, String actor, JsonObject activity) {
        if (activity.get("object") instanceof JsonObject undone && ActivityJson.is(undone, "Follow")) {
            follows.unfollow(tenant, actor, undone);
        } else {
            follows.unfollowById(tenant, actor, ActivityJson.id(activity.get("object")));
        }
    }
}
