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
    @Inject RemoteContent content;
    @Inject Subscriptions subscriptions;
    @Inject RemoteSupports supports;
    @Inject RemoteReports reports;
    @Inject ReshareItems reshare;

    private Map<String, Handler> handlers() {
        return Map.of("Follow", follows::follow, "Undo", this::undo, "Create", this::create, "Update", this::update,
                "Delete", this::delete, "Accept", (tenant, actor, accept) -> subscriptions.answered(tenant, actor, accept, true),
                "Reject", (tenant, actor, reject) -> subscriptions.answered(tenant, actor, reject, false), "Like", supports::like, "Flag", reports::flag, "Announce", this::announce);
    }

    // Items of followed spaces (Page, Event...) are content; a Note is a reply to something of ours.
    private void create(TenantId tenant, String actor, JsonObject create) throws Exception {
        if (RemoteContent.isItem(create.get("object"))) {
            JsonObject item = create.getJsonObject("object");
            boolean known = content.known(tenant, ActivityJson.id(item.get("id")));
            if (content.keep(tenant, actor, item) && !known) {
                reshare.announce(tenant, ActivityJson.id(item.get("id")));
            }
        } else {
            comments.create(tenant, actor, create);
        }
    }

    // a followed space re-sharing an item of its own server: fetched from there and kept like a Create
    private void announce(TenantId tenant, String actor, JsonObject announce) throws Exception {
        String object = ActivityJson.id(announce.get("object"));
        if (object != null && RemoteActors.sameOrigin(object, actor) && subscriptions.byActor(tenant, actor).isPresent()) {
            content.fetchAndKeep(tenant, actor, object);
        } else {
            LOG.info("Announce " + ActivityJson.id(announce.get("id")) + " dropped: not an item re-shared by a followed space");
        }
    }

    private void update(TenantId tenant, String actor, JsonObject update) {
        if (update.get("object") instanceof JsonObject object && actor.equals(ActivityJson.id(object.get("id")))) {
            subscriptions.actorUpdated(tenant, actor, object); // an actor updates itself
        } else if (RemoteContent.isItem(update.get("object"))) {
            content.keep(tenant, actor, update.getJsonObject("object"));
        } else {
            comments.update(tenant, actor, update);
        }
    }

    private void delete(TenantId tenant, String actor, JsonObject delete) {
        if (!content.remove(tenant, actor, ActivityJson.id(delete.get("object")))) {
            comments.delete(tenant, actor, delete);
        }
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

    private void undo(TenantId tenant, String actor, JsonObject activity) throws Exception {
        if (activity.get("object") instanceof JsonObject undone && ActivityJson.is(undone, "Like")) {
            supports.unlike(tenant, actor, undone);
        } else if (activity.get("object") instanceof JsonObject undone && ActivityJson.is(undone, "Follow")) {
            follows.unfollow(tenant, actor, undone);
        } else {
            follows.unfollowById(tenant, actor, ActivityJson.id(activity.get("object")));
        }
    }
}
