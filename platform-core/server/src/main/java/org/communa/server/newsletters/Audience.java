package org.communa.server.newsletters;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communa.kernel.problem.Problem;

/**
 * Who a newsletter goes to: always participants with a confirmed address who consented to newsletters
 * and are neither deleted nor blocked; among them everyone, or those who follow one of the given spaces,
 * took part in a space of one of the given scopes (or their sub-scopes), or took part in one of the given
 * components. The lists are joined (a participant in two of them receives one e-mail).
 */
public record Audience(boolean everyone, List<UUID> followersOf, List<UUID> scopes, List<UUID> components) {

    /** The recipients' ids; bind(...) fills its parameters. */
    static final String RECIPIENTS = """
            select p.id from participants p
             where p.deleted_at is null and p.blocked_at is null and p.confirmed_at is not null
               and p.email is not null and p.newsletter_consent_at is not null
               and (cast(?1 as boolean)
                    or p.id in (select f.participant_id from follows f where f.component_id is null
                                   and f.resource_type = 'space' and f.resource_id = any(cast(?2 as text[])))
                    or p.id in (select a.participant_id from action_log a
                                  join components c on c.id = a.component_id join spaces s on s.id = c.space_id
                                 where s.scope_id in (with recursive within(id) as (
                                           select id from scopes where id = any(cast(?3 as uuid[]))
                                           union select child.id from scopes child join within on child.parent_id = within.id)
                                       select id from within))
                    or p.id in (select a.participant_id from action_log a where a.component_id = any(cast(?4 as uuid[]))))""";

    public Audience {
        followersOf = List.copyOf(followersOf);
        scopes = List.copyOf(scopes);
        components = List.copyOf(components);
    }

    /** {"everyone": true} or {"followersOf": [space ids], "scopes": [scope ids], "components": [component ids]}. */
    public static Audience fromJson(JsonObject json) {
        if (json == null) {
            throw Problem.badRequest("audience is required: {\"everyone\": true} or lists of \"followersOf\" (spaces), "
                    + "\"scopes\" and \"components\"");
        }
        JsonValue everyone = json.get("everyone");
        if (everyone != null && everyone != JsonValue.TRUE && everyone != JsonValue.FALSE) {
            throw Problem.badRequest("audience.everyone must be true or false");
        }
        Audience audience = new Audience(everyone == JsonValue.TRUE, ids(json, "followersOf"), ids(json, "scopes"),
                ids(json, "components"));
        if (!audience.everyone && audience.followersOf.isEmpty() && audience.scopes.isEmpty() && audience.components.isEmpty()) {
            throw Problem.unprocessable("the audience is empty: choose everyone who consented, or spaces, scopes or components")
                    .explainedAs("admin.newsletters.problem.audience");
        }
        return audience;
    }

    static Audience parse(String storedJson) {
        return fromJson(JSON.createReader(new StringReader(storedJson)).readObject());
    }

    public JsonObject toJson() {
        return JSON.createObjectBuilder().add("everyone", everyone).add("followersOf", array(followersOf))
                .add("scopes", array(scopes)).add("components", array(components)).build();
    }

    /** Ids that are not this organisation's (row-level security hides other organisations' rows) are refused. */
    void checkExists(EntityManager em) {
        List<String> unknown = new ArrayList<>();
        unknown.addAll(missing(em, "spaces", followersOf));
        unknown.addAll(missing(em, "scopes", scopes));
        unknown.addAll(missing(em, "components", components));
        if (!unknown.isEmpty()) {
            throw Problem.unprocessable("the audience names what this organisation does not have: " + String.join(", ", unknown));
        }
    }

    Query bind(Query query) {
        return query.setParameter(1, everyone).setParameter(2, textArray(followersOf)).setParameter(3, textArray(scopes))
                .setParameter(4, textArray(components));
    }

    private static List<String> missing(EntityManager em, String table, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("select id from " + table + " where id = any(cast(?1 as uuid[]))")
                .setParameter(1, textArray(ids)).getResultList();
        return ids.stream().filter(id -> !found.contains(id)).map(id -> table + " " + id).toList();
    }

    private static List<UUID> ids(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > 200) {
            throw Problem.badRequest("audience." + field + " must be a list of at most 200 ids");
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonValue item : array) {
            try {
                ids.add(UUID.fromString(((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException notAnId) {
                throw Problem.badRequest("audience." + field + " holds something that is not an id: " + item);
            }
        }
        return ids.stream().distinct().toList();
    }

    private static JsonArrayBuilder array(List<UUID> ids) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        ids.forEach(id -> array.add(id.toString()));
        return array;
    }

    private static String textArray(List<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }
}
