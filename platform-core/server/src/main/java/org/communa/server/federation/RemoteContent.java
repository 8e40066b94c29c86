package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.communa.federation.signatures.SignatureRefused;
import org.communa.kernel.jobs.JobQueue;
import org.communa.modulehost.HtmlPolicy;
import org.communa.kernel.tenant.TenantId;

/**
 * The items of the spaces an organisation follows: what their Create and Update carry is kept (markup
 * sanitised, only objects of the followed actor's own server), a Delete removes it, and the outbox is read
 * once when the subscription starts so that the consultation does not appear empty.
 */
@ApplicationScoped
public class RemoteContent {

    /** Object types shown as items of a federated consultation (proposals and projects, surveys, meetings, posts). */
    static final List<String> ITEM_TYPES = List.of("Page", "Article", "Question", "Event");
    static final String REFRESH_JOB = "federation.refresh";
    private static final Logger LOG = Logger.getLogger(RemoteContent.class.getName());
    private static final int BACKFILL_ITEMS = 40;
    private static final int MAX_REPLIES = 200;

    @Inject Federation federation;
    @Inject Subscriptions subscriptions;
    @Inject RemoteActors remoteActors;
    @Inject JobQueue jobs;

    static boolean isItem(JsonValue object) {
        return object instanceof JsonObject json && ITEM_TYPES.stream().anyMatch(type -> ActivityJson.is(json, type));
    }

    /** Keeps an item sent (or served) by a followed actor; false when the actor is not followed. */
    boolean keep(TenantId tenant, String actor, JsonObject object) {
        Optional<Subscription> subscription = subscriptions.byActor(tenant, actor);
        String id = ActivityJson.id(object.get("id"));
        if (subscription.isEmpty() || id == null || !RemoteActors.sameOrigin(id, actor)) {
            LOG.info("item " + id + " from " + actor + " dropped: not from a space this organisation follows");
            return false;
        }
        String type = ITEM_TYPES.stream().filter(t -> ActivityJson.is(object, t)).findFirst().orElse("Page");
        String name = ActivityJson.plainText(object, "name");
        String content = HtmlPolicy.sanitize(ActivityJson.textOrEmpty(object, "content"));
        String url = ActivityJson.id(object.get("url"));
        String link = url != null && RemoteActors.sameOrigin(url, actor) ? url : null;
        JsonArray replies = replies(object);
        long likes = object.get("likes") instanceof JsonObject collection && collection.get("totalItems") instanceof jakarta.json.JsonNumber total
                ? total.longValue() : 0;
        String state = ActivityJson.text(object, "communa:state");
        federation.data(tenant).write(sql -> sql.update("insert into federation_remote_objects (object_id, subscription_id, type, state, name, "
                + "content, url, replies, likes, published, updated) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) "
                + "on conflict (tenant_id, object_id) do update set type = excluded.type, state = excluded.state, name = excluded.name, content = excluded.content, "
                + "url = excluded.url, replies = excluded.replies, likes = excluded.likes, updated = excluded.updated, received_at = now()",
                id, subscription.get().id(), type, state == null || state.length() > 40 ? null : state, name.substring(0, Math.min(name.length(), 500)), content, link, replies.toString(),
                (int) Math.min(likes, Integer.MAX_VALUE), time(object, "published"), time(object, "updated")));
        return true;
    }

    boolean known(TenantId tenant, String objectId) {
        return objectId != null && federation.data(tenant).read(sql -> sql.first("select 1 from federation_remote_objects where object_id = ?",
                objectId)).isPresent();
    }

    /** Removes an item its actor deleted; false when it was not one. */
    boolean remove(TenantId tenant, String actor, String objectId) {
        return objectId != null && federation.data(tenant).write(sql -> sql.update("delete from federation_remote_objects o using "
                + "federation_subscriptions s where s.id = o.subscription_id and o.object_id = ? and s.remote_actor = ?", objectId, actor)) > 0;
    }

    /** Reads the followed actor's outbox: its recent items, as embedded in its Create activities. */
    public void backfill(TenantId tenant, String payload) throws SignatureRefused {
        UUID id = UUID.fromString(JSON.createReader(new StringReader(payload)).readObject().getString("subscription"));
        Optional<Subscription> subscription = subscriptions.byId(tenant, id);
        if (subscription.isEmpty()) {
            return;
        }
        String actor = subscription.get().remoteActor();
        String outbox = ActivityJson.id(remoteActors.document(tenant, actor).get("outbox"));
        if (outbox == null || !RemoteActors.sameOrigin(outbox, actor)) {
            return;
        }
        JsonObject collection = remoteActors.document(tenant, outbox);
        JsonValue items = collection.containsKey("orderedItems") ? collection.get("orderedItems") : collection.get("items");
        if (items == null && ActivityJson.id(collection.get("first")) != null) {
            String first = ActivityJson.id(collection.get("first"));
            JsonObject page = collection.get("first") instanceof JsonObject embedded ? embedded
                    : RemoteActors.sameOrigin(first, actor) ? remoteActors.document(tenant, first) : JsonValue.EMPTY_JSON_OBJECT;
            items = page.containsKey("orderedItems") ? page.get("orderedItems") : page.get("items");
        }
        if (!(items instanceof JsonArray list)) {
            return;
        }
        list.stream().limit(BACKFILL_ITEMS).filter(item -> item instanceof JsonObject create && ActivityJson.is(create, "Create"))
                .map(item -> item.asJsonObject().get("object")).filter(RemoteContent::isItem)
                .forEach(object -> keep(tenant, actor, object.asJsonObject()));
    }

    /**
     * Reads an item again from its origin, after a participant here replied to it: the origin takes the reply
     * in a job of its own, so while it does not show it yet, this looks again a little later (5 times at most).
     */
    public void refresh(TenantId tenant, String payload) throws SignatureRefused {
        JsonObject job = JSON.createReader(new StringReader(payload)).readObject();
        String objectId = job.getString("object");
        String actor = job.getString("actor");
        if (!RemoteActors.sameOrigin(objectId, actor)) {
            return;
        }
        JsonObject object = remoteActors.document(tenant, objectId);
        if (!isItem(object) || !keep(tenant, actor, object)) {
            return;
        }
        int attempt = job.getInt("attempt", 0);
        if (replies(object).size() < job.getInt("expectReplies", 0) && attempt < 5) {
            jobs.enqueueAt(REFRESH_JOB, tenant, JSON.createObjectBuilder(job).add("attempt", attempt + 1).build().toString(),
                    Instant.now().plusSeconds(1L << attempt));
        }
    }

    /** Reads an item from its server (never from the message that named it) and keeps it; false when it is none. */
    boolean fetchAndKeep(TenantId tenant, String actor, String objectId) throws SignatureRefused {
        JsonObject object = remoteActors.document(tenant, objectId);
        return isItem(object) && keep(tenant, actor, object);
    }

    void refreshLater(TenantId tenant, String actor, String objectId, int expectReplies) {
        jobs.enqueueAt(REFRESH_JOB, tenant, JSON.createObjectBuilder().add("object", objectId).add("actor", actor)
                .add("expectReplies", expectReplies).add("attempt", 0).build().toString(), Instant.now().plusSeconds(1));
    }

    /** The replies the origin embeds (text sanitised), as kept for display. */
    private static JsonArray replies(JsonObject object) {
        JsonArrayBuilder kept = JSON.createArrayBuilder();
        if (object.get("replies") instanceof JsonObject collection && collection.get("items") instanceof JsonArray items) {
            items.stream().limit(MAX_REPLIES).filter(item -> item instanceof JsonObject).map(JsonValue::asJsonObject)
                    .forEach(reply -> kept.add(JSON.createObjectBuilder().add("id", java.util.Objects.requireNonNullElse(ActivityJson.id(reply.get("id")), ""))
                            .add("content", HtmlPolicy.sanitize(ActivityJson.textOrEmpty(reply, "content")))
                            .add("published", ActivityJson.textOrEmpty(reply, "published"))));
        }
        return kept.build();
    }

    private static OffsetDateTime time(JsonObject object, String name) {
        try {
            String text = ActivityJson.text(object, name);
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
