package org.communa.server.participation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.module.api.federation.FederatedObject;
import org.communa.module.api.participation.CommentView;

/**
 * ActivityStreams 2.0 JSON for a module's resource: the module's mapping for the object itself, the
 * host's for what it owns (comments as Note replies, supports counted as likes). Ids are the
 * resources' own addresses; participants and spaces are named by the actor addresses the federation
 * layer serves ({@code /actors/participants/{id}}, {@code /actors/spaces/{slug}}).
 */
public final class ActivityObjects {

    static final String CONTEXT = "https://www.w3.org/ns/activitystreams";

    private ActivityObjects() {
    }

    /** The ActivityPub id of a module's resource: stable, whatever page shows it. */
    public static String objectId(String base, UUID componentId, String type, String resourceId) {
        return base + "/objects/" + componentId + "/" + type + "/" + resourceId;
    }

    /**
     * The object, attributed to its space's actor: participants' own fediverse identities are opt-in, and a
     * server like Mastodon drops a post whose author it cannot fetch.
     */
    public static JsonObject of(FederatedObject object, String base, UUID componentId, String type, String resourceId, String componentPath,
            String spaceSlug, List<CommentView> comments, int supports) {
        String id = objectId(base, componentId, type, resourceId);
        String url = base + componentPath + "/" + object.path();
        String space = base + "/actors/spaces/" + spaceSlug;
        // module-specific properties ("communa:state"...) are named in the instance's own vocabulary
        JsonObjectBuilder json = JSON.createObjectBuilder().add("@context", JSON.createArrayBuilder().add(CONTEXT)
                        .add(JSON.createObjectBuilder().add("communa", base + "/ns#"))).add("id", id).add("type", object.type())
                .add("url", url).add("context", base + componentPath).add("attributedTo", space)
                .add("audience", space).add("to", JSON.createArrayBuilder().add(CONTEXT + "#Public"))
                .add("cc", JSON.createArrayBuilder().add(space + "/followers"));
        String firstName = object.name().getOrDefault("fr", object.name().values().stream().findFirst().orElse(""));
        json.add("name", firstName);
        JsonObjectBuilder names = JSON.createObjectBuilder();
        object.name().forEach(names::add);
        json.add("nameMap", names);
        json.add("content", object.content());
        if (object.published() != null) {
            json.add("published", object.published().toInstant().toString());
        }
        if (object.updated() != null) {
            json.add("updated", object.updated().toInstant().toString());
        }
        object.extra().forEach((key, value) -> json.add(key, value(value)));
        JsonArrayBuilder replies = JSON.createArrayBuilder();
        long visible = 0;
        for (CommentView comment : comments) {
            if (comment.deleted() || comment.hidden()) {
                continue; // a deleted or hidden comment is a Tombstone elsewhere, never content here
            }
            visible++;
            String parent = comment.parentId() == null ? id : id + "#comment-" + comment.parentId();
            replies.add(JSON.createObjectBuilder().add("id", id + "#comment-" + comment.id()).add("type", "Note")
                    .add("attributedTo", space).add("inReplyTo", parent)
                    .add("content", "<p>" + escape(comment.body()).replace("\n", "<br>") + "</p>")
                    .add("published", comment.createdAt().toInstant().toString()));
        }
        json.add("replies", JSON.createObjectBuilder().add("type", "Collection").add("totalItems", visible).add("items", replies));
        json.add("likes", JSON.createObjectBuilder().add("type", "Collection").add("totalItems", supports));
        return json.build();
    }


    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static JsonValue value(Object value) {
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return JSON.createValue(new java.math.BigDecimal(number.toString()));
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder nested = JSON.createObjectBuilder();
            map.forEach((k, v) -> nested.add(String.valueOf(k), value(v)));
            return nested.build();
        }
        if (value instanceof java.util.List<?> list) {
            jakarta.json.JsonArrayBuilder items = JSON.createArrayBuilder();
            list.forEach(item -> items.add(value(item)));
            return items.build();
        }
        return JSON.createValue(String.valueOf(value));
    }
}
